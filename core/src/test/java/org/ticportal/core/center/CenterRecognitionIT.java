package org.ticportal.core.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;

/**
 * Recognition creates the center in the step's transaction, on real MariaDB: applications of the example policy run
 * from filing to the end of their published public notice; the portal's closing of the notice recognises them, names
 * the center, numbers it from the year's sequence and writes its decision and certificate (read back with pdftotext); a
 * name a center already holds refuses the step, which is rolled back; another unit cannot download the documents.
 */
@IntegrationTest
@Import(CenterRecognitionIT.Clocks.class)
class CenterRecognitionIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
        registry.add("ticportal.recognition.number-pattern", () -> "示科字〔{year}〕{seq}号");
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            // the portal's zone: the day of a notice's end is China's
            return new MovableClock(Instant.parse("2026-09-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeCloser notices;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    CenterService centers;
    @Autowired
    CenterRepository repository;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    MovableClock clock;
    @Autowired
    AuditService audit;
    @Autowired
    org.ticportal.core.application.CenterNames centerNames;

    private String suffix;
    private String applicant;
    private String otherApplicant;
    private String district;
    private String bureau;
    private String creditCode;
    private long unitId;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("认定测试公司" + suffix, creditCode, "990101", clock.instant()));
        unitId = unit.getId();
        Unit other = units.save(new Unit("别家公司" + suffix, TemplateSamples.creditCode(suffix + "X"), "990101",
                clock.instant()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("cap" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            otherApplicant = users.create(new UserDraft("cot" + suffix, "别家", null, null, Role.APPLICANT, null,
                    other.getId())).user().getUsername();
            district = users.create(new UserDraft("cdi" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("cbu" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void recognitionCreatesTheCenterWithItsNumberAndDocuments() throws Exception {
        String core = coreName("a");
        long id = toNotice(core);
        LocalDate end = endOfNotice(id);
        clock.set(end.plusDays(1));
        notices.closeEndedNotices();

        assertThat(as(bureau, Role.BUREAU, () -> applications.get(id)).row().stage()).isEqualTo("RECOGNIZED");
        CenterRow center = as(applicant, Role.APPLICANT, () -> centers.forApplication(id)).orElseThrow();
        assertThat(center.name()).isEqualTo("示例市" + core + "技术创新中心");
        assertThat(center.leadUnitName()).isEqualTo("认定测试公司" + suffix);
        assertThat(center.unitId()).isEqualTo(unitId);
        assertThat(center.typeName()).extracting(LocalizedText::zh).isNotNull();
        assertThat(center.clusterName()).isNotNull();
        assertThat(center.status()).isEqualTo(CenterStatus.ACTIVE);
        assertThat(center.recognizedOn()).isEqualTo(end.plusDays(1));
        assertThat(center.decisionNumber()).matches("示科字〔2026〕\\d+号");
        assertThat(center.hasDecision()).isTrue();
        assertThat(center.hasCertificate()).isTrue();
        assertThat(center.recommendingBodyCode()).isEqualTo("990101");
        // its own center's name does not count against the recognised application
        assertThat(centerNames.taken(center.name(), id)).isFalse();
        assertThat(centerNames.taken(center.name(), id + 100_000)).isTrue();
        assertThat(as("root", Role.ADMIN, () -> audit.history(AuditSubject.CENTER, Long.toString(center.id()),
                PageRequest.of(0, 10)).getContent())).extracting(AuditEvent::getAction, AuditEvent::getActor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CENTER_RECOGNIZED", "system"));

        // the lead unit's users, the county body, the bureau see it; another unit neither sees nor downloads it
        assertThat(as(applicant, Role.APPLICANT, () -> centers.count(CenterFilter.ALL))).isEqualTo(1);
        assertThat(as(district, Role.COUNTY, () -> centers.list(CenterFilter.ALL.withText(core),
                PageRequest.of(0, 10)))).extracting(CenterRow::id).containsExactly(center.id());
        assertThat(as(bureau, Role.BUREAU, () -> centers.list(CenterFilter.ALL.withText(suffix),
                PageRequest.of(0, 10)))).extracting(CenterRow::id).containsExactly(center.id());
        assertThat(as(otherApplicant, Role.APPLICANT, () -> centers.count(CenterFilter.ALL))).isZero();
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT,
                () -> centers.document(center.id(), CenterDocument.Kind.CERTIFICATE)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("center.notFound");
        assertThat(as(otherApplicant, Role.APPLICANT, () -> centers.forApplication(id))).isEmpty();

        // the documents read back as Chinese, with the center's name and number
        CenterDocument certificate = as(applicant, Role.APPLICANT,
                () -> centers.document(center.id(), CenterDocument.Kind.CERTIFICATE));
        String certificateText = pdfText(certificate.file());
        assertThat(certificateText).contains(center.name()).contains("认定测试公司" + suffix)
                .contains(center.decisionNumber());
        CenterDocument decision = as(bureau, Role.BUREAU,
                () -> centers.document(center.id(), CenterDocument.Kind.DECISION));
        assertThat(decision.fileName()).endsWith(".pdf").contains(center.name());
        assertThat(pdfText(decision.file())).contains("决定认定以下单位为技术创新中心").contains(center.name())
                .contains("2026年");

        // the public registry finds it by its lead unit, without revealing more than the decision publishes
        assertThat(centers.registry(CenterFilter.ALL.withText("认定测试公司" + suffix), PageRequest.of(0, 10)))
                .extracting(PublicCenter::name).containsExactly(center.name());
        assertThat(centers.registryCount(CenterFilter.ALL.withText(core))).isEqualTo(1);
    }

    @Test
    void aNameACenterHoldsRefusesTheRecognitionAndTheStepRollsBack() {
        String core = coreName("b");
        long id = toNotice(core);
        // meanwhile a center of that name exists (e.g. a revoked one); the naming check sees it too
        Center holder = new Center(new CenterDraft(id, "示例市" + core + "技术创新中心", core,
                new org.ticportal.core.plugin.PolicyPin("example", "example-policy", "1.0.0"), "990199", "990101",
                unitId, "旧中心单位", null, null, null, null, List.of(), LocalDate.of(2020, 1, 1)),
                new CenterNumber("旧〔2020〕1号", 2020, 1), clock.instant(), "test");
        long otherApplication = holdingApplication();
        org.springframework.test.util.ReflectionTestUtils.setField(holder, "applicationId", otherApplication);
        org.springframework.test.util.ReflectionTestUtils.setField(holder, "status", CenterStatus.REVOKED);
        repository.saveAndFlush(holder);
        RuleCheck naming = as(applicant, Role.APPLICANT, () -> applications.eligibility(id)).checks().stream()
                .filter(c -> c.ruleId().equals("NAMING")).findFirst().orElseThrow();
        assertThat(naming.message().zh()).contains(core);

        clock.set(endOfNotice(id).plusDays(1));
        notices.closeEndedNotices();
        ApplicationDetail after = as(bureau, Role.BUREAU, () -> applications.get(id));
        assertThat(after.row().stage()).isEqualTo("PUBLIC_NOTICE");
        assertThat(after.row().closed()).isFalse();
        assertThat(repository.findByApplicationId(id)).isEmpty();
        assertThat(as(bureau, Role.BUREAU, () -> applications.history(id, PageRequest.of(0, 50)).getContent()))
                .noneMatch(s -> s.getTransitionCode().equals("END_NOTICE"));
        // the revoked center is not in the public registry
        assertThat(centers.registryCount(CenterFilter.ALL.withText(core))).isZero();
    }

    @Test
    void numbersFollowEachOtherWithinTheYear() {
        long first = toNotice(coreName("c"));
        long second = toNotice(coreName("d"));
        clock.set(endOfNotice(second).plusDays(1));
        notices.closeEndedNotices();
        CenterRow a = as(bureau, Role.BUREAU, () -> centers.forApplication(first)).orElseThrow();
        CenterRow b = as(bureau, Role.BUREAU, () -> centers.forApplication(second)).orElseThrow();
        Center ca = repository.findById(a.id()).orElseThrow();
        Center cb = repository.findById(b.id()).orElseThrow();
        assertThat(ca.getDecisionYear()).isEqualTo(cb.getDecisionYear()).isEqualTo(2026);
        assertThat(Math.abs(cb.getDecisionSeq() - ca.getDecisionSeq())).isEqualTo(1);
        assertThat(List.of(a.decisionNumber(), b.decisionNumber()))
                .containsExactlyInAnyOrder("示科字〔2026〕" + ca.getDecisionSeq() + "号",
                        "示科字〔2026〕" + cb.getDecisionSeq() + "号");
    }

    /** An application of another unit already recognised long ago, to hold the revoked center. */
    private long holdingApplication() {
        return toNotice(coreName("e"));
    }

    private String coreName(String tag) {
        return TemplateSamples.uniqueCoreName(tag + suffix.chars().mapToObj(c -> Integer.toHexString(c % 16))
                .collect(Collectors.joining()));
    }

    private LocalDate endOfNotice(long id) {
        return as(bureau, Role.BUREAU, () -> applications.get(id)).noticeEnd();
    }

    /**
     * Files, submits, recommends, accepts and passes an application, and the bureau publishes its notice: it runs
     * from today.
     */
    private long toNotice(String core) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = filed.row().id();
        Map<String, Object> values = new java.util.HashMap<>(TemplateSamples.completeApplication(creditCode,
                "NEW_MATERIALS", 320));
        values.put("coreName", core);
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕9号", "recommendation.date", LocalDate.now(clock))));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        ApplicationDetail noticed = as(bureau, Role.BUREAU,
                () -> applications.perform(id, accepted.row().version(), "PASS", "会议通过", Map.of()));
        assertThat(noticed.row().stage()).isEqualTo("PUBLIC_NOTICE");
        as(bureau, Role.BUREAU, () -> NoticeSamples.publish(publicNotices, "990100", id));
        return id;
    }

    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new String(out, StandardCharsets.UTF_8).replaceAll("\\s+", "");
    }
}
