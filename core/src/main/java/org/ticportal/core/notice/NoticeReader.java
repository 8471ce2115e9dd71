package org.ticportal.core.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;

/**
 * Reading the bureau's public notices (认定公示, art. 9(3) of the Xinzhou measures) within the user's scope: 公示管理's
 * grid, the published notices 异议管理 filters by, one notice with its centers and its history. Bureau staff see the
 * notices of their jurisdiction, administrators every one; drafting and publishing is {@link NoticeService}'s.
 */
@Service
@Transactional(readOnly = true)
public class NoticeReader {

    private final PublicNoticeRepository notices;
    private final NoticeEntryRepository entries;
    private final ObjectionRepository objections;
    private final NoticeAccess access;
    private final JurisdictionPolicyService jurisdictions;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    NoticeReader(PublicNoticeRepository notices, NoticeEntryRepository entries, ObjectionRepository objections,
                 NoticeAccess access, JurisdictionPolicyService jurisdictions, UserService users, AuditService audit,
                 Clock clock) {
        this.notices = notices;
        this.entries = entries;
        this.objections = objections;
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the notices of the user's jurisdiction (every jurisdiction for administrators). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<NoticeSummary> list(Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return notices.findInScope(access.scopeJurisdiction(), pageable).map(n -> NoticeSummary.of(n, today));
    }

    /**
     * One page of 公示管理's grid: the notices of the filter in the user's jurisdiction (every jurisdiction for
     * administrators), filtered and sorted in the database (the id breaks ties), each with the number of its centers
     * and objections, counted for the whole page by two grouped queries.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<NoticeRow> list(NoticeFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Sort sort = pageable.getSort();
        if (sort.getOrderFor("id") == null) {
            Sort.Direction last = sort.stream().reduce((a, b) -> b).map(Sort.Order::getDirection)
                    .orElse(Sort.Direction.DESC);
            sort = sort.and(Sort.by(last, "id"));
        }
        Pageable ordered = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        List<PublicNotice> page = notices.findAll(filter.toSpecification(access.scopeJurisdiction(), today,
                clock.getZone()), ordered).getContent();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(PublicNotice::getId).toList();
        Map<Long, Long> entryCounts = new HashMap<>();
        for (Object[] r : entries.countByNotices(ids)) {
            entryCounts.put((Long) r[0], ((Number) r[1]).longValue());
        }
        Map<Long, long[]> objectionCounts = new HashMap<>();
        for (Object[] r : objections.countByNotices(ids)) {
            objectionCounts.put((Long) r[0], new long[] {((Number) r[1]).longValue(),
                    r[2] == null ? 0 : ((Number) r[2]).longValue()});
        }
        return page.stream().map(n -> {
            long[] o = objectionCounts.getOrDefault(n.getId(), new long[2]);
            return new NoticeRow(NoticeSummary.of(n, today), n.getCreatedAt(), n.getPublishedAt(),
                    entryCounts.getOrDefault(n.getId(), 0L), o[0], o[1]);
        }).toList();
    }

    /** The number of notices of the filter in the user's jurisdiction (every jurisdiction for administrators). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long count(NoticeFilter filter) {
        return notices.count(filter.toSpecification(access.scopeJurisdiction(), LocalDate.now(clock),
                clock.getZone()));
    }

    /**
     * The published notices (running or ended) of the user's jurisdiction, latest published first, at most
     * {@code limit}: the choices of 异议管理's notice filter.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<NoticeSummary> published(int limit) {
        LocalDate today = LocalDate.now(clock);
        PageRequest page = PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "publishedAt", "id"));
        String scope = access.scopeJurisdiction();
        return (scope == null ? notices.findPublished(page) : notices.findPublishedIn(scope, page))
                .map(n -> NoticeSummary.of(n, today)).getContent();
    }

    /** The jurisdictions whose notices (and objections) the user manages: those the user's scope covers. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<Jurisdiction> managedJurisdictions() {
        AccessScope scope = users.currentScope();
        return jurisdictions.jurisdictions().stream().filter(j -> scope.coversJurisdiction(j.code())).toList();
    }

    /** A notice of the user's jurisdiction. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public NoticeSummary get(long id) {
        return NoticeSummary.of(access.managed(id), LocalDate.now(clock));
    }

    /** The centers on a notice of the user's jurisdiction, in order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<NoticeLine> lines(long id) {
        access.managed(id);
        return entries.findByNoticeIdOrderByPosition(id).stream().map(NoticeLine::of).toList();
    }

    /** The notice's history: drafted, published, objections filed and handled. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<AuditEvent> history(long id, Pageable pageable) {
        access.managed(id);
        return audit.historyOf(AuditSubject.NOTICE, Long.toString(id), pageable);
    }
}
