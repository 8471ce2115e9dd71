package org.ticportal.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.WaitingCase;
import org.ticportal.core.application.WaitingWork;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;

/**
 * Notifications, e-mail, reminders and the inbox on real MariaDB with a real SMTP server (GreenMail) the test starts,
 * under the plugin template's procedure (district review in 10 working days, then the bureau's review): the district
 * that must recommend is told in the portal and by a Chinese e-mail naming the application, nobody else is; its inbox
 * lists exactly what it may act on, overdue marked once the time limit passed; a reminder before the time limit is
 * written (and mailed) once although the job runs twice.
 */
@IntegrationTest
class NotificationServiceIT {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // the test sends and reminds itself: the schedules wait longer than it runs
        registry.add("ticportal.mail.outbox-delay", () -> "P1D");
        registry.add("ticportal.reminders.cron", () -> "-");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    WaitingWork waiting;
    @Autowired
    NotificationService notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Reminders reminders;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    DirectNotifications direct;

    private String suffix;
    private String applicant;
    private String district;
    private String otherDistrict;
    private String bureau;
    private String creditCode;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("通知新材料有限公司" + suffix, creditCode, "990101", Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("nta" + suffix, "申报人", "nta" + suffix + "@unit.example", null,
                    Role.APPLICANT, null, unit.getId())).user().getUsername();
            district = users.create(new UserDraft("ntd" + suffix, "东区审核", "ntd" + suffix + "@east.example", null,
                    Role.COUNTY, "990101", null)).user().getUsername();
            otherDistrict = users.create(new UserDraft("nto" + suffix, "西区审核", "nto" + suffix + "@west.example",
                    null, Role.COUNTY, "990102", null)).user().getUsername();
            bureau = users.create(new UserDraft("ntb" + suffix, "市局", "ntb" + suffix + "@city.example", null,
                    Role.BUREAU, null, null, "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void theDistrictIsToldInThePortalAndByMailAndNobodyElse() throws Exception {
        ApplicationDetail submitted = submitted();
        long id = submitted.row().id();
        String ref = submitted.row().referenceNo();
        String title = submitted.row().fullName();
        assertThat(title).isNotBlank();

        assertThat(outbox.sendDue()).isPositive();

        List<Notification> told = as(district, Role.COUNTY, () -> notifications.mine(false, PageRequest.of(0, 20)))
                .getContent();
        assertThat(told).hasSize(1).first().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.STEP);
            assertThat(n.getApplicationId()).isEqualTo(id);
            assertThat(n.getSubject().zh()).contains(ref, "区级推荐");
            assertThat(n.getBody().zh()).contains(ref, title, "推荐上报", "办理期限");
            assertThat(n.isRead()).isFalse();
        });
        assertThat(as(district, Role.COUNTY, () -> notifications.unreadCount())).isOne();
        for (String outsider : List.of(otherDistrict, bureau, applicant)) {
            Role role = outsider.equals(bureau) ? Role.BUREAU : outsider.equals(applicant) ? Role.APPLICANT
                    : Role.COUNTY;
            assertThat(as(outsider, role, () -> notifications.mine(false, PageRequest.of(0, 20))).getContent())
                    .as(outsider).isEmpty();
        }

        List<MimeMessage> mails = mailsTo(district + "@east.example");
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).startsWith("【技术创新中心认定】").contains(ref, "区级推荐");
        assertThat(mail.getContent().toString()).contains(ref, title, "推荐上报", "我的待办");
        for (String outsider : List.of(otherDistrict + "@west.example", bureau + "@city.example",
                applicant + "@unit.example")) {
            assertThat(mailsTo(outsider)).as(outsider).isEmpty();
        }
        assertThat(outbox.sendDue()).as("each mail is sent once").isZero();

        // read: the bell counts nothing more
        as(district, Role.COUNTY, () -> notifications.markRead(told.get(0).getId()));
        assertThat(as(district, Role.COUNTY, () -> notifications.unreadCount())).isZero();

        // recommended: now the bureau is told, the district is not again
        as(district, Role.COUNTY, () -> applications.perform(id, applications.get(id).row().version(), "RECOMMEND",
                "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕9号", "recommendation.date",
                        LocalDate.now(clock))));
        assertThat(as(bureau, Role.BUREAU, () -> notifications.mine(true, PageRequest.of(0, 20))).getContent())
                .extracting(Notification::getApplicationId).containsExactly(id);
        assertThat(as(district, Role.COUNTY, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void theInboxListsExactlyWhatTheUserMayActOnWithOverdueMarked() {
        long id = submitted().row().id();
        assertThat(as(district, Role.COUNTY, () -> waiting.forMe(WaitingWork.MAX_LIST)).cases())
                .filteredOn(c -> c.id() == id).singleElement().satisfies(c -> {
                    assertThat(c.stage()).isEqualTo("COUNTY_REVIEW");
                    assertThat(c.steps()).extracting(s -> s.zh()).contains("推荐上报", "退回修改");
                    assertThat(c.due()).isNotNull();
                    assertThat(c.daysLeft()).isBetween(9, 10);
                    assertThat(c.overdue()).isFalse();
                });
        assertThat(as(otherDistrict, Role.COUNTY, () -> waiting.forMe(WaitingWork.MAX_LIST)).cases())
                .extracting(WaitingCase::id).doesNotContain(id);
        assertThat(as(bureau, Role.BUREAU, () -> waiting.forMe(WaitingWork.MAX_LIST)).cases())
                .as("not the bureau's step yet").extracting(WaitingCase::id).doesNotContain(id);
        assertThat(as(applicant, Role.APPLICANT, () -> waiting.forMe(WaitingWork.MAX_LIST)).cases())
                .as("a withdrawal is nobody's to-do").extracting(WaitingCase::id).doesNotContain(id);
        // a bounded list, longest waiting first, that says whether more wait
        List<WaitingCase> all = as(district, Role.COUNTY, () -> waiting.forMe(WaitingWork.MAX_LIST)).cases();
        assertThat(all).extracting(WaitingCase::since).isSorted();
        WaitingWork.WaitingList one = as(district, Role.COUNTY, () -> waiting.forMe(1));
        assertThat(one.cases()).extracting(WaitingCase::id).containsExactly(all.get(0).id());
        assertThat(one.more()).isEqualTo(all.size() > 1);

        LocalDate today = LocalDate.now(clock);
        jdbc.update("update recognition_application set stage_due = ? where id = ?", today.minusDays(1), id);
        assertThat(as(district, Role.COUNTY, () -> waiting.forMe(WaitingWork.MAX_LIST)).cases())
                .filteredOn(c -> c.id() == id).singleElement().satisfies(c -> {
                    assertThat(c.overdue()).isTrue();
                    assertThat(c.daysLeft()).isZero();
                });
    }

    @Test
    void aReminderBeforeTheTimeLimitIsSentOnceAlthoughTheJobRunsTwice() throws Exception {
        long id = submitted().row().id();
        outbox.sendDue();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = SystemAuthentication.call(() -> calendar.periodFor(today, 2, false).last());
        jdbc.update("update recognition_application set stage_due = ? where id = ?", due, id);

        assertThat(reminders.remindDue()).isPositive();
        assertThat(reminders.remindDue()).as("the second run finds everyone reminded").isZero();

        List<Notification> reminded = as(district, Role.COUNTY, () -> notifications.mine(false,
                PageRequest.of(0, 20))).getContent().stream().filter(n -> n.getKind() == NotificationKind.REMINDER)
                .toList();
        assertThat(reminded).hasSize(1).first().satisfies(n -> {
            assertThat(n.getApplicationId()).isEqualTo(id);
            assertThat(n.getSubject().zh()).startsWith("提醒").contains("区级推荐");
            assertThat(n.getBody().zh()).contains("还剩 2 个工作日");
        });
        assertThat(as(otherDistrict, Role.COUNTY, () -> notifications.mine(false, PageRequest.of(0, 20)))
                .getContent()).isEmpty();

        assertThat(outbox.sendDue()).as("the reminder's mail (and any other test's still waiting)").isPositive();
        assertThat(outbox.sendDue()).isZero();
        assertThat(mailsTo(district + "@east.example")).extracting(MimeMessage::getSubject)
                .filteredOn(s -> s.contains("提醒")).hasSize(1);
    }

    @Test
    void whenTheProcedureEndsTheLeadUnitIsToldItsOutcomeAndTheNextActorsNothing() throws Exception {
        long id = submitted().row().id();
        as(district, Role.COUNTY, () -> applications.perform(id, applications.get(id).row().version(), "RECOMMEND",
                "同意推荐", Map.of("recommendation.letterNumber", "东科推〔2026〕10号", "recommendation.date",
                        LocalDate.now(clock))));
        outbox.sendDue();
        long bureauBefore = as(bureau, Role.BUREAU, () -> notifications.mine(false, PageRequest.of(0, 50)))
                .getTotalElements();

        as(bureau, Role.BUREAU, () -> applications.perform(id, applications.get(id).row().version(), "REJECT",
                "研发投入不足", Map.of()));

        List<Notification> outcome = as(applicant, Role.APPLICANT, () -> notifications.mine(false,
                PageRequest.of(0, 20))).getContent();
        assertThat(outcome).hasSize(1).first().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.OUTCOME);
            assertThat(n.getApplicationId()).isEqualTo(id);
            assertThat(n.getSubject().zh()).startsWith("办结").contains("未通过");
        });
        assertThat(as(bureau, Role.BUREAU, () -> notifications.mine(false, PageRequest.of(0, 50)))
                .getTotalElements()).as("nobody acts on a closed case").isEqualTo(bureauBefore);
        assertThat(outbox.sendDue()).isPositive();
        assertThat(mailsTo(applicant + "@unit.example")).extracting(MimeMessage::getSubject)
                .anyMatch(subject -> subject.contains("办结") && subject.contains("未通过"));
    }

    /** A complete application of the test's unit, submitted to its district (990101). */
    private ApplicationDetail submitted() {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = filed.row().id();
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix));
        as(applicant, Role.APPLICANT, () -> applications.saveDraft(id, filed.row().version(), values,
                Map.of("3.5", "研发投入集中在今年")));
        return as(applicant, Role.APPLICANT, () -> applications.perform(id, applications.get(id).row().version(),
                "SUBMIT", null, Map.of()));
    }

    /**
     * A notification about a center's change request or evaluation links to it: its target kind, id and page, and the
     * e-mail names the page; one about an application has no such target.
     */
    @Test
    void aNotificationAboutAChangeRequestLinksToItsPageAndTheMailNamesIt() throws Exception {
        org.ticportal.core.common.SystemAuthentication.run(() -> direct.tell(
                users.enabledAccount(district).orElseThrow(), NotificationKind.CHANGE,
                NotificationTarget.CHANGE_REQUEST, 4711, new LocalizedText("变更申请待审核", "A change request waits"),
                new LocalizedText("某中心的更名申请等待您审核。", "A rename waits for you.")));
        Notification n = as(district, Role.COUNTY, () -> notifications.mine(false, PageRequest.of(0, 20)))
                .getContent().get(0);
        assertThat(n.getTargetKind()).isEqualTo(NotificationTarget.CHANGE_REQUEST);
        assertThat(n.getTargetId()).isEqualTo(4711L);
        assertThat(n.getTargetRoute()).isEqualTo("changes/4711");
        assertThat(n.getApplicationId()).isNull();
        assertThat(NotificationTarget.EVALUATION.route(12)).isEqualTo("evaluations/12");
        assertThatThrownBy(() -> NotificationTarget.EVALUATION.route(0)).isInstanceOf(IllegalArgumentException.class);

        outbox.sendDue();
        assertThat(mailsTo(district + "@east.example")).singleElement().satisfies(mail ->
                assertThat(mail.getContent().toString()).contains("某中心的更名申请等待您审核。",
                        "在平台中打开：changes/4711"));

        // an application's notification has no target of this kind
        submitted();
        assertThat(as(district, Role.COUNTY, () -> notifications.mine(false, PageRequest.of(0, 20))).getContent())
                .filteredOn(x -> x.getApplicationId() != null).singleElement()
                .satisfies(x -> assertThat(x.getTargetRoute()).isNull());
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
