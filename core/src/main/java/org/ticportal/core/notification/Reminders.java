package org.ticportal.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.application.CaseFacts;
import org.ticportal.core.application.WaitingWork;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.ClusterLocks;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.policy.api.setting.SettingKeys;

/**
 * Reminds the users who may take an application's step that its stage's time limit ends soon: N working days before
 * its last day or fewer, N from the pinned policy's setting {@link SettingKeys#REMINDER_WORKING_DAYS} (no reminders
 * where the policy does not declare it, or sets 0), or, for a stage limited in months that says so
 * ({@code Stage.remindDaysBefore}), that many calendar days before its last day. Each user is reminded once per entry into the stage (a unique key
 * in the database), however often the job runs; the job runs once across portal instances (lock
 * {@code stage-reminders}), every morning ({@code ticportal.reminders.cron}), each application in its own transaction.
 */
@Component
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    /** How far ahead (calendar days) the job looks for time limits: more than any N working days a policy sets. */
    static final int LOOK_AHEAD_DAYS = 62;

    /** How far ahead (calendar days) the job looks for the ends of stages limited in months: a year at most. */
    static final int TIMED_LOOK_AHEAD_DAYS = 366;

    private final WaitingWork waiting;
    private final Notifier notifier;
    private final PolicySettingsService settings;
    private final WorkingDayCalendar calendar;
    private final ClusterLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(WaitingWork waiting, Notifier notifier, PolicySettingsService settings, WorkingDayCalendar calendar,
              ClusterLocks locks, TransactionTemplate transactions, Clock clock) {
        this.waiting = waiting;
        this.notifier = notifier;
        this.settings = settings;
        this.calendar = calendar;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Writes the reminders due today; returns how many were written (0 when another instance runs the job right now,
     * or everyone due was reminded already).
     */
    @Scheduled(cron = "${ticportal.reminders.cron:0 0 8 * * *}", zone = "${ticportal.zone:Asia/Shanghai}")
    public int remindDue() {
        return locks.once("stage-reminders", Duration.ofMinutes(30), Duration.ZERO, this::remindAll).orElse(0);
    }

    private int remindAll() {
        return SystemAuthentication.call(() -> {
            LocalDate today = LocalDate.now(clock);
            int written = 0;
            java.util.Set<Long> ids = new java.util.TreeSet<>(waiting.dueBetween(today,
                    today.plusDays(LOOK_AHEAD_DAYS)));
            ids.addAll(waiting.expiringBetween(today, today.plusDays(TIMED_LOOK_AHEAD_DAYS)));
            for (Long id : ids) {
                try {
                    Integer n = transactions.execute(tx -> waiting.facts(id).map(f -> remind(f, today)).orElse(0));
                    written += n == null ? 0 : n;
                } catch (RuntimeException e) {
                    LOG.warn("Could not remind the next actors of application {}: {}", id, e.toString());
                }
            }
            if (written > 0) {
                LOG.info("Wrote {} reminders of time limits", written);
            }
            return written;
        });
    }

    private int remind(CaseFacts facts, LocalDate today) {
        LocalDate due = facts.stageDue();
        if (due == null) {
            return 0;
        }
        int before = reminderDays(facts);
        int left = calendar.workingDaysAfter(today, due);
        // a stage limited in months may set its own reminder in calendar days (e.g. 90 before a construction
        // period ends); otherwise, and as well, the policy's N working days
        int window = waiting.remindDaysBefore(facts.id());
        boolean byWorkingDays = before > 0 && left <= before;
        boolean byCalendarDays = window > 0 && java.time.temporal.ChronoUnit.DAYS.between(today, due) <= window;
        if (!byWorkingDays && !byCalendarDays) {
            return 0;
        }
        int written = 0;
        for (Notifier.NextActor next : notifier.nextActors(facts, null)) {
            if (notifier.remind(facts, next, left)) {
                written++;
            }
        }
        return written;
    }

    /** The policy's N; 0 when it declares no such setting or its value cannot be read. */
    private int reminderDays(CaseFacts facts) {
        try {
            return settings.settingsFor(facts.pin()).intValue(SettingKeys.REMINDER_WORKING_DAYS);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
