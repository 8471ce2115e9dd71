package org.ticportal.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ticportal.core.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.MovableClock;
import org.ticportal.core.TemplateCenters;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Annual reports on real MariaDB, under the template policy (which ships an ANNUAL_REPORT form): the lead unit starts
 * the report of the year with the year and name filled in and fixed, a bad figure and a missing stamped report are
 * refused where they were typed and change nothing, a PNG passed off as the report is refused by its content, the
 * submitted report is read-only, the district returns it with a reason, the lead unit submits it again, and its figures
 * are what the evaluation reads; another unit and another district see nothing; a stale version is refused.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class AnnualReportIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
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
    AnnualReportService reports;
    @Autowired
    AnnualReportFiles files;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    MovableClock clock;

    private String suffix;
    private String applicant;
    private String otherApplicant;
    private String district;
    private String otherDistrict;
    private String bureau;
    private String creditCode;

    @BeforeEach
    void people() {
        clock.set(LocalDate.of(2026, 9, 24));
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix + "R");
        Unit unit = units.save(new Unit("年报测试公司" + suffix, creditCode, "990101", clock.instant()));
        Unit other = units.save(new Unit("年报他司" + suffix, TemplateSamples.creditCode(suffix + "S"), "990101",
                clock.instant()));
        as("root", Role.ADMIN, () -> {
            applicant = users.create(new UserDraft("rap" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            otherApplicant = users.create(new UserDraft("rao" + suffix, "他司", null, null, Role.APPLICANT, null,
                    other.getId())).user().getUsername();
            district = users.create(new UserDraft("rdi" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user().getUsername();
            otherDistrict = users.create(new UserDraft("rdo" + suffix, "西区审核", null, null, Role.COUNTY, "990102",
                    null)).user().getUsername();
            bureau = users.create(new UserDraft("rbu" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            return null;
        });
    }

    @Test
    void theLeadUnitReportsTheDistrictReturnsAndTheFiguresCount() {
        CenterRow center = new TemplateCenters(applications, checklist, publicNotices, notices, centers, clock)
                .recognise(TemplateSamples.uniqueCoreName(suffix), creditCode, applicant, district, bureau);
        long centerId = center.id();
        int year = LocalDate.now(clock).getYear();

        assertThat(as(applicant, Role.APPLICANT, () -> reports.asked(centerId))).isTrue();
        assertThat(as(applicant, Role.APPLICANT, () -> reports.yearsToStart(centerId))).containsExactly(year);
        assertThat(as(district, Role.COUNTY, () -> reports.yearsToStart(centerId))).isEmpty();
        assertThatThrownBy(() -> as(district, Role.COUNTY, () -> reports.start(centerId, year)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> reports.start(centerId, year - 1)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("report.yearRefused");

        AnnualReportRow started = as(applicant, Role.APPLICANT, () -> reports.start(centerId, year));
        assertThat(started.state()).isEqualTo(ReportState.DRAFT);
        AnnualReportDetail draft = as(applicant, Role.APPLICANT, () -> reports.get(started.id()));
        assertThat(draft.values()).containsEntry("annual.year", BigDecimal.valueOf(year))
                .containsEntry("annual.centerName", center.name());
        assertThat(as(applicant, Role.APPLICANT, () -> reports.yearsToStart(centerId))).isEmpty();

        // a bad figure is refused on its field, and nothing changes
        Map<String, Object> values = new HashMap<>(Map.of("annual.rdSpend", new BigDecimal("-1"),
                "annual.staffTotal", 12, "annual.patents", 3, "annual.truthful", true));
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> reports.save(started.id(), started.version(), values)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).getProblems())
                        .extracting(FieldProblem::fieldKey).containsExactly("annual.rdSpend"));
        assertThat(as(applicant, Role.APPLICANT, () -> reports.get(started.id())).row().version())
                .isEqualTo(started.version());

        // the year cannot be changed; the stamped report is required to submit
        values.put("annual.rdSpend", new BigDecimal("120.5"));
        values.put("annual.year", 2020);
        AnnualReportDetail saved = as(applicant, Role.APPLICANT,
                () -> reports.save(started.id(), started.version(), values));
        assertThat(saved.values()).containsEntry("annual.year", BigDecimal.valueOf(year))
                .containsEntry("annual.rdSpend", new BigDecimal("120.5"));
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> reports.submit(started.id(), saved.row().version(), values)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).getProblems())
                        .extracting(FieldProblem::fieldKey).containsExactly("annual.reportDocument"));

        // a PNG is not a PDF, whatever its name; the PDF is attached
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> files.upload(started.id(),
                "annual.reportDocument", "report.pdf", new ByteArrayInputStream(PNG))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("attachment.typeRefused");
        as(applicant, Role.APPLICANT, () -> files.upload(started.id(), "annual.reportDocument", "年度报告.pdf",
                new ByteArrayInputStream(PDF)));
        assertThat(as(district, Role.COUNTY, () -> files.list(started.id(), "annual.reportDocument")))
                .extracting(f -> f.getOriginalName()).containsExactly("年度报告.pdf");

        long afterUpload = as(applicant, Role.APPLICANT, () -> reports.get(started.id())).row().version();
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> reports.submit(started.id(), saved.row().version(), values)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        AnnualReportDetail submitted = as(applicant, Role.APPLICANT,
                () -> reports.submit(started.id(), afterUpload, values));
        assertThat(submitted.row().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(submitted.row().submittedBy()).isEqualTo(applicant);
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT,
                () -> reports.save(started.id(), submitted.row().version(), values)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("report.submitted");
        assertThatThrownBy(() -> as(applicant, Role.APPLICANT, () -> files.upload(started.id(),
                "annual.reportDocument", "again.pdf", new ByteArrayInputStream(PDF))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("report.submitted");

        // scope: another unit and another district see nothing
        assertThat(as(otherApplicant, Role.APPLICANT, () -> reports.count(AnnualReportFilter.ALL))).isZero();
        assertThatThrownBy(() -> as(otherApplicant, Role.APPLICANT, () -> reports.get(started.id())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("report.notFound");
        assertThat(as(otherDistrict, Role.COUNTY, () -> reports.count(AnnualReportFilter.ALL.withText(center.name()))))
                .isZero();
        assertThat(as(district, Role.COUNTY, () -> reports.list(AnnualReportFilter.ALL.withText(center.name())
                .withYear(year).withState(ReportState.SUBMITTED), PageRequest.of(0, 10))))
                .extracting(AnnualReportRow::id).containsExactly(started.id());
        assertThat(as(bureau, Role.BUREAU, () -> reports.count(AnnualReportFilter.ALL.withText(center.name())
                .withState(ReportState.DRAFT)))).isZero();

        // the district returns it, with a reason
        assertThatThrownBy(() -> as(district, Role.COUNTY,
                () -> reports.giveBack(started.id(), submitted.row().version(), " ")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("report.reasonRequired");
        AnnualReportDetail returned = as(district, Role.COUNTY,
                () -> reports.giveBack(started.id(), submitted.row().version(), "研发经费与审计报告不符"));
        assertThat(returned.row().state()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.row().returnedReason()).isEqualTo("研发经费与审计报告不符");
        assertThat(as(applicant, Role.APPLICANT, () -> reports.figures(centerId))).isEmpty();

        values.put("annual.rdSpend", new BigDecimal("98"));
        AnnualReportDetail again = as(applicant, Role.APPLICANT,
                () -> reports.submit(started.id(), returned.row().version(), values));
        assertThat(again.row().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(again.row().returnedReason()).isNull();

        List<ReportFigure> figures = as(bureau, Role.BUREAU, () -> reports.figures(centerId));
        assertThat(figures).extracting(ReportFigure::year, ReportFigure::fieldKey, ReportFigure::value, ReportFigure::unit)
                .contains(tuple(year, "annual.rdSpend", new BigDecimal("98"), "万元"),
                        tuple(year, "annual.patents", new BigDecimal("3"), "件"));
        assertThat(figures).extracting(ReportFigure::fieldKey).doesNotContain("annual.year");

        List<AuditEvent> history = as(applicant, Role.APPLICANT, () -> reports.history(started.id(),
                PageRequest.of(0, 20, Sort.by("occurredAt", "id")))).getContent();
        assertThat(history).extracting(AuditEvent::getAction, AuditEvent::getFromState, AuditEvent::getToState)
                .containsSubsequence(tuple("REPORT_STARTED", null, "DRAFT"),
                        tuple("REPORT_SUBMITTED", "DRAFT", "SUBMITTED"),
                        tuple("REPORT_RETURNED", "SUBMITTED", "RETURNED"),
                        tuple("REPORT_SUBMITTED", "RETURNED", "SUBMITTED"));
        assertThat(as(district, Role.COUNTY, () -> reports.ofCenter(centerId))).extracting(AnnualReportRow::year)
                .containsExactly(year);
    }
}
