package org.ticportal.core.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStep;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.application.SimplifiedProcedure;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * The conversion of engineering technology research centers (art. 16) on real MariaDB, with the expert city's policy
 * (jurisdiction 990400: an optional expert stage, a conversion source {@code ENGINEERING_CENTER} granting a reward):
 * an import with good and bad rows writes nothing and reports every bad row; a clean import writes every row; a unit
 * whose credit code matches converts its engineering center, the bureau skips the optional stage with a reason (and
 * is refused at a stage the policy does not mark optional, and for an ordinary application), and the recognition
 * marks the engineering center converted, links it and records the reward.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class ConversionIT {

    private static final String CITY = "990400";
    private static final List<String> HEADER = List.of("序号", "工程技术研究中心名称", "依托单位名称", "统一社会信用代码",
            "所属县（市、区）", "认定年份", "认定文号");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    EngineeringCenterImportService imports;
    @Autowired
    EngineeringCenterService registry;
    @Autowired
    ConversionService conversions;
    @Autowired
    ApplicationService applications;
    @Autowired
    SimplifiedProcedure simplified;
    @Autowired
    ChecklistService checklist;
    @Autowired
    org.ticportal.core.application.PanelCaseService panelCases;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeCloser closer;
    @Autowired
    CenterService centers;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;

    private String suffix;
    private String creditCode;
    private String applicant;
    private String district;
    private String bureau;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode("conv" + suffix);
        Unit unit = units.save(new Unit("转建测试公司" + suffix, creditCode, "990101", clock.instant()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("cva" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("cvd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("cvb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    CITY)).user().getUsername();
            return null;
        });
    }

    @Test
    void aSheetWithBadRowsWritesNothingAndReportsEachBadRowThenTheFixedSheetImportsAll() throws Exception {
        String good1 = "甲工程技术研究中心" + suffix;
        String good2 = "乙工程技术研究中心" + suffix;
        String bad = creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0');
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(List.of("1", good1, "转建测试公司" + suffix, creditCode, "东区", "2019", "示科〔2019〕1号"));
        rows.add(List.of("2", "", "某公司", other("x"), "东区", "2019", ""));
        rows.add(List.of("3", good2, "乙公司", bad, "西区", "2020", ""));
        rows.add(List.of("4", good1, "丙公司", other("y"), "北区", "2018", ""));

        SheetPreview preview = as(bureau, Role.BUREAU, () -> imports.preview(xlsx(rows)));
        assertThat(preview.dataRows()).isEqualTo(4);
        assertThat(preview.headers()).containsEntry(1, "工程技术研究中心名称");
        assertThat(preview.guess()).containsEntry(ImportField.NAME, 1).containsEntry(ImportField.UNIT_NAME, 2)
                .containsEntry(ImportField.CREDIT_CODE, 3).containsEntry(ImportField.DIVISION, 4)
                .containsEntry(ImportField.RECOGNIZED_YEAR, 5).containsEntry(ImportField.DOCUMENT_NUMBER, 6);
        ColumnMapping mapping = new ColumnMapping(preview.guess());
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        EngineeringCenterImport.Result refused = as(bureau, Role.BUREAU, () -> imports.start(CITY,
                "ENGINEERING_CENTER", xlsx(rows), mapping, progress::add)).result().get(60, TimeUnit.SECONDS);

        assertThat(refused.imported()).isZero();
        assertThat(refused.checked()).isEqualTo(4);
        assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "conversion.import.nameMissing"),
                org.assertj.core.groups.Tuple.tuple(4, "conversion.import.creditCodeInvalid"),
                org.assertj.core.groups.Tuple.tuple(5, "conversion.import.duplicateInFile"),
                org.assertj.core.groups.Tuple.tuple(5, "conversion.import.divisionUnknown"));
        assertThat(progress).isNotEmpty().allMatch(p -> p >= 0 && p <= 0.5);
        // nothing was written, not even the good row
        assertThat(as(bureau, Role.BUREAU, () -> registry.count(EngineeringCenterFilter.ALL.withText(suffix))))
                .isZero();

        // fixed: the bad rows corrected or removed; the division given by code this time
        List<List<String>> fixed = List.of(HEADER,
                List.of("1", good1, "转建测试公司" + suffix, creditCode, "东区", "2019", "示科〔2019〕1号"),
                List.of("2", good2, "乙公司", other("z"), "990102", "2020", ""));
        progress.clear();
        EngineeringCenterImport.Result done = as(bureau, Role.BUREAU, () -> imports.start(CITY,
                "ENGINEERING_CENTER", xlsx(fixed), mapping, progress::add)).result().get(60, TimeUnit.SECONDS);
        assertThat(done.problems()).isEmpty();
        assertThat(done.imported()).isEqualTo(2);
        assertThat(progress).contains(1.0);
        List<EngineeringCenterRow> listed = as(bureau, Role.BUREAU, () -> registry.list(
                EngineeringCenterFilter.ALL.withText(suffix), PageRequest.of(0, 10, Sort.by("name"))));
        assertThat(listed).extracting(EngineeringCenterRow::name).containsExactlyInAnyOrder(good1, good2);
        assertThat(listed).allMatch(r -> r.status() == EngineeringCenterStatus.REGISTERED);
        assertThat(listed).extracting(EngineeringCenterRow::divisionName).containsExactlyInAnyOrder("东区", "西区");
        // filtered in the database by division and status
        assertThat(as(bureau, Role.BUREAU, () -> registry.count(EngineeringCenterFilter.ALL.withText(suffix)
                .withDivision("990102")))).isEqualTo(1);

        // importing the same sheet again: every row is already in the registry, nothing written
        EngineeringCenterImport.Result again = as(bureau, Role.BUREAU, () -> imports.start(CITY,
                "ENGINEERING_CENTER", xlsx(fixed), mapping, p -> { })).result().get(60, TimeUnit.SECONDS);
        assertThat(again.problems()).extracting(ImportProblem::messageKey)
                .containsOnly("conversion.import.duplicateInRegistry").hasSize(2);
        // the unit sees its own engineering center only; the registry is the bureau's
        assertThat(as(applicant, Role.APPLICANT, () -> registry.ownUnits())).extracting(EngineeringCenterRow::name)
                .containsExactly(good1);
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> registry.count(EngineeringCenterFilter.ALL)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aConversionSkipsTheOptionalStageAndItsRecognitionMarksTheEngineeringCenterConverted() throws Exception {
        long engineering = importOne("丙工程技术研究中心" + suffix, creditCode);
        String core = TemplateSamples.uniqueCoreName("c" + suffix.chars().mapToObj(c -> Integer.toHexString(c % 16))
                .collect(Collectors.joining()));

        // another unit cannot convert it
        String otherApplicant = otherApplicant();
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT,
                () -> applications.createConversion(engineering, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.notFound");

        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.createConversion(engineering, null));
        long id = filed.row().id();
        assertThat(filed.row().jurisdictionCode()).isEqualTo(CITY);
        SimplifiedProcedure.Conversion mark = as(applicant, Role.APPLICANT, () -> simplified.conversion(id))
                .orElseThrow();
        assertThat(mark.sourceCode()).isEqualTo("ENGINEERING_CENTER");
        assertThat(mark.engineeringCenterId()).isEqualTo(engineering);
        assertThat(mark.simplified()).isTrue();
        // one open conversion per engineering center
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> applications.createConversion(engineering, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.alreadyFiled");

        long atExperts = toExperts(id, filed, core);
        ApplicationDetail atExpertStage = as(bureau, Role.BUREAU, () -> applications.get(id));
        assertThat(atExpertStage.row().stage()).isEqualTo("EXPERTS");
        // the panel would score the conversion on the source's own sheet
        assertThat(as(bureau, Role.BUREAU, () -> panelCases.panelCase(id)).conversionSheet())
                .extracting(org.ticportal.policy.api.evaluation.Indicator::code).containsExactly("RD", "SERVICE");
        SimplifiedProcedure.SkipOption option = as(bureau, Role.BUREAU, () -> simplified.skipOption(id)).orElseThrow();
        assertThat(option.stageName().zh()).isEqualTo("专家论证");
        assertThat(option.targetName().zh()).isEqualTo("局务会审议");
        // the applicant may not skip; a reason is required
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> simplified.skip(id, atExperts, "想跳过")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> simplified.skip(id, atExperts, "  ")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.skip.reasonRequired");

        ApplicationDetail skipped = as(bureau, Role.BUREAU,
                () -> simplified.skip(id, atExperts, "原工程中心运行良好，简化程序免于专家论证"));
        assertThat(skipped.row().stage()).isEqualTo("DECISION");
        ApplicationStep step = as(bureau, Role.BUREAU, () -> applications.history(id, PageRequest.of(0, 1,
                Sort.by(Sort.Direction.DESC, "id"))).getContent().getFirst());
        assertThat(step.getTransitionCode()).isEqualTo(ApplicationStep.SKIPPED);
        assertThat(step.getFromStage()).isEqualTo("EXPERTS");
        assertThat(step.getToStage()).isEqualTo("DECISION");
        assertThat(step.getComment()).isEqualTo("原工程中心运行良好，简化程序免于专家论证");
        assertThat(step.getActorRole()).isEqualTo("BUREAU");
        // the decision stage is not optional: refused, nothing changed
        assertThat(as(bureau, Role.BUREAU, () -> simplified.skipOption(id))).isEmpty();
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> simplified.skip(id, skipped.row().version(), "再跳")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.skip.notOptional");
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(id)).row().stage()).isEqualTo("DECISION");

        ApplicationDetail noticed = as(bureau, Role.BUREAU,
                () -> applications.perform(id, skipped.row().version(), "PASS", "会议通过", Map.of()));
        assertThat(noticed.row().stage()).isEqualTo("PUBLIC_NOTICE");
        as(bureau, Role.BUREAU, () -> NoticeSamples.publish(notices, CITY, id));
        clock.set(as(bureau, Role.BUREAU, () -> applications.get(id)).noticeEnd().plusDays(1));
        closer.closeEndedNotices();

        CenterRow center = as(applicant, Role.APPLICANT, () -> centers.forApplication(id)).orElseThrow();
        EngineeringCenterRow converted = as(bureau, Role.BUREAU, () -> registry.get(engineering));
        assertThat(converted.status()).isEqualTo(EngineeringCenterStatus.CONVERTED);
        assertThat(converted.centerId()).isEqualTo(center.id());
        assertThat(converted.applicationId()).isEqualTo(id);
        assertThat(converted.convertedOn()).isEqualTo(center.recognizedOn());
        ConversionService.CenterConversion page = as(applicant, Role.APPLICANT,
                () -> conversions.forCenter(center.id()));
        assertThat(page.convertedFrom()).map(EngineeringCenterRow::name).contains("丙工程技术研究中心" + suffix);
        assertThat(page.rewards()).extracting(CenterRewardRow::code).containsExactly("ENGINEERING_CENTER_REWARDS");
        assertThat(page.rewards().getFirst().reason()).isEqualTo("CONVERSION");
        // a converted engineering center cannot be converted again
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> applications.createConversion(engineering, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.notRegistered");
        // another unit does not see the center's conversion
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT, () -> conversions.forCenter(center.id())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("center.notFound");
    }

    @Test
    void anOrdinaryApplicationMayNotSkipTheOptionalStage() {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create(CITY));
        long id = filed.row().id();
        String core = TemplateSamples.uniqueCoreName("d" + suffix.chars().mapToObj(c -> Integer.toHexString(c % 16))
                .collect(Collectors.joining()));
        long version = toExperts(id, filed, core);
        assertThat(as(bureau, Role.BUREAU, () -> simplified.conversion(id))).isEmpty();
        assertThat(as(bureau, Role.BUREAU, () -> panelCases.panelCase(id)).conversionSheet()).isEmpty();
        assertThat(as(bureau, Role.BUREAU, () -> simplified.skipOption(id))).isEmpty();
        assertThatThrownBy(() -> as(bureau, Role.BUREAU, () -> simplified.skip(id, version, "试图跳过")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("conversion.skip.notConversion");
        assertThat(as(bureau, Role.BUREAU, () -> applications.get(id)).row().stage()).isEqualTo("EXPERTS");
    }

    /** Fills in, submits, recommends and accepts: the application waits at the expert stage; its version. */
    private long toExperts(long id, ApplicationDetail filed, String core) {
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS",
                320));
        values.put("rdSpending", "150");
        values.put("coreName", core);
        ApplicationDetail draft = as(applicant, Role.APPLICANT,
                () -> applications.saveDraft(id, filed.row().version(), values, Map.of()));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, draft.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕9号", "recommendation.date", LocalDate.now(clock))));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对承诺书", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        assertThat(accepted.row().stage()).isEqualTo("EXPERTS");
        return accepted.row().version();
    }

    private long importOne(String name, String code) throws Exception {
        List<List<String>> rows = List.of(HEADER, List.of("1", name, "转建测试公司" + suffix, code, "东区", "2018", ""));
        ColumnMapping mapping = new ColumnMapping(ColumnMapping.guess(Map.of(1, HEADER.get(1), 2, HEADER.get(2),
                3, HEADER.get(3), 4, HEADER.get(4), 5, HEADER.get(5))));
        EngineeringCenterImport.Result r = as(bureau, Role.BUREAU, () -> imports.start(CITY, "ENGINEERING_CENTER",
                xlsx(rows), mapping, p -> { })).result().get(60, TimeUnit.SECONDS);
        assertThat(r.problems()).isEmpty();
        return as(bureau, Role.BUREAU, () -> registry.list(EngineeringCenterFilter.ALL.withText(name),
                PageRequest.of(0, 1))).getFirst().id();
    }

    private String otherApplicant() {
        Unit other = units.save(new Unit("别家公司" + suffix, other("o"), "990101", clock.instant()));
        return as("root", Role.ADMIN, () -> users.create(new UserDraft("cvo" + suffix, "别家", null, null,
                Role.APPLICANT, null, other.getId())).user().getUsername());
    }

    private String other(String seed) {
        return TemplateSamples.creditCode(seed + suffix);
    }

    /** A minimal .xlsx: the first sheet with inline strings. */
    static byte[] xlsx(List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                        .append(cells.get(c).replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
