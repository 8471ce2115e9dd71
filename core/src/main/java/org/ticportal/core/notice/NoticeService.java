package org.ticportal.core.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.NoticePeriods;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.WorkingDays;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CjkFont;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The bureau's public notices (认定公示, art. 9(3) of the Xinzhou measures): bureau staff of a jurisdiction (and
 * administrators) build a notice from the applications of the jurisdiction waiting in the policy's notice stage and not
 * yet on a published notice, each with the official name the policy's naming rule gives it and its lead unit; then
 * publish it. Publishing counts the period in working days from the publication day by the policy's notice rules
 * (provisional where the calendar year is not loaded), dates every entry's notice by it (from the publication day) and
 * marks it published, which alone lets the portal close it once the period ended; and stores the notice as PDF and
 * DOCX from the policy's NOTICE template. Every change is audited ({@link AuditSubject#NOTICE}).
 *
 * <p>This class drafts and publishes notices; reading and listing them is {@link NoticeReader}'s.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    /** The most centers one notice lists. */
    public static final int MAX_ENTRIES = 100;

    private final PublicNoticeRepository notices;
    private final NoticeEntryRepository entries;
    private final NoticeAccess access;
    private final ApplicationService applications;
    private final ApplicationGrid applicationGrid;
    private final NoticePeriods periods;
    private final PolicyProviders providers;
    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final NoticeFiles files;
    private final Clock clock;
    private final @Nullable String font;

    NoticeService(PublicNoticeRepository notices, NoticeEntryRepository entries, NoticeAccess access,
                  ApplicationService applications, ApplicationGrid applicationGrid,
                  NoticePeriods periods, PolicyProviders providers, WorkingDayCalendar calendar, AuditService audit,
                  NoticeFiles files, Clock clock, @Value("${ticportal.pdf.font:}") @Nullable String font) {
        this.notices = notices;
        this.entries = entries;
        this.access = access;
        this.applications = applications;
        this.applicationGrid = applicationGrid;
        this.periods = periods;
        this.providers = providers;
        this.calendar = calendar;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
        this.font = font;
    }

    /**
     * The applications of the jurisdiction a notice can list: open, in a stage of the policy's notice kind, not on a
     * published notice yet.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<ApplicationRow> candidates(String jurisdictionCode) {
        access.requireJurisdiction(jurisdictionCode);
        ApplicationFilter filter = ApplicationFilter.ALL.withJurisdiction(jurisdictionCode)
                .withStageKind(StageKind.NOTICE).withOpenOnly(true);
        return applicationGrid.list(filter, PageRequest.of(0, MAX_ENTRIES)).getContent().stream()
                .filter(r -> !entries.isPublished(r.id())).toList();
    }

    /** Builds a draft notice; refused at the field when something is missing, or when an application is no candidate. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public NoticeSummary create(NoticeDraft draft) {
        access.requireJurisdiction(draft.jurisdictionCode());
        String title = draft.checked("title", "notice.title.required", draft.title(), 200);
        String phone = draft.checked("contactPhone", "notice.contactPhone.required", draft.contactPhone(), 100);
        String address = draft.checked("contactAddress", "notice.contactAddress.required",
                draft.contactAddress(), 300);
        List<Long> ids = draft.applicationIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            throw BusinessException.onField("entries", "notice.entries.required");
        }
        if (ids.size() > MAX_ENTRIES) {
            throw BusinessException.onField("entries", "notice.entries.tooMany", MAX_ENTRIES);
        }
        List<Long> allowed = candidates(draft.jurisdictionCode()).stream().map(ApplicationRow::id).toList();
        PublicNotice n = notices.saveAndFlush(new PublicNotice(draft.jurisdictionCode(), title, phone, address,
                clock.instant(), AuditService.currentActor()));
        int position = 0;
        for (Long id : ids) {
            ApplicationDetail d = applications.get(id);
            if (!allowed.contains(id)) {
                throw BusinessException.onField("entries", "notice.entry.notWaiting", d.row().referenceNo());
            }
            entries.save(new NoticeEntry(n, id, ++position, d.row().referenceNo(), centerName(d), leadUnit(d)));
        }
        entries.flush();
        audit.record(AuditSubject.NOTICE, n.getId().toString(), AuditAction.NOTICE_DRAFTED, null, n.getTitle(),
                ids.size() + " entries");
        return NoticeSummary.of(n, LocalDate.now(clock));
    }

    /**
     * Adds the applications a user ticked in 申报管理 to a draft notice (批量加入公示), after its entries, each checked
     * first: of the notice's jurisdiction, open and waiting in the policy's notice stage, on no published notice and not
     * on this one yet, and still at the version the user saw. All or nothing: the report lists every refused
     * application and why, and then nothing is added; otherwise all are, each audited.
     *
     * @param versions the applications' ids, in order, each with the version the user saw
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public BulkResult addAll(long id, Map<Long, Long> versions) {
        PublicNotice n = notices.lockById(id).orElseThrow(() -> new BusinessException("notice.notFound", id));
        access.requireScope(n);
        if (n.getState() != PublicNotice.State.DRAFT) {
            throw new BusinessException("notice.published", n.getTitle());
        }
        if (versions.isEmpty()) {
            throw new BusinessException("bulk.empty");
        }
        List<NoticeEntry> present = entries.findByNoticeIdOrderByPosition(id);
        if (present.size() + versions.size() > MAX_ENTRIES) {
            throw new BusinessException("notice.entries.tooMany", MAX_ENTRIES);
        }
        List<Long> listed = present.stream().map(NoticeEntry::getApplicationId).toList();
        List<BulkResult.Refusal> refused = new java.util.ArrayList<>();
        List<ApplicationDetail> accepted = new java.util.ArrayList<>();
        versions.forEach((applicationId, seen) -> {
            ApplicationDetail d;
            try {
                d = applications.get(applicationId);
            } catch (AccessDeniedException | BusinessException e) {
                refused.add(new BulkResult.Refusal(applicationId, "#" + applicationId, "bulk.notVisible"));
                return;
            }
            ApplicationRow row = d.row();
            String why = !row.jurisdictionCode().equals(n.getJurisdictionCode()) ? "notice.bulk.otherJurisdiction"
                    : seen != null && seen != row.version() ? "bulk.changed"
                    : row.closed() || row.stageKind() != StageKind.NOTICE ? "notice.bulk.notWaiting"
                    : entries.isPublished(applicationId) ? "notice.bulk.published"
                    : listed.contains(applicationId) ? "notice.bulk.listed" : null;
            if (why == null) {
                accepted.add(d);
            } else {
                refused.add(new BulkResult.Refusal(applicationId, row.referenceNo(), why, n.getTitle()));
            }
        });
        if (!refused.isEmpty()) {
            return BulkResult.refused(refused);
        }
        int position = present.stream().mapToInt(NoticeEntry::getPosition).max().orElse(0);
        for (ApplicationDetail d : accepted) {
            entries.save(new NoticeEntry(n, d.row().id(), ++position, d.row().referenceNo(), centerName(d),
                    leadUnit(d)));
            audit.record(AuditSubject.NOTICE, n.getId().toString(), AuditAction.NOTICE_ENTRY_ADDED, null,
                    d.row().referenceNo(), null);
        }
        entries.flush();
        return BulkResult.done(accepted.stream().map(d -> d.row().id()).toList());
    }

    /**
     * Publishes a draft: its period from today by the policy's notice rules and the working-day calendar, the same
     * period for every entry's application, and its PDF and DOCX from the policy's NOTICE template.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public NoticeSummary publish(long id, long expectedVersion) {
        PublicNotice n = notices.lockById(id).orElseThrow(() -> new BusinessException("notice.notFound", id));
        access.requireScope(n);
        if (n.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("notice " + id + " was changed by someone else");
        }
        if (n.getState() != PublicNotice.State.DRAFT) {
            throw new BusinessException("notice.published", n.getTitle());
        }
        List<NoticeEntry> list = entries.findByNoticeIdOrderByPosition(id);
        for (NoticeEntry e : list) {
            if (entries.isPublished(e.getApplicationId())) {
                throw new BusinessException("notice.entry.onAnother", e.getReferenceNo());
            }
        }
        LocalDate today = LocalDate.now(clock);
        var pin = applications.get(list.get(0).getApplicationId()).row().pin();
        NoticeRules rules = providers.read(pin, PolicyProvider::notice);
        WorkingDays.Period period = calendar.periodFor(today, rules.workingDays(), rules.publicationDayCounts());
        // public from today, objections accepted from today (a notice published on a Sunday counts from Monday, but
        // is read, and objected to, at once): the cases' notices start on the publication day
        for (NoticeEntry e : list) {
            periods.published(e.getApplicationId(), today, period.last(), period.provisional());
        }
        String template = providers.read(pin, NoticeService::noticeTemplate);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("centerNames", NoticeDocuments.centerLines(list));
        values.put("noticeStart", NoticeDocuments.day(period.first()));
        values.put("noticeEnd", NoticeDocuments.day(period.last())
                + (period.provisional() ? org.ticportal.core.common.CoreMessages.text("notice.provisionalMark").zh()
                : ""));
        values.put("contactPhone", n.getContactPhone());
        values.put("contactAddress", n.getContactAddress());
        values.put("publishDate", NoticeDocuments.day(today));
        String text = NoticeDocuments.fill(template, values);
        String pdf = files.store(NoticeDocuments.pdf(text, CjkFont.find(font)), "pdf", today);
        String docx = files.store(NoticeDocuments.docx(text), "docx", today);
        n.published(period.first(), period.last(), period.provisional(), pdf, docx, clock.instant(),
                AuditService.currentActor());
        notices.saveAndFlush(n);
        audit.record(AuditSubject.NOTICE, n.getId().toString(), AuditAction.NOTICE_PUBLISHED, PublicNotice.State.DRAFT.name(),
                PublicNotice.State.PUBLISHED.name(), period.first() + ".." + period.last()
                        + (period.provisional() ? " provisional" : ""));
        return NoticeSummary.of(n, today);
    }

    private String centerName(ApplicationDetail d) {
        Object core = d.values().get(FieldKeys.CORE_NAME);
        if (core instanceof String s && !s.isBlank()) {
            return providers.read(d.row().pin(), p -> p.naming().fullName(s));
        }
        return d.row().fullName() == null ? d.row().referenceNo() : d.row().fullName();
    }

    private static String leadUnit(ApplicationDetail d) {
        Object lead = d.values().get(FieldKeys.LEAD_UNIT_NAME);
        return lead instanceof String s && !s.isBlank() ? s : d.row().unitName();
    }

    /** The text of the policy's NOTICE template, read from its jar. */
    static String noticeTemplate(PolicyProvider p) {
        DocumentTemplate doc = p.documents().stream().filter(d -> d.kind() == DocumentTemplate.Kind.NOTICE)
                .findFirst().orElseThrow(() -> new BusinessException("notice.template.missing"));
        try (InputStream in = p.getClass().getClassLoader().getResourceAsStream(doc.resource())) {
            if (in == null) {
                throw new BusinessException("notice.template.missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
