package org.ticportal.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.meeting.MeetingAgendaService;
import org.ticportal.core.meeting.MeetingDraft;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.core.notice.NoticeDraft;
import org.ticportal.core.notice.NoticeLine;
import org.ticportal.core.notice.NoticeReader;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notification.Notification;
import org.ticportal.core.notification.NotificationKind;
import org.ticportal.core.notification.NotificationService;
import org.ticportal.core.notification.ReminderService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * Bulk actions on applications ticked in 申报管理, on real MariaDB under the plugin template's policy (示例市): adding
 * to a Party-group agenda ({@link MeetingAgendaService#addAll}), to a draft notice ({@link NoticeService#addAll}) and
 * sending reminders ({@link ReminderService#remindAll}). Each is all or nothing: one refused row leaves everything
 * as it was and the report names it with its reason; without it every row is done and audited.
 */
@IntegrationTest
class BulkActionsIT {

    private static final String CITY = "990100";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    PortalTime time;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    ChecklistService checklist;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingAgendaService agendas;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeReader reader;
    @Autowired
    ReminderService reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    private String suffix;
    private String creditCode;
    private String applicant;
    private String district;
    private String bureau;
    private String colleague;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("批量测试材料有限公司" + suffix, creditCode, "990101", java.time.Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("bka" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("bkd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("bkb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            colleague = users.create(new UserDraft("bkc" + suffix, "市局同事", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            return null;
        });
    }

    @Test
    void aMeetingTakesAllTheTickedApplicationsOrNoneWhenOneDoesNotWaitForTheDecision() {
        ApplicationRow waiting = row(toStage("a", StageKind.DECISION));
        ApplicationRow recommended = row(toStage("b", StageKind.REVIEW));
        MeetingSummary meeting = as(bureau, Role.BUREAU, () -> meetings.create(
                new MeetingDraft(CITY, "批量会议" + suffix, time.today())));

        BulkResult refused = as(bureau, Role.BUREAU, () -> agendas.addAll(meeting.id(),
                versions(waiting, recommended)));
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.done()).isEmpty();
        assertThat(refused.refused()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(recommended.id());
            assertThat(r.referenceNo()).isEqualTo(recommended.referenceNo());
            assertThat(r.messageKey()).isEqualTo("meeting.agenda.notWaiting");
        });
        assertThat(as(bureau, Role.BUREAU, () -> agendas.agenda(meeting.id()))).isEmpty();

        // a row changed since it was ticked is refused too
        Map<Long, Long> stale = new LinkedHashMap<>();
        stale.put(waiting.id(), waiting.version() - 1);
        assertThat(as(bureau, Role.BUREAU, () -> agendas.addAll(meeting.id(), stale)).refused())
                .extracting(BulkResult.Refusal::messageKey).containsExactly("bulk.changed");

        BulkResult done = as(bureau, Role.BUREAU, () -> agendas.addAll(meeting.id(), versions(waiting)));
        assertThat(done.done()).containsExactly(waiting.id());
        assertThat(as(bureau, Role.BUREAU, () -> agendas.agenda(meeting.id())))
                .extracting(e -> e.application().id()).containsExactly(waiting.id());
        // once on an agenda, it is refused on another
        MeetingSummary other = as(bureau, Role.BUREAU, () -> meetings.create(
                new MeetingDraft(CITY, "另一次会议" + suffix, time.today())));
        assertThat(as(bureau, Role.BUREAU, () -> agendas.addAll(other.id(), versions(row(waiting.id())))).refused())
                .extracting(BulkResult.Refusal::messageKey).containsExactly("meeting.agenda.onAnother");
        assertThat(as(bureau, Role.BUREAU, () -> meetings.history(meeting.id(), PageRequest.of(0, 20)))
                .map(e -> e.getAction()).getContent()).containsOnlyOnce("MEETING_ITEM_ADDED");
    }

    @Test
    void aDraftNoticeTakesAllTheTickedApplicationsOrNoneWhenOneIsNotAtTheNotice() {
        ApplicationRow first = row(toStage("c", StageKind.NOTICE));
        ApplicationRow second = row(toStage("d", StageKind.NOTICE));
        ApplicationRow deciding = row(toStage("e", StageKind.DECISION));
        NoticeSummary draft = as(bureau, Role.BUREAU, () -> notices.create(new NoticeDraft(CITY,
                "批量公示" + suffix, "0350-1234567", "市科学技术局", List.of(first.id()))));

        BulkResult refused = as(bureau, Role.BUREAU, () -> notices.addAll(draft.id(),
                versions(second, deciding, first)));
        assertThat(refused.refused()).extracting(BulkResult.Refusal::referenceNo, BulkResult.Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(deciding.referenceNo(), "notice.bulk.notWaiting"),
                        org.assertj.core.groups.Tuple.tuple(first.referenceNo(), "notice.bulk.listed"));
        assertThat(as(bureau, Role.BUREAU, () -> reader.lines(draft.id()))).hasSize(1);

        BulkResult done = as(bureau, Role.BUREAU, () -> notices.addAll(draft.id(), versions(second)));
        assertThat(done.done()).containsExactly(second.id());
        assertThat(as(bureau, Role.BUREAU, () -> reader.lines(draft.id()))).extracting(NoticeLine::referenceNo)
                .containsExactly(first.referenceNo(), second.referenceNo());
        assertThat(as(bureau, Role.BUREAU, () -> reader.history(draft.id(), PageRequest.of(0, 20)))
                .map(e -> e.getAction()).getContent()).contains("NOTICE_ENTRY_ADDED");
    }

    @Test
    void remindersGoToEveryTickedApplicationsNextActorsOrToNobodyWhenOneRowIsStale() {
        ApplicationRow one = row(toStage("f", StageKind.DECISION));
        ApplicationRow two = row(toStage("9", StageKind.DECISION));
        Map<Long, Long> withStale = versions(one);
        withStale.put(two.id(), two.version() + 5);

        BulkResult refused = as(bureau, Role.BUREAU, () -> reminders.remindAll(withStale, "请本周内研究"));
        assertThat(refused.refused()).singleElement().satisfies(r -> {
            assertThat(r.referenceNo()).isEqualTo(two.referenceNo());
            assertThat(r.messageKey()).isEqualTo("bulk.changed");
        });
        assertThat(chases(colleague)).isEmpty();

        BulkResult done = as(bureau, Role.BUREAU, () -> reminders.remindAll(versions(one, two), "请本周内研究"));
        assertThat(done.done()).containsExactly(one.id(), two.id());
        List<Notification> told = chases(colleague);
        assertThat(told).extracting(Notification::getApplicationId).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(told.get(0).getBody().zh()).contains("市局").contains("请本周内研究");
        // the sender is not reminded of their own step
        assertThat(chases(bureau)).isEmpty();
    }

    /**
     * 选择全部符合条件的记录: the server reads the rows from the grid's filter within the user's scope — another
     * jurisdiction's bureau gets none of them, a county may not ask, more rows than the cap are refused with the count
     * — and the bulk action on them stays all or nothing.
     */
    @Test
    void allMatchingRowsAreTheServersReadingOfTheFilterWithinTheScope() {
        ApplicationRow deciding = row(toStage("a1", StageKind.DECISION));
        ApplicationRow reviewed = row(toStage("b1", StageKind.REVIEW));
        ApplicationFilter ofThisUnit = ApplicationFilter.ALL.withText("批量测试材料有限公司" + suffix);

        List<ApplicationRow> all = as(bureau, Role.BUREAU,
                () -> applicationGrid.allMatching(ofThisUnit, ApplicationGrid.MAX_MATCHING));
        assertThat(all).extracting(ApplicationRow::id).containsExactly(deciding.id(), reviewed.id());
        assertThat(as(bureau, Role.BUREAU, () -> applicationGrid.count(ofThisUnit))).isEqualTo(all.size());
        String elsewhere = as("root", Role.ADMIN, () -> users.create(new UserDraft("bkx" + suffix, "外市局", null,
                null, Role.BUREAU, null, null, "990200")).user().getUsername());
        assertThat(as(elsewhere, Role.BUREAU, () -> applicationGrid.allMatching(ofThisUnit,
                ApplicationGrid.MAX_MATCHING))).isEmpty();
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> applicationGrid.allMatching(ofThisUnit, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> applicationGrid.allMatching(ofThisUnit, 1)))
                .isInstanceOf(BusinessException.class).satisfies(e -> {
                    assertThat(((BusinessException) e).getMessageKey()).isEqualTo("bulk.tooMany");
                    assertThat(((BusinessException) e).getArguments()).containsExactly(2L, 1);
                });

        // the action on all of them: one not waiting for the Party group refuses the whole agenda
        MeetingSummary meeting = as(bureau, Role.BUREAU, () -> meetings.create(
                new MeetingDraft(CITY, "全选会议" + suffix, time.today())));
        BulkResult refused = as(bureau, Role.BUREAU, () -> agendas.addAll(meeting.id(),
                versions(all.toArray(ApplicationRow[]::new))));
        assertThat(refused.refused()).extracting(BulkResult.Refusal::id).containsExactly(reviewed.id());
        assertThat(as(bureau, Role.BUREAU, () -> agendas.agenda(meeting.id()))).isEmpty();
        // filtered to the decision stage, the same choice goes through
        List<ApplicationRow> waiting = as(bureau, Role.BUREAU, () -> applicationGrid.allMatching(
                ofThisUnit.withStageKind(StageKind.DECISION), ApplicationGrid.MAX_MATCHING));
        assertThat(as(bureau, Role.BUREAU, () -> agendas.addAll(meeting.id(),
                versions(waiting.toArray(ApplicationRow[]::new)))).done()).containsExactly(deciding.id());
    }

    private List<Notification> chases(String user) {
        return as(user, Role.BUREAU, () -> notifications.mine(false, PageRequest.of(0, 50))).getContent().stream()
                .filter(n -> n.getKind() == NotificationKind.REMINDER).filter(n -> n.getSubject().zh().startsWith("催办"))
                .toList();
    }

    private static Map<Long, Long> versions(ApplicationRow... rows) {
        Map<Long, Long> map = new LinkedHashMap<>();
        for (ApplicationRow r : rows) {
            map.put(r.id(), r.version());
        }
        return map;
    }

    private ApplicationRow row(long id) {
        return as(bureau, Role.BUREAU, () -> applications.get(id)).row();
    }

    /** Files an application of the template's city and takes it to the stage of the kind (REVIEW: recommended). */
    private long toStage(String tag, StageKind kind) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create(CITY));
        long id = filed.row().id();
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix + tag));
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕" + tag + "号", "recommendation.date", time.today())));
        if (kind == StageKind.REVIEW) {
            return id;
        }
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        assertThat(accepted.row().stageKind()).isEqualTo(StageKind.DECISION);
        if (kind == StageKind.DECISION) {
            return id;
        }
        ApplicationDetail noticed = as(bureau, Role.BUREAU,
                () -> applications.perform(id, accepted.row().version(), "PASS", "局务会议通过", Map.of()));
        assertThat(noticed.row().stageKind()).isEqualTo(StageKind.NOTICE);
        return id;
    }
}
