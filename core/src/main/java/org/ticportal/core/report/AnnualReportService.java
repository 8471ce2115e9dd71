package org.ticportal.core.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.Json;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterFacts;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.CurrentForm;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.form.FormValidator;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * Annual reports (年度报告) of recognised centers, where the center's policy asks for them by shipping an
 * {@code ANNUAL_REPORT} form: the lead unit starts the report of a year (from the year of recognition to the current
 * one; the year and name fixed, type, lead unit, supervising body and director proposed from the profile in force), saves drafts and submits it, checked against the form as the application is; the supervising body or the bureau
 * returns a submitted report for a revision with a reason. The figures of submitted reports (the form's number fields)
 * are what the evaluation reads ({@link #figures}). Reports are paged and filtered in the database within the user's
 * scope, every change of state is recorded, and every change checks the version the user saw.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportService {

    private static final Set<String> SORTABLE = Set.of("centerName", "year", "state", "submittedAt", "updatedAt");
    private static final Set<String> FIXED = Set.of(FieldKeys.ANNUAL_REPORT_YEAR, FieldKeys.ANNUAL_REPORT_CENTER_NAME);

    private final AnnualReportRepository reports;
    private final AnnualReportFileRepository files;
    private final ReportAccess access;
    private final CenterService centers;
    private final CenterProfileService profiles;
    private final FormService forms;
    private final FormVersionService formVersions;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    AnnualReportService(AnnualReportRepository reports, AnnualReportFileRepository files, ReportAccess access,
                        CenterService centers, CenterProfileService profiles, FormService forms, FormVersionService formVersions, UserService users,
                        AuditService audit, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.access = access;
        this.centers = centers;
        this.profiles = profiles;
        this.forms = forms;
        this.formVersions = formVersions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the center's policy asks for annual reports (it ships an {@code ANNUAL_REPORT} form). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public boolean asked(long centerId) {
        return forms.hasForm(centers.facts(centerId).pin(), DocumentTemplate.ANNUAL_REPORT_FORM);
    }

    /**
     * The years the center's lead unit may start a report for now: from the year of recognition to the current year,
     * those without a report yet, latest first; empty for anyone else, for a revoked center, or where the policy asks
     * for no reports.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<Integer> yearsToStart(long centerId) {
        CenterFacts center = centers.facts(centerId);
        AccessScope scope = users.currentScope();
        if (scope.role() != Role.APPLICANT || scope.unitId() == null || scope.unitId() != center.unitId()
                || center.status() == CenterStatus.REVOKED
                || !forms.hasForm(center.pin(), DocumentTemplate.ANNUAL_REPORT_FORM)) {
            return List.of();
        }
        Set<Integer> started = Set.copyOf(reports.findByCenterIdOrderByYearDesc(centerId).stream()
                .map(AnnualReport::getYear).toList());
        int now = LocalDate.now(clock).getYear();
        return IntStream.iterate(now, y -> y >= center.recognizedOn().getYear(), y -> y - 1).boxed()
                .filter(y -> !started.contains(y)).toList();
    }

    /** Starts the report of a year for the user's own center, on the form in force for the center's policy. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public AnnualReportRow start(long centerId, int year) {
        if (!yearsToStart(centerId).contains(year)) {
            throw BusinessException.onField("year", "report.yearRefused", year);
        }
        CenterFacts center = centers.facts(centerId);
        CurrentForm form = formVersions.current(center.pin(), DocumentTemplate.ANNUAL_REPORT_FORM);
        AnnualReport r = new AnnualReport(center, year, center.pin(), form.versionId(), AuditService.currentActor(),
                clock.instant());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(FieldKeys.ANNUAL_REPORT_YEAR, BigDecimal.valueOf(year));
        values.put(FieldKeys.ANNUAL_REPORT_CENTER_NAME, center.name());
        profiles.versions(centerId).stream().findFirst().map(CenterProfileVersion::profile).ifPresent(p -> {
            putIfPresent(values, FieldKeys.ANNUAL_REPORT_CENTER_TYPE, p.typeCode());
            putIfPresent(values, FieldKeys.ANNUAL_REPORT_LEAD_UNIT_NAME, p.leadUnitName());
            putIfPresent(values, FieldKeys.ANNUAL_REPORT_SUPERVISING_BODY, p.supervisingBodyCode());
            putIfPresent(values, FieldKeys.ANNUAL_REPORT_DIRECTOR, p.director());
        });
        r.write(Json.write(FormValidator.clean(form.definition(), values)), clock.instant());
        AnnualReport saved = reports.saveAndFlush(r);
        audit.record(AuditSubject.ANNUAL_REPORT, saved.getId().toString(), AuditAction.REPORT_STARTED, null,
                ReportState.DRAFT.name(), center.name() + " " + year);
        return AnnualReportRow.of(saved);
    }

    /** A report the user may see, with its values. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public AnnualReportDetail get(long id) {
        AnnualReport r = access.visible(id);
        return detail(r);
    }

    /** The form the report is filled in on (the policy's, or the administrators' version published when it started). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public FormDefinition form(long id) {
        return definition(access.visible(id));
    }

    /** The fields the portal fills and nobody changes: the year and the center's name. */
    public static Set<String> fixedFields() {
        return FIXED;
    }

    /** Saves a draft: the values are checked as far as they go (nothing is required yet). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public AnnualReportDetail save(long id, long expectedVersion, Map<String, ?> input) {
        AnnualReport r = access.ownEditable(id);
        checkVersion(r, expectedVersion);
        r.write(Json.write(checked(r, input, false)), clock.instant());
        return detail(reports.saveAndFlush(r));
    }

    /** Submits the report: every required field filled in and every file attached, else nothing changes. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public AnnualReportDetail submit(long id, long expectedVersion, Map<String, ?> input) {
        AnnualReport r = access.ownEditable(id);
        checkVersion(r, expectedVersion);
        ReportState before = r.getState();
        r.submit(Json.write(checked(r, input, true)), AuditService.currentActor(), clock.instant());
        AnnualReport saved = reports.saveAndFlush(r);
        audit.record(AuditSubject.ANNUAL_REPORT, saved.getId().toString(), AuditAction.REPORT_SUBMITTED, before.name(),
                ReportState.SUBMITTED.name(), saved.getCenterName() + " " + saved.getYear());
        return detail(saved);
    }

    /** Returns a submitted report to the lead unit for a revision; the supervising body or the bureau, with a reason. */
    @PreAuthorize("hasAnyRole('BUREAU', 'COUNTY')")
    @Transactional
    public AnnualReportDetail giveBack(long id, long expectedVersion, @Nullable String reason) {
        AnnualReport r = access.visible(id);
        checkVersion(r, expectedVersion);
        if (r.getState() != ReportState.SUBMITTED) {
            throw new BusinessException("report.notSubmitted", r.getYear());
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "report.reasonRequired");
        }
        String text = reason.strip();
        if (text.length() > 2000) {
            throw BusinessException.onField("reason", "report.reasonTooLong", 2000);
        }
        r.giveBack(text, clock.instant());
        AnnualReport saved = reports.saveAndFlush(r);
        audit.record(AuditSubject.ANNUAL_REPORT, saved.getId().toString(), AuditAction.REPORT_RETURNED,
                ReportState.SUBMITTED.name(), ReportState.RETURNED.name(), text);
        return detail(saved);
    }

    /** One page of the reports the user may see, newest years first unless sorted otherwise. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<AnnualReportRow> list(AnnualReportFilter filter, Pageable pageable) {
        return reports.findAll(filter.toSpecification(users.currentScope()), sortable(pageable))
                .map(AnnualReportRow::of).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long count(AnnualReportFilter filter) {
        return reports.count(filter.toSpecification(users.currentScope()));
    }

    /** A center's reports, latest year first, for those who may see the center. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<AnnualReportRow> ofCenter(long centerId) {
        centers.facts(centerId);
        return reports.findByCenterIdOrderByYearDesc(centerId).stream().map(AnnualReportRow::of).toList();
    }

    /**
     * The figures of a center's submitted reports, by year: every top-level number field of the report's form but
     * the year, with its label and unit. What the evaluation reads of a center's reports.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<ReportFigure> figures(long centerId) {
        centers.facts(centerId);
        return figuresInScope(centerId);
    }

    /**
     * The figures of a center's submitted reports for a feature's service that has checked that the user may see the
     * center's case (e.g. an expert drawn onto its evaluation, who does not see the center itself); views call that
     * service, never this method.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ReportFigure> figuresInScope(long centerId) {
        List<ReportFigure> figures = new ArrayList<>();
        for (AnnualReport r : reports.findByCenterIdAndStateOrderByYear(centerId, ReportState.SUBMITTED)) {
            Map<String, Object> values = Json.values(r.getValues());
            for (FormField f : definition(r).fields().toList()) {
                if ((f.type() == FieldType.NUMBER || f.type() == FieldType.COMPUTED)
                        && !f.key().equals(FieldKeys.ANNUAL_REPORT_YEAR) && !f.key().contains("[")
                        && values.get(f.key()) instanceof BigDecimal value) {
                    figures.add(new ReportFigure(r.getYear(), f.key(), f.label(), f.unit(), value));
                }
            }
        }
        return figures;
    }

    /** The report's changes of state: started, submitted, returned (with the reason), oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public Page<AuditEvent> history(long id, Pageable pageable) {
        access.visible(id);
        return audit.historyInScope(AuditSubject.ANNUAL_REPORT, Long.toString(id), pageable);
    }

    /** The values to store: cleaned, the fixed fields kept, the files as attached; refused with every problem. */
    private Map<String, Object> checked(AnnualReport r, Map<String, ?> input, boolean complete) {
        FormDefinition form = definition(r);
        Map<String, Object> stored = Json.values(r.getValues());
        Map<String, Object> values = new LinkedHashMap<>(input);
        FIXED.forEach(key -> {
            if (stored.containsKey(key)) {
                values.put(key, stored.get(key));
            }
        });
        for (FormField f : form.fields().toList()) {
            if (f.type() == FieldType.ATTACHMENT) {
                List<String> ids = files.findByReportIdAndFieldKeyAndDeletedAtIsNullOrderByUploadedAt(r.getId(),
                        f.key()).stream().map(x -> x.getId().toString()).toList();
                values.put(f.key(), ids.isEmpty() ? null : ids);
            }
        }
        Map<String, Object> clean = FormValidator.clean(form, values);
        List<FieldProblem> problems = FormValidator.check(form, clean,
                FormValidator.keeping(forms.choices(r.pin()), form, stored), complete);
        if (!problems.isEmpty()) {
            throw new FormValidationException(problems);
        }
        return clean;
    }

    FormDefinition definition(AnnualReport r) {
        return formVersions.definition(r.pin(), DocumentTemplate.ANNUAL_REPORT_FORM, r.getFormVersionId());
    }

    private AnnualReportDetail detail(AnnualReport r) {
        return new AnnualReportDetail(AnnualReportRow.of(r), Json.values(r.getValues()), r.pin());
    }

    private static void putIfPresent(Map<String, Object> values, String key, @Nullable Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static void checkVersion(AnnualReport r, long expectedVersion) {
        if (r.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("annual report " + r.getId() + " was changed by someone else");
        }
    }

    private static Pageable sortable(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        sort = sort.isUnsorted() ? Sort.by(Sort.Order.desc("year"), Sort.Order.asc("centerName"), Sort.Order.asc("id"))
                : sort.and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 200), sort);
    }
}
