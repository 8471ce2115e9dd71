package org.ticportal.core.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.ticportal.core.application.CaseFacts;
import org.ticportal.core.application.WaitingWork;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;

/**
 * Writes notifications for the users who may take an application's next step, and the e-mails for those with an
 * address when an SMTP server is configured (a {@link JavaMailSender} exists, i.e. {@code spring.mail.host} is set).
 * Who may act is the workflow's to say: the users the case may concern (its unit's, its recommending body's, its
 * jurisdiction's bureau staff) are each asked about with their own scope. Runs as the portal, inside the caller's
 * transaction.
 */
@Component
class Notifier {

    private final WaitingWork waiting;
    private final UserService users;
    private final NotificationRepository notifications;
    private final NotificationMailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    Notifier(WaitingWork waiting, UserService users, NotificationRepository notifications,
             NotificationMailRepository mails, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.waiting = waiting;
        this.users = users;
        this.notifications = notifications;
        this.mails = mails;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    /**
     * A user who may take the case's next step, and the names of those steps.
     *
     * @param user  the user
     * @param steps what they may do
     */
    record NextActor(UserAccount user, List<LocalizedText> steps) {
    }

    /** The users who may take a step on the case now, except the one named (who just acted). */
    List<NextActor> nextActors(CaseFacts facts, @Nullable String except) {
        if (facts.closed()) {
            return List.of();
        }
        List<NextActor> out = new ArrayList<>();
        for (UserAccount user : users.concernedBy(facts.unitId(), facts.recommendingBodyCode(),
                facts.jurisdictionCode())) {
            if (user.getUsername().equals(except)) {
                continue;
            }
            List<LocalizedText> steps = waiting.stepsFor(facts.id(), user.scope());
            if (!steps.isEmpty()) {
                out.add(new NextActor(user, steps));
            }
        }
        return out;
    }

    /** Tells the next actors that the case entered its stage; returns how many were told. */
    int stepTaken(CaseFacts facts, @Nullable String actor) {
        List<NextActor> next = nextActors(facts, actor);
        for (NextActor n : next) {
            LocalizedText steps = join(n.steps());
            // a stage without a time limit (e.g. the Party group's decision) has no deadline sentence; an empty
            // LocalizedText cannot be made (its Chinese text must not be blank), a plain empty string renders as none
            Object deadline = facts.stageDue() == null ? ""
                    : NotificationTexts.both("notification.deadline", facts.stageDue());
            write(n.user(), NotificationKind.STEP, facts, null,
                    NotificationTexts.both("notification.step.subject", facts.referenceNo(), facts.title(),
                            facts.stageName()),
                    NotificationTexts.both("notification.step.body", facts.referenceNo(), facts.title(),
                            facts.stageName(), steps, deadline));
        }
        return next.size();
    }

    /**
     * Tells the lead unit's users that the case's procedure ended in its final stage (e.g. 已认定 with the center's
     * documents to download, or 不予认定); returns how many were told.
     */
    int outcome(CaseFacts facts, @Nullable String actor) {
        int told = 0;
        for (UserAccount user : users.concernedBy(facts.unitId(), facts.recommendingBodyCode(),
                facts.jurisdictionCode())) {
            if (user.getRole() != org.ticportal.core.user.Role.APPLICANT || user.getUnitId() == null
                    || user.getUnitId() != facts.unitId() || user.getUsername().equals(actor)) {
                continue;
            }
            write(user, NotificationKind.OUTCOME, facts, null,
                    NotificationTexts.both("notification.outcome.subject", facts.referenceNo(), facts.title(),
                            facts.stageName()),
                    NotificationTexts.both("notification.outcome.body", facts.referenceNo(), facts.title(),
                            facts.stageName()));
            told++;
        }
        return told;
    }

    /** Tells experts seated on the case's panel that their declaration waits; returns how many were told. */
    int seated(CaseFacts facts, List<String> usernames) {
        int told = 0;
        for (String username : usernames) {
            UserAccount user = users.enabledAccount(username).orElse(null);
            if (user == null) {
                continue;
            }
            write(user, NotificationKind.STEP, facts, null,
                    NotificationTexts.both("notification.panel.subject", facts.referenceNo(), facts.title()),
                    NotificationTexts.both("notification.panel.body", facts.referenceNo(), facts.title(),
                            facts.stageName()));
            told++;
        }
        return told;
    }

    /**
     * Reminds a next actor that the stage's time limit ends soon, unless they were reminded of this stage entry
     * already (the dedupe key). Returns whether a reminder was written.
     */
    boolean remind(CaseFacts facts, NextActor next, int workingDaysLeft) {
        String key = dedupeKey(facts, next.user());
        if (facts.stageDue() == null || notifications.existsByDedupeKey(key)) {
            return false;
        }
        write(next.user(), NotificationKind.REMINDER, facts, key,
                NotificationTexts.both("notification.reminder.subject", facts.referenceNo(), facts.title(),
                        facts.stageName(), facts.stageDue()),
                NotificationTexts.both("notification.reminder.body", facts.referenceNo(), facts.title(),
                        facts.stageName(), facts.stageDue(), workingDaysLeft, join(next.steps())));
        return true;
    }

    /**
     * Reminds a next actor of the case's waiting step at a bureau user's request (催办), with the sender's optional
     * message; unlike the time limit's reminder, it may be sent again.
     */
    void chase(CaseFacts facts, NextActor next, String sender, @Nullable String message) {
        Object note = message == null ? "" : NotificationTexts.both("notification.chase.message", message);
        write(next.user(), NotificationKind.REMINDER, facts, null,
                NotificationTexts.both("notification.chase.subject", facts.referenceNo(), facts.title(),
                        facts.stageName()),
                NotificationTexts.both("notification.chase.body", facts.referenceNo(), facts.title(),
                        facts.stageName(), join(next.steps()), sender, note));
    }

    /** One reminder per application, stage entry and recipient. */
    static String dedupeKey(CaseFacts facts, UserAccount user) {
        return "REMIND:" + facts.id() + ":" + facts.stage() + ":" + facts.stageEnteredAt().toEpochMilli() + ":"
                + user.getUsername();
    }

    private void write(UserAccount user, NotificationKind kind, @Nullable CaseFacts facts, @Nullable String dedupeKey,
                       LocalizedText subject, LocalizedText body) {
        write(user, kind, facts == null ? null : facts.id(), dedupeKey, subject, body);
    }

    /**
     * Tells a user something that concerns no application (a center's evaluation or change request), in the portal and
     * by mail.
     */
    void tell(UserAccount user, NotificationKind kind, LocalizedText subject, LocalizedText body) {
        write(user, kind, (Long) null, null, subject, body);
    }

    /**
     * Tells a user something about a target that is not an application (a center's evaluation or change request): the
     * notification links to the target's page, and the e-mail names that page.
     */
    void tell(UserAccount user, NotificationKind kind, NotificationTarget target, long targetId,
              LocalizedText subject, LocalizedText body) {
        Notification n = notifications.saveAndFlush(new Notification(user.getUsername(), kind, target, targetId,
                subject, body, clock.instant()));
        mail(user, n, subject, body, target.route(targetId));
    }

    private void write(UserAccount user, NotificationKind kind, @Nullable Long applicationId,
                       @Nullable String dedupeKey, LocalizedText subject, LocalizedText body) {
        Instant now = clock.instant();
        Notification n = notifications.saveAndFlush(new Notification(user.getUsername(), kind, applicationId,
                subject, body, dedupeKey, now));
        mail(user, n, subject, body, null);
    }

    /** The e-mail of a notification, for a user with an address when mail is configured; with its page's path. */
    private void mail(UserAccount user, Notification n, LocalizedText subject, LocalizedText body,
                      @Nullable String route) {
        String address = user.getEmail();
        if (address != null && !address.isBlank() && mailSender.getIfAvailable() != null) {
            Locale language = languageOf(user);
            boolean english = NotificationTexts.english(language);
            String link = route == null ? "" : "\n\n" + NotificationTexts.render("notification.mail.link", language,
                    route);
            mails.save(new NotificationMail(n.getId(), address.strip(), english ? "en" : "zh",
                    NotificationTexts.render("notification.mail.subjectPrefix", language)
                            + subject.get(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE),
                    body.get(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE) + link + "\n\n"
                            + NotificationTexts.render("notification.mail.footer", language), n.getCreatedAt()));
        }
    }

    /**
     * The language a user reads mail in. Accounts hold no language preference yet (the language switch is per
     * session), so every user reads Chinese, the portal's default.
     */
    static Locale languageOf(UserAccount user) {
        return Locale.SIMPLIFIED_CHINESE;
    }

    private static LocalizedText join(List<LocalizedText> steps) {
        String zhSep = NotificationTexts.render("notification.steps.separator", Locale.SIMPLIFIED_CHINESE);
        String enSep = NotificationTexts.render("notification.steps.separator", Locale.ENGLISH);
        return new LocalizedText(String.join(zhSep, steps.stream().map(LocalizedText::zh).toList()),
                String.join(enSep, steps.stream().map(LocalizedText::en).toList()));
    }
}
