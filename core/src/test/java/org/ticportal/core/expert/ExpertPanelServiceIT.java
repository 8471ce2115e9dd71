package org.ticportal.core.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AvailableAction;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Expert argumentation on real MariaDB, under a policy whose procedure has an expert stage with a panel of three (one
 * finance seat, trimmed mean): the draw avoids the applicant's and the co-builders' experts and says why, is re-run
 * from its record to the same panel, an expert reaches only the applications whose panel they sit on (and those only
 * after declaring), and the panel's head concludes with the trimmed mean as the policy's step.
 */
@IntegrationTest
class ExpertPanelServiceIT {

    private static final String CITY = "990400";

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
    PanelCaseService panelCases;
    @Autowired
    ExpertService experts;
    @Autowired
    ExpertPanelService panels;
    @Autowired
    PanelDrawService draws;
    @Autowired
    ExpertImportService imports;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    org.ticportal.core.notification.NotificationService notifications;

    private String suffix;
    private String applicant;
    private String district;
    private String bureau;
    private String unitName;
    private String coBuilderName;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        unitName = "示例新材料有限公司" + suffix;
        coBuilderName = "示例大学" + suffix;
        Unit unit = units.save(new Unit(unitName, TemplateSamples.creditCode(suffix), "990101",
                java.time.Instant.now()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("app" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("dis" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("bur" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            return null;
        });
    }

    @Test
    void theDrawAvoidsTheApplicantAndTheCoBuilderSaysWhyAndIsReproducedFromItsRecord() {
        long id = applicationAtExpertStage();
        Expert fromCoBuilder = expert("共建专家", coBuilderName, "NEW_MATERIALS");
        Expert fromApplicant = expert("本单位专家", unitName, "NEW_MATERIALS");
        pool(4);
        Expert otherField = expert("装备专家", "装备研究院" + suffix, "EQUIPMENT");

        PanelViews.Panel panel = as(bureau, Role.BUREAU, () -> draws.draw(id, 20261205L));

        DrawRecord record = panel.record();
        assertThat(record.seed()).isEqualTo(20261205L);
        assertThat(record.skipped()).filteredOn(s -> s.expertId() == fromCoBuilder.getId())
                .singleElement().satisfies(s -> {
                    assertThat(s.reason()).isEqualTo("CO_BUILDERS");
                    assertThat(s.detail()).isEqualTo(coBuilderName);
                });
        assertThat(record.skipped()).filteredOn(s -> s.expertId() == fromApplicant.getId())
                .singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("APPLICANT_UNIT"));
        assertThat(record.candidates()).extracting(DrawRecord.Candidate::expertId)
                .as("an expert of another field is no candidate").doesNotContain(otherField.getId());
        assertThat(record.drawn()).hasSize(3)
                .doesNotContain(fromCoBuilder.getId(), fromApplicant.getId());
        assertThat(record.drawn()).as("the finance seat is filled")
                .anyMatch(e -> record.candidates().stream().anyMatch(c -> c.expertId() == e
                        && c.fields().contains("FINANCE")));
        assertThat(panel.members()).hasSize(3).filteredOn(PanelViews.Member::leader).hasSize(1);

        // re-run from the stored record: the same panel, in the same order
        assertThat(as(bureau, Role.BUREAU, () -> draws.replay(id))).isEqualTo(record.drawn());
        // and the record alone, without the database, gives it too
        assertThat(PanelDraw.select(record)).isEqualTo(record.drawn());
        // a second draw for the same application is refused
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> draws.draw(id, 1L)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("panel.alreadyDrawn");
    }

    @Test
    void anExpertReachesOnlyTheApplicationsWhosePanelTheySitOnAndOnlyAfterDeclaring() {
        long id = applicationAtExpertStage();
        pool(3);
        PanelViews.Panel panel = as(bureau, Role.BUREAU, () -> draws.draw(id, 7L));
        Expert outsider = expert("局外专家", "局外研究所" + suffix, "NEW_MATERIALS");
        String member = username(panel.members().get(1).expertId());

        // an expert not on the panel: the application does not exist for them, by any door
        for (Runnable door : List.<Runnable>of(
                () -> panelCases.readAsExpert(id), () -> panelCases.panelCase(id), () -> panels.assignment(id),
                () -> panels.declare(id, false, null))) {
            assertThatThrownBy(() -> as(outsider.getUsername(), Role.EXPERT, () -> {
                door.run();
                return null;
            })).isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
        }
        assertThatThrownBy(() -> as(outsider.getUsername(), Role.EXPERT, () -> applications.get(id)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");

        // a member was told, and the declaration waits in their inbox; the outsider neither
        assertThat(as(member, Role.EXPERT, () -> notifications.mine(false, PageRequest.of(0, 10))).getContent())
                .extracting(n -> n.getApplicationId()).containsExactly(id);
        assertThat(as(member, Role.EXPERT, () -> panels.myWaitingAssignments(PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(a -> assertThat(a.state()).isEqualTo(MemberState.DRAWN));
        assertThat(as(outsider.getUsername(), Role.EXPERT, () -> notifications.mine(false, PageRequest.of(0, 10)))
                .getContent()).isEmpty();
        assertThat(as(outsider.getUsername(), Role.EXPERT, () -> panels.myWaitingAssignments(PageRequest.of(0, 10)))
                .getContent()).isEmpty();

        // a member sees who applies, but not the application before declaring
        assertThat(as(member, Role.EXPERT, () -> panels.assignment(id)).panelCase().unitName()).isEqualTo(unitName);
        assertThatThrownBy(() -> as(member, Role.EXPERT, () -> panelCases.readAsExpert(id)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
        as(member, Role.EXPERT, () -> {
            panels.declare(id, false, null);
            return null;
        });
        ApplicationDetail read = as(member, Role.EXPERT, () -> panelCases.readAsExpert(id));
        assertThat(read.values()).containsEntry("coreName", coreName());
        assertThat(as(member, Role.EXPERT, () -> panels.myAssignments(org.springframework.data.domain.Pageable
                .unpaged())).getContent()).extracting(PanelViews.Assignment::applicationId).contains(id);
        assertThat(as(outsider.getUsername(), Role.EXPERT, () -> panels.myAssignments(
                org.springframework.data.domain.Pageable.unpaged())).getContent()).isEmpty();
        assertThat(as(member, Role.EXPERT, () -> panels.myWaitingAssignments(PageRequest.of(0, 10))).getContent())
                .as("declared: the scores wait").singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(MemberState.DECLARED));
    }

    @Test
    void theHeadConcludesWithTheTrimmedMeanAsThePolicysStep() {
        long id = applicationAtExpertStage();
        pool(3);
        PanelViews.Panel panel = as(bureau, Role.BUREAU, () -> draws.draw(id, 11L));
        // once a panel is drawn, the bureau no longer records the panel's conclusion itself
        assertThat(as(bureau, Role.BUREAU, () -> applications.actions(id))).extracting(AvailableAction::code)
                .doesNotContain("RECOMMENDED", "NOT_RECOMMENDED");

        List<String> members = panel.members().stream().map(m -> username(m.expertId())).toList();
        String head = username(panel.members().stream().filter(PanelViews.Member::leader).findFirst().orElseThrow()
                .expertId());
        int[][] scores = {{58, 37}, {40, 30}, {50, 30}}; // totals 95, 70, 80: trimmed mean 80.00, mean 81.67
        for (int i = 0; i < 3; i++) {
            String expert = members.get(i);
            int[] s = scores[i];
            as(expert, Role.EXPERT, () -> {
                panels.declare(id, false, null);
                long v = panels.assignment(id).version();
                panels.recordVisit(id, v, time.today().minusDays(2), time.today().minusDays(1), "现场考察");
                long v2 = panels.assignment(id).version();
                // a score above the indicator's weight is refused on its field
                assertThatThrownBy(() -> panels.submitScores(id, v2, Map.of("INNOVATION", new BigDecimal("61"),
                        "PLAN", BigDecimal.TEN), "意见")).isInstanceOf(BusinessException.class)
                        .satisfies(e -> assertThat(((BusinessException) e).getField()).isEqualTo("score.INNOVATION"));
                panels.submitScores(id, v2, Map.of("INNOVATION", BigDecimal.valueOf(s[0]), "PLAN",
                        BigDecimal.valueOf(s[1])), "专家意见" + expert);
                return null;
            });
        }
        String notHead = members.stream().filter(m -> !m.equals(head)).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(notHead, Role.EXPERT, () -> panels.conclude(id, "RECOMMENDED", "意见")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("panel.notLeader");
        assertThatThrownBy(() -> as(notHead, Role.EXPERT, () -> panelCases.concludeAsHead(id, "RECOMMENDED", null,
                Map.of()))).isInstanceOf(BusinessException.class);

        PanelViews.MyAssignment concluded = as(head, Role.EXPERT,
                () -> panels.conclude(id, "RECOMMENDED", "建议认定，请完善建设方案中的共建投入"));

        assertThat(concluded.score()).isEqualByComparingTo("80.00");
        assertThat(concluded.conclusion()).isEqualTo("RECOMMENDED");
        ApplicationDetail app = as(bureau, Role.BUREAU, () -> applications.get(id));
        assertThat(app.row().stage()).as("the conclusion is the step taken").isEqualTo("DECISION");
        ExpertPanelService.Result result = as(applicant, Role.APPLICANT, () -> panels.result(id)).orElseThrow();
        assertThat(result.score()).isEqualByComparingTo("80.00");
        assertThat(result.opinions()).hasSize(3).extracting(PanelViews.Opinion::opinion).allMatch(o -> o != null
                && o.startsWith("专家意见"));
    }

    @Test
    void aConflictDeclaredIsReplacedByTheNextInTheDrawsOrderWithTheReasonRecorded() {
        long id = applicationAtExpertStage();
        pool(4);
        PanelViews.Panel panel = as(bureau, Role.BUREAU, () -> draws.draw(id, 3L));
        PanelViews.Member first = panel.members().get(2);
        String expert = username(first.expertId());
        as(expert, Role.EXPERT, () -> {
            panels.declare(id, true, "本人曾在申报单位兼职");
            return null;
        });
        assertThatThrownBy(() -> as(expert, Role.EXPERT, () -> panelCases.readAsExpert(id)))
                .isInstanceOf(BusinessException.class);
        PanelViews.Member conflicted = as(bureau, Role.BUREAU, () -> draws.panel(id)).orElseThrow().members()
                .get(2);
        assertThat(conflicted.state()).isEqualTo(MemberState.CONFLICT);

        PanelViews.Panel after = as(bureau, Role.BUREAU,
                () -> draws.replace(id, conflicted.memberId(), conflicted.version(), "回避：曾在申报单位兼职"));

        assertThat(after.record().replacements()).singleElement().satisfies(r -> {
            assertThat(r.outId()).isEqualTo(first.expertId());
            assertThat(r.reason()).isEqualTo("回避：曾在申报单位兼职");
            assertThat(r.by()).isEqualTo(bureau);
        });
        assertThat(after.members().stream().filter(m -> m.state() != MemberState.REPLACED)).hasSize(3)
                .noneMatch(m -> m.expertId() == first.expertId());
        // the replaced expert no longer reaches the application
        assertThatThrownBy(() -> as(expert, Role.EXPERT, () -> panels.assignment(id)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("application.notFound");
    }

    @Test
    void anImportWithBadRowsReportsEachByItsNumberAndImportsNothingAGoodOneImportsAll() throws Exception {
        String login = "imp" + suffix;
        byte[] bad = xlsx(List.of(
                List.of("姓名", "工作单位", "统一社会信用代码", "职称级别", "专业领域", "电话", "电子邮箱", "登录账号"),
                List.of("导入专家甲" + suffix, "甲研究院", "", "正高级", "新材料", "", "", login),
                List.of("", "乙研究院", "", "FULL_SENIOR", "NEW_MATERIALS", "", "", ""),
                List.of("导入专家丙" + suffix, "丙研究院", "", "正高级", "量子计算", "", "", ""),
                List.of("导入专家丁" + suffix, "丁研究院", "", "正高级", "财务", "", "not-an-email", "")));
        ExpertImport.Result refused = as(bureau, Role.BUREAU, () -> imports.start(CITY, bad, f -> { }))
                .result().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(refused.imported()).isZero();
        assertThat(refused.problems()).extracting(p -> p.row() + ":" + p.messageKey()).containsExactly(
                "3:expert.name.required", "4:expert.fields.unknown", "5:expert.email.invalid");
        assertThat(as(bureau, Role.BUREAU, () -> experts.count(new ExpertFilter(CITY, "导入专家甲" + suffix, null,
                null)))).as("nothing half-imported").isZero();

        byte[] good = xlsx(List.of(
                List.of("姓名", "工作单位", "统一社会信用代码", "职称级别", "专业领域", "电话", "电子邮箱", "登录账号"),
                List.of("导入专家甲" + suffix, "甲研究院", "", "正高级", "新材料、财务", "", "", login),
                List.of("导入专家乙" + suffix, "乙研究院", "", "FULL_SENIOR", "EQUIPMENT", "0350-1234567", "", "")));
        ExpertImport.Result imported = as(bureau, Role.BUREAU, () -> imports.start(CITY, good, f -> { }))
                .result().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.imported()).isEqualTo(2);
        Expert first = as(bureau, Role.BUREAU, () -> experts.list(new ExpertFilter(CITY, "导入专家甲" + suffix, null,
                null), org.springframework.data.domain.Pageable.unpaged()).getContent()).getFirst();
        assertThat(first.fieldList()).containsExactly("NEW_MATERIALS", "FINANCE");
        assertThat(first.getUsername()).isEqualTo(login);
    }

    /** A workbook whose first sheet holds these rows as inline strings, as Excel or WPS would save it. */
    static byte[] xlsx(List<List<String>> rows) throws java.io.IOException {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                if (!v.isEmpty()) {
                    sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(v.replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An application of the expert city, filed, recommended and accepted: at its expert stage. */
    private long applicationAtExpertStage() {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create(CITY));
        long id = filed.row().id();
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(TemplateSamples.creditCode(
                suffix), "NEW_MATERIALS", 320));
        values.put("rdSpending", "150");
        values.put("coreName", coreName());
        List<Map<String, Object>> coBuilders = new ArrayList<>();
        coBuilders.add(Map.of("name", coBuilderName, "creditCode", TemplateSamples.creditCode("cb" + suffix)));
        values.put("coBuilders", coBuilders);
        ApplicationDetail draft = as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, filed.row().version(), values, Map.of()));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, draft.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕9号", "recommendation.date", time.today())));
        // the bureau's re-check is its checklist: the pledge (3.4) is the bureau's to verify
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        assertThat(accepted.row().stage()).isEqualTo("EXPERTS");
        return id;
    }

    /** A center name of this test's own (the policy refuses a name another application has). */
    private String coreName() {
        StringBuilder name = new StringBuilder("先进陶瓷");
        for (char c : suffix.toCharArray()) {
            name.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(c, 16)));
        }
        return name.toString();
    }

    /** Adds this many experts of the application's field and one finance expert, each with a login. */
    private void pool(int ofField) {
        for (int i = 0; i < ofField; i++) {
            expert("材料专家" + i, "材料研究院" + i + suffix, "NEW_MATERIALS");
        }
        expert("财务专家", "会计师事务所" + suffix, "FINANCE");
    }

    private Expert expert(String name, String unit, String field) {
        String login = "e" + UUID.randomUUID().toString().substring(0, 8);
        return as(bureau, Role.BUREAU, () -> experts.create(CITY, new ExpertDraft(name, unit, null, "FULL_SENIOR",
                List.of(field), null, null, true), login)).expert();
    }

    private String username(long expertId) {
        return as(bureau, Role.BUREAU, () -> experts.get(expertId)).getUsername();
    }
}
