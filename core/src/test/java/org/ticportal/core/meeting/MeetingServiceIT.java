package org.ticportal.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStep;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.WorkflowRefusedException;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CjkFont;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * The decision body's meeting on real MariaDB, under the plugin template's policy (示例市: its 局务会审议 stage, PASS
 * and FAIL, FAIL needing a reason): the bureau plans a meeting, puts two applications on its agenda, prints it, and
 * records the decisions; a refused decision leaves nothing recorded; an application cannot be on two agendas; another
 * jurisdiction's bureau cannot touch the meeting.
 */
@IntegrationTest
class MeetingServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    PortalTime time;

    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingDecisionService recording;
    @Autowired
    MeetingAgendaService agendas;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    private String suffix;
    private String applicant;
    private String district;
    private String bureau;
    private String otherBureau;
    private String creditCode;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("会议测试材料有限公司" + suffix, creditCode, "990101", java.time.Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("mta" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("mtd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("mtb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            otherBureau = users.create(new UserDraft("mto" + suffix, "他市局", null, null, Role.BUREAU, null, null,
                    "990200")).user().getUsername();
            return null;
        });
    }

    @Test
    void theBureauPlansAMeetingPrintsItsAgendaAndRecordsEveryDecisionAtOnce() throws Exception {
        long first = toDecision("a");
        long second = toDecision("b");
        MeetingSummary planned = as(bureau, Role.BUREAU, () -> meetings.create(
                new MeetingDraft("990100", "2026年第5次局务会议" + suffix, time.today())));
        assertThat(planned.isPlanned()).isTrue();

        // the candidates are this city's applications waiting for the meeting
        List<Long> candidates = as(bureau, Role.BUREAU, () -> agendas.candidates(planned.id(),
                ApplicationFilter.ALL.withText(suffix), PageRequest.of(0, 50)).map(ApplicationRow::id).getContent());
        assertThat(candidates).containsExactlyInAnyOrder(first, second);

        List<AgendaEntry> agenda = as(bureau, Role.BUREAU, () -> agendas.add(planned.id(), planned.version(),
                List.of(first, second)));
        assertThat(agenda).extracting(AgendaEntry::number).containsExactly(1, 2);
        assertThat(agenda.get(0).options()).extracting(AgendaEntry.DecisionOption::code)
                .containsExactlyInAnyOrder("PASS", "FAIL");

        // the printed agenda reads back in Chinese with both centers
        byte[] pdf = as(bureau, Role.BUREAU, () -> agendas.agendaPdf(planned.id(), Map.of(), CjkFont.find(null)));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assumeThat(Path.of("/usr/bin/pdftotext")).as("poppler-utils installed").exists();
        Path file = Files.createTempFile("agenda", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(text).contains("议程").contains("牵头单位").contains(agenda.get(0).application().fullName())
                .contains(agenda.get(1).application().fullName());

        // minutes first; then a refusal (FAIL needs a reason) leaves both applications and the meeting as they were
        MeetingSummary withMinutes = as(bureau, Role.BUREAU, () -> meetings.attachMinutes(planned.id(),
                planned.version(), "纪要.pdf", new ByteArrayInputStream("%PDF-1.4 minutes".getBytes())));
        List<MeetingRecord.Decision> unexplained = List.of(
                new MeetingRecord.Decision(agenda.get(0).itemId(), agenda.get(0).application().version(), "PASS",
                        null),
                new MeetingRecord.Decision(agenda.get(1).itemId(), agenda.get(1).application().version(), "FAIL",
                        null));
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> recording.record(planned.id(), withMinutes.version(),
                new MeetingRecord(time.today(), "局纪〔2026〕5号", unexplained))))
                .isInstanceOfSatisfying(MeetingRefusedException.class, e -> {
                    assertThat(e.getRefusals()).hasSize(1);
                    assertThat(e.getRefusals().get(0).referenceNo()).isEqualTo(agenda.get(1).application().referenceNo());
                    assertThat(e.getRefusals().get(0).cause()).isInstanceOf(WorkflowRefusedException.class);
                });
        assertThat(stageKind(first)).isEqualTo(StageKind.DECISION);
        assertThat(stageKind(second)).isEqualTo(StageKind.DECISION);
        assertThat(as(bureau, Role.BUREAU, () -> meetings.get(planned.id())).isPlanned()).isTrue();

        List<MeetingRecord.Decision> explained = List.of(unexplained.get(0),
                new MeetingRecord.Decision(agenda.get(1).itemId(), agenda.get(1).application().version(), "FAIL",
                        "研发投入不足"));
        MeetingSummary recorded = as(bureau, Role.BUREAU, () -> recording.record(planned.id(), withMinutes.version(),
                new MeetingRecord(time.today(), "局纪〔2026〕5号", explained)));
        assertThat(recorded.isPlanned()).isFalse();
        assertThat(recorded.minutesNumber()).isEqualTo("局纪〔2026〕5号");
        assertThat(stageKind(first)).isEqualTo(StageKind.NOTICE);
        assertThat(stageKind(second)).isEqualTo(StageKind.REJECTED);
        List<ApplicationStep> history = as(bureau, Role.BUREAU, () -> applications.history(second,
                PageRequest.of(0, 20, Sort.by("occurredAt", "id"))).getContent());
        ApplicationStep last = history.get(history.size() - 1);
        assertThat(last.getTransitionCode()).isEqualTo("FAIL");
        assertThat(last.getActor()).isEqualTo(bureau);
        assertThat(last.getComment()).isEqualTo("研发投入不足");
        List<AgendaEntry> decided = as(bureau, Role.BUREAU, () -> agendas.agenda(planned.id()));
        assertThat(decided).allSatisfy(e -> assertThat(e.pending()).isFalse());
        assertThat(decided.get(1).decision().zh()).isEqualTo("会议未通过");

        // a recorded meeting is not changed again
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> recording.record(planned.id(), recorded.version(),
                new MeetingRecord(time.today(), "x", explained))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("meeting.recorded");
        assertThat(as(bureau, Role.BUREAU, () -> meetings.history(planned.id(), PageRequest.of(0, 20)))
                .map(e -> e.getAction()).getContent())
                .contains("MEETING_PLANNED", "MEETING_ITEM_ADDED", "MEETING_MINUTES", "MEETING_RECORDED");
    }

    @Test
    void anApplicationIsOnOneAgendaAtATimeAndOnlyTheCitysBureauTouchesTheMeeting() {
        long first = toDecision("c");
        long second = toDecision("d");
        MeetingSummary one = as(bureau, Role.BUREAU, () -> meetings.create(
                new MeetingDraft("990100", "第一次会议" + suffix, time.today())));
        MeetingSummary two = as(bureau, Role.BUREAU, () -> meetings.create(
                new MeetingDraft("990100", "第二次会议" + suffix, time.today())));
        as(bureau, Role.BUREAU, () -> agendas.add(one.id(), one.version(), List.of(first)));

        // all or nothing: the second application is not added either
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> agendas.add(two.id(), two.version(),
                List.of(second, first))))
                .isInstanceOfSatisfying(MeetingRefusedException.class, e -> assertThat(e.getRefusals())
                        .singleElement().satisfies(r -> assertThat(r.cause().getMessage())
                                .contains("meeting.agenda.onAnother")));
        assertThat(as(bureau, Role.BUREAU, () -> agendas.agenda(two.id()))).isEmpty();

        // a draft is no candidate and cannot be added (the bureau does not even see it)
        ApplicationDetail draft = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> agendas.add(two.id(), two.version(),
                List.of(draft.row().id()))))
                .isInstanceOf(BusinessException.class);
        assertThat(as(bureau, Role.BUREAU, () -> agendas.agenda(two.id()))).isEmpty();

        // recording needs the minutes, a date that has come, and a stale version is refused
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> recording.record(one.id(), one.version(),
                new MeetingRecord(time.today(), "1号", List.of()))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("meeting.minutes.missing");
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> recording.record(one.id(), one.version(),
                new MeetingRecord(time.today().plusDays(2), "1号", List.of()))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("meeting.heldOn.future");
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> meetings.update(one.id(), one.version() + 1,
                new MeetingDraft("990100", "改名", time.today()))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> meetings.attachMinutes(one.id(), one.version(),
                "x.pdf", new ByteArrayInputStream("not a pdf".getBytes()))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("file.notPdf");

        // another city's bureau neither lists nor opens the meeting; an applicant cannot at all
        assertThat(as(otherBureau, Role.BUREAU, () -> meetings.count(MeetingFilter.ALL.withText(suffix)))).isZero();
        assertThat(as(bureau, Role.BUREAU, () -> meetings.count(MeetingFilter.ALL.withText(suffix)))).isEqualTo(2);
        assertThatThrownBy(() -> as(otherBureau, Role.BUREAU, () -> agendas.agenda(one.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherBureau, Role.BUREAU, () -> meetings.create(
                new MeetingDraft("990100", "越权", time.today()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> meetings.get(one.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private StageKind stageKind(long id) {
        return as(bureau, Role.BUREAU, () -> applications.get(id)).row().stageKind();
    }

    /** Files an application of the template's city and takes it to the meeting's stage. */
    private long toDecision(String tag) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = filed.row().id();
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        // suffix and tag are hex digits: a name of this test's own
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix + tag));
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕" + tag + "号", "recommendation.date", time.today())));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        assertThat(accepted.row().stageKind()).isEqualTo(StageKind.DECISION);
        return id;
    }
}
