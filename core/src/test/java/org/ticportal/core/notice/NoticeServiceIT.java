package org.ticportal.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationForms;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStep;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.registration.Challenge;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * The public notice and objections on real MariaDB, under the template made into 990800's policy (a notice of 5
 * working days, an objection stage with Xinzhou's objection form): a notice published on 2026-04-30 ends on 2026-05-09
 * (1–5 May off, Saturday 9 May a make-up working day); an objection in the period is accepted, one after it refused;
 * the objector's data is the city bureau's alone; a pending objection keeps the closer off its application; the
 * objection received and dismissed recognises the center; two portal instances racing close a notice once; a case
 * whose notice was never published is not closed, however long ago it entered the notice stage.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class NoticeServiceIT {

    private static final String CITY = "990800";
    private static final Challenge CHALLENGE = new Challenge(3, 4);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationForms applicationForms;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeReader reader;
    @Autowired
    ObjectionService objections;
    @Autowired
    PublicNoticeService publicNotices;
    @Autowired
    NoticeCloser closer;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;

    private String suffix;
    private String creditCode;
    private String applicant;
    private String district;
    private String bureau;
    private String otherBureau;
    private String admin;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 4, 30));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("公示测试材料有限公司" + suffix, creditCode, "990101", Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("nta" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("ntd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("ntb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            otherBureau = users.create(new UserDraft("nto" + suffix, "他市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            admin = users.create(new UserDraft("ntr" + suffix, "管理员", null, null, Role.ADMIN, null, null))
                    .user().getUsername();
            return null;
        });
    }

    @Test
    void aNoticeOfApril30EndsOnMay9AndAnObjectionInItsPeriodHoldsItsCenterUntilDismissed() throws Exception {
        long first = toNotice("a");
        long second = toNotice("b");
        assertThat(as(bureau, Role.BUREAU, () -> notices.candidates(CITY))).extracting(r -> r.id())
                .contains(first, second);
        NoticeSummary draft = as(bureau, Role.BUREAU, () -> notices.create(new NoticeDraft(CITY,
                "2026年第一批技术创新中心认定公示" + suffix, "0350-1234567", "示例市科技局", List.of(first, second))));
        assertThat(draft.isDraft()).isTrue();
        // a draft is not public
        assertThatThrownBy(() -> publicNotices.notice(draft.id())).isInstanceOf(BusinessException.class);

        NoticeSummary published = as(bureau, Role.BUREAU, () -> notices.publish(draft.id(), draft.version()));
        assertThat(published.periodStart()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(published.periodEnd()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(published.provisional()).isFalse();
        assertThat(published.periodText()).isEqualTo("公示期：2026年4月30日至2026年5月9日");
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(first)).noticeEnd())
                .isEqualTo(LocalDate.of(2026, 5, 9));
        // published applications are no candidates any more; publishing twice is refused
        assertThat(as(bureau, Role.BUREAU, () -> notices.candidates(CITY))).extracting(r -> r.id())
                .doesNotContain(first, second);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> notices.publish(draft.id(), published.version())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("notice.published");

        List<NoticeLine> lines = publicNotices.lines(draft.id());
        assertThat(lines).extracting(NoticeLine::centerName)
                .allSatisfy(name -> assertThat(name).startsWith("示例市").endsWith("技术创新中心"));
        assertThat(lines.get(0).leadUnit()).contains("公示测试材料有限公司");
        String pdfText = pdfText(publicNotices.document(draft.id(), true).path());
        assertThat(pdfText).contains(lines.get(0).centerName()).contains(lines.get(1).centerName())
                .contains("2026年4月30日").contains("2026年5月9日");
        try (ZipFile docx = new ZipFile(publicNotices.document(draft.id(), false).path().toFile())) {
            String xml = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(xml).contains(lines.get(0).centerName()).contains("2026年4月30日");
        }

        // within the period: a person's objection with a wrong ID number, or a wrong answer, is refused
        clock.set(LocalDate.of(2026, 5, 6));
        ObjectionForm wrongId = person(lines.get(0).entryId(), "110101199003071234");
        assertThatThrownBy(() -> publicNotices.file(wrongId, CHALLENGE, "7", "10.0.0.1", null, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("notice.objection.idNumber"));
        ObjectionForm objection = person(lines.get(0).entryId(), validId("11010119900307123"));
        assertThatThrownBy(() -> publicNotices.file(objection, CHALLENGE, "8", "10.0.0.1", null, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("registration.challenge.wrong");
        long filed = publicNotices.file(objection, CHALLENGE, "7", "10.0.0.1", null,
                new Upload("证据.pdf", new ByteArrayInputStream("%PDF-1.4 evidence".getBytes())));

        // the objector's data: the city's bureau sees it; an administrator sees it masked; others see nothing
        ObjectionView forBureau = as(bureau, Role.BUREAU, () -> objections.list(draft.id())).get(0);
        assertThat(forBureau.id()).isEqualTo(filed);
        assertThat(forBureau.personalShown()).isTrue();
        assertThat(forBureau.objector()).isEqualTo("张三");
        assertThat(forBureau.idNumber()).isEqualTo(objection.idNumber());
        ObjectionView forAdmin = as(admin, Role.ADMIN, () -> objections.list(draft.id())).get(0);
        assertThat(forAdmin.personalShown()).isFalse();
        assertThat(forAdmin.idNumber()).isNull();
        assertThat(forAdmin.objector()).isNotEqualTo("张三");
        assertThat(forAdmin.contact()).doesNotContain("13800000000");
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> objections.list(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherBureau, Role.BUREAU, () -> objections.list(draft.id())))
                .isInstanceOf(AccessDeniedException.class);

        // after the end: the late objection is refused; the closer recognises the second center, not the first
        clock.set(LocalDate.of(2026, 5, 10));
        assertThatThrownBy(() -> publicNotices.file(person(lines.get(1).entryId(), validId("11010119900307123")),
                CHALLENGE, "7", "10.0.0.2", null, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("notice.objection.late"));
        closer.closeEndedNotices();
        assertThat(stageKind(second)).isEqualTo(StageKind.RECOGNIZED);
        assertThat(stageKind(first)).isEqualTo(StageKind.NOTICE);

        // received: the policy's step into its objection stage, the objection on its form, the name masked
        ObjectionView received = as(bureau, Role.BUREAU, () -> objections.receive(filed, forBureau.version()));
        assertThat(received.state()).isEqualTo(Objection.State.RECEIVED);
        assertThat(stageKind(first)).isEqualTo(StageKind.OBJECTION);
        ApplicationStep step = lastStep(first);
        assertThat(step.getTransitionCode()).isEqualTo("OBJECTION_RECEIVED");
        Map<String, Object> values = as(bureau, Role.BUREAU, () -> applicationForms.stepValues(first, step.getId()));
        assertThat(values).containsEntry("objection.content", objection.content())
                .containsEntry("objection.objectorKind", "PERSON");
        assertThat(String.valueOf(values)).doesNotContain("张三").doesNotContain(objection.idNumber());
        assertThat(as(bureau, Role.BUREAU, () -> attachments.list(first)))
                .anySatisfy(a -> assertThat(a.getFormCode()).isEqualTo("OBJECTION"));

        // dismissed with reasons and a reply: recognised
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> objections.decide(filed, received.version(), false,
                " ", "答复.pdf", new ByteArrayInputStream("%PDF-1.4 reply".getBytes()))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("notice.objection.reasons.required");
        ObjectionView dismissed = as(bureau, Role.BUREAU, () -> objections.decide(filed, received.version(), false,
                "经核查，异议所述情况不属实", "答复.pdf", new ByteArrayInputStream("%PDF-1.4 reply".getBytes())));
        assertThat(dismissed.state()).isEqualTo(Objection.State.DISMISSED);
        assertThat(stageKind(first)).isEqualTo(StageKind.RECOGNIZED);
        assertThat(lastStep(first).getComment()).isEqualTo("经核查，异议所述情况不属实");
        assertThat(as(bureau, Role.BUREAU, () -> reader.history(draft.id(), PageRequest.of(0, 20)))
                .map(e -> e.getAction()).getContent())
                .contains("NOTICE_DRAFTED", "NOTICE_PUBLISHED", "OBJECTION_FILED", "OBJECTION_RECEIVED",
                        "OBJECTION_DISMISSED");
    }

    @Test
    void aUnitObjectsWithItsStampedLetterAndAnUpheldObjectionRejectsTheCenter() {
        long id = toNotice("c");
        NoticeSummary notice = publish(id);
        long entry = publicNotices.lines(notice.id()).get(0).entryId();
        ObjectionForm unit = new ObjectionForm(entry, Objection.Kind.UNIT, "某某研究院", "", "0350-7654321",
                "该中心牵头单位研发投入数据与实际不符");
        assertThatThrownBy(() -> publicNotices.file(unit, CHALLENGE, "7", "10.0.1.1", null, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("notice.objection.letter.required"));
        assertThatThrownBy(() -> publicNotices.file(unit, CHALLENGE, "7", "10.0.1.1",
                new Upload("letter.pdf", new ByteArrayInputStream("not a pdf at all".getBytes())), null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("notice.file.type");
        long filed = publicNotices.file(unit, CHALLENGE, "7", "10.0.1.1",
                new Upload("盖章异议书.pdf", new ByteArrayInputStream("%PDF-1.4 stamped".getBytes())), null);
        ObjectionView view = as(bureau, Role.BUREAU, () -> objections.list(notice.id())).get(0);
        assertThat(view.letterName()).isEqualTo("盖章异议书.pdf");
        assertThat(as(bureau, Role.BUREAU, () -> objections.openFile(filed, true)).path()).exists();
        assertThatThrownBy(() -> as(admin, Role.ADMIN, () -> objections.openFile(filed, true)))
                .isInstanceOf(AccessDeniedException.class);

        // the address has used up its attempts (5 an hour): a sixth is refused before anything else is looked at
        for (int attempt = 4; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> publicNotices.file(unit, CHALLENGE, "7", "10.0.1.1", null, null))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                            .isEqualTo("notice.objection.letter.required"));
        }
        assertThatThrownBy(() -> publicNotices.file(unit, CHALLENGE, "7", "10.0.1.1", null, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("notice.objection.tooMany"));

        ObjectionView received = as(bureau, Role.BUREAU, () -> objections.receive(filed, view.version()));
        as(bureau, Role.BUREAU, () -> objections.decide(filed, received.version(), true, "异议成立：研发投入不实",
                "答复.pdf", new ByteArrayInputStream("%PDF-1.4 reply".getBytes())));
        assertThat(stageKind(id)).isEqualTo(StageKind.REJECTED);
    }

    @Test
    void aCenterWithTwoObjectionsIsRecognisedOnlyWhenBothAreDismissed() {
        long id = toNotice("e");
        NoticeSummary notice = publish(id);
        long entry = publicNotices.lines(notice.id()).get(0).entryId();
        long one = publicNotices.file(person(entry, validId("11010119900307123")), CHALLENGE, "7", "10.0.2.1",
                null, null);
        long two = publicNotices.file(person(entry, validId("11010119851231002")), CHALLENGE, "7", "10.0.2.2",
                null, null);
        as(bureau, Role.BUREAU, () -> objections.receive(one, version(notice.id(), one)));
        // the second joins the handling: no second step
        as(bureau, Role.BUREAU, () -> objections.receive(two, version(notice.id(), two)));
        assertThat(lastStep(id).getTransitionCode()).isEqualTo("OBJECTION_RECEIVED");
        clock.set(LocalDate.of(2026, 5, 11));
        as(bureau, Role.BUREAU, () -> objections.decide(one, version(notice.id(), one), false, "不属实",
                "答复一.pdf", new ByteArrayInputStream("%PDF-1.4 one".getBytes())));
        assertThat(stageKind(id)).isEqualTo(StageKind.OBJECTION);
        as(bureau, Role.BUREAU, () -> objections.decide(two, version(notice.id(), two), false, "亦不属实",
                "答复二.pdf", new ByteArrayInputStream("%PDF-1.4 two".getBytes())));
        assertThat(stageKind(id)).isEqualTo(StageKind.RECOGNIZED);
        assertThat(lastStep(id).getComment()).isEqualTo("亦不属实");
    }

    @Test
    void aNoticeNeverPublishedIsNotClosedAndIsClosedOncePublishedAndEnded() {
        long id = toNotice("f");
        LocalDate entryEnd = as(bureau, Role.BUREAU, () -> applications.get(id)).noticeEnd();
        assertThat(entryEnd).isEqualTo(LocalDate.of(2026, 5, 9));

        // long after the period counted at its entry: no notice was published, the public could not object
        clock.set(LocalDate.of(2026, 5, 20));
        closer.closeEndedNotices();
        assertThat(stageKind(id)).isEqualTo(StageKind.NOTICE);
        assertThat(as(bureau, Role.BUREAU, () -> applications.history(id, PageRequest.of(0, 50)).getContent()))
                .noneMatch(s -> "END_NOTICE".equals(s.getTransitionCode()));

        // published today (Wednesday 20 May): 5 working days to Tuesday 26 May; open on its last day
        NoticeSummary published = as(bureau, Role.BUREAU, () -> NoticeSamples.publish(notices, CITY, id));
        assertThat(published.periodStart()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(published.periodEnd()).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(id)).noticeStart())
                .isEqualTo(LocalDate.of(2026, 5, 20));
        closer.closeEndedNotices();
        clock.set(LocalDate.of(2026, 5, 26));
        closer.closeEndedNotices();
        assertThat(stageKind(id)).isEqualTo(StageKind.NOTICE);

        // the day after the published notice ended: recognised by the portal, once
        clock.set(LocalDate.of(2026, 5, 27));
        closer.closeEndedNotices();
        closer.closeEndedNotices();
        assertThat(stageKind(id)).isEqualTo(StageKind.RECOGNIZED);
        assertThat(as(bureau, Role.BUREAU, () -> applications.history(id, PageRequest.of(0, 50)).getContent()))
                .filteredOn(s -> "END_NOTICE".equals(s.getTransitionCode())).hasSize(1)
                .allSatisfy(s -> assertThat(s.getActor()).isEqualTo("system"));
    }

    private long version(long noticeId, long objectionId) {
        return as(bureau, Role.BUREAU, () -> objections.list(noticeId)).stream().filter(o -> o.id() == objectionId)
                .findFirst().orElseThrow().version();
    }

    @Test
    void twoPortalInstancesRacingCloseANoticeExactlyOnce() throws Exception {
        long id = toNotice("d");
        publish(id);
        clock.set(LocalDate.of(2026, 5, 11));
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> instance = () -> {
            start.await();
            return closer.closeEndedNotices();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = pool.submit(instance);
            Future<Integer> two = pool.submit(instance);
            one.get();
            two.get();
        } finally {
            pool.shutdown();
        }
        assertThat(stageKind(id)).isEqualTo(StageKind.RECOGNIZED);
        List<ApplicationStep> history = as(bureau, Role.BUREAU, () -> applications.history(id,
                PageRequest.of(0, 50, Sort.by("occurredAt", "id"))).getContent());
        assertThat(history).filteredOn(s -> "END_NOTICE".equals(s.getTransitionCode())).hasSize(1);
    }

    private NoticeSummary publish(long id) {
        NoticeSummary draft = as(bureau, Role.BUREAU, () -> notices.create(new NoticeDraft(CITY, "公示" + suffix,
                "0350-1234567", "示例市科技局", List.of(id))));
        return as(bureau, Role.BUREAU, () -> notices.publish(draft.id(), draft.version()));
    }

    private static ObjectionForm person(long entry, String idNumber) {
        return new ObjectionForm(entry, Objection.Kind.PERSON, "张三", idNumber, "13800000000",
                "该中心申报材料中的团队人数与实际不符");
    }

    private static String validId(String first17) {
        return first17 + IdNumbers.check(first17);
    }

    private StageKind stageKind(long id) {
        return as(bureau, Role.BUREAU, () -> applications.get(id)).row().stageKind();
    }

    private ApplicationStep lastStep(long id) {
        List<ApplicationStep> history = as(bureau, Role.BUREAU, () -> applications.history(id,
                PageRequest.of(0, 50, Sort.by("occurredAt", "id"))).getContent());
        return history.get(history.size() - 1);
    }

    private static String pdfText(Path pdf) throws Exception {
        assumeThat(Path.of("/usr/bin/pdftotext")).as("poppler-utils installed").exists();
        Path copy = Files.createTempFile("notice", ".pdf");
        Files.copy(pdf, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process p = new ProcessBuilder("pdftotext", "-layout", copy.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return text;
    }

    /** Files an application of 990800 and takes it to the notice stage on the clock's day. */
    private long toNotice(String tag) {
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
                        "东科推〔2026〕" + tag + "号", "recommendation.date", clock.instant().atZone(clock.getZone())
                                .toLocalDate())));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        ApplicationDetail noticed = as(bureau, Role.BUREAU,
                () -> applications.perform(id, accepted.row().version(), "PASS", "局务会议通过", Map.of()));
        assertThat(noticed.row().stageKind()).isEqualTo(StageKind.NOTICE);
        return id;
    }
}
