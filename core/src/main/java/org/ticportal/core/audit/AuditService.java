package org.ticportal.core.audit;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit trail. Recording joins the caller's transaction, so a change and its record commit or
 * roll back together.
 * <p>
 * The trail is append-only: the portal offers no way to edit or delete an event (its repository has no update or
 * delete, the entity is immutable) and keeps every event indefinitely, beyond the six months the measures ask for;
 * only restoring a backup replaces the database, trail included, with the backup's. The database enforces it too:
 * V40's triggers refuse any UPDATE of an audit row and the DELETE of one younger than six months. Every action is an
 * {@link AuditAction} (so each has a label on the audit screen), but for a policy's procedure step
 * ({@link #recordStep}). Administrators and auditors
 * (审计员) read it on the audit screen ({@link #search}); an auditor changes nothing, and a change an auditor would
 * record is refused here, rolling its transaction back, as a last line behind the services' own role checks.
 */
@Service
public class AuditService {

    /** The actor recorded when no user is logged in (start-up, scheduled work). */
    public static final String SYSTEM_ACTOR = "system";

    /** The columns the audit screen sorts by (the entity's properties). */
    public static final Set<String> SORTABLE = Set.of("occurredAt", "actor", "subjectType", "subjectId", "action");

    /**
     * What an auditor may record: their own account's events (login, password), the exports they take and their own
     * saved views of the audit screen.
     */
    private static final Set<AuditSubject> AUDITOR_RECORDS = EnumSet.of(AuditSubject.USER, AuditSubject.LOGIN_SOURCE,
            AuditSubject.EXPORT, AuditSubject.SAVED_VIEW);

    private static final String AUDITOR_AUTHORITY = "ROLE_AUDITOR";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event by the current user (or {@value #SYSTEM_ACTOR}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditSubject subject, String subjectId, AuditAction action,
                       @Nullable String fromState, @Nullable String toState, @Nullable String comment) {
        recordAs(currentActor(), subject, subjectId, action, fromState, toState, comment);
    }

    /** Records an event on behalf of a named actor, e.g. a user who is not yet authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, AuditSubject subject, String subjectId, AuditAction action,
                         @Nullable String fromState, @Nullable String toState, @Nullable String comment) {
        write(actor, subject, subjectId, action.code(), fromState, toState, comment);
    }

    /**
     * Records a step of a policy's procedure that an application took, by the current user: its action is the
     * transition's code as the policy names it (not an {@link AuditAction}); from and to are the stages.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordStep(String applicationId, String transitionCode, @Nullable String fromStage,
                           @Nullable String toStage, @Nullable String comment) {
        write(currentActor(), AuditSubject.APPLICATION, applicationId, transitionCode, fromStage, toStage, comment);
    }

    private void write(String actor, AuditSubject subject, String subjectId, String action,
                       @Nullable String fromState, @Nullable String toState, @Nullable String comment) {
        if (!AUDITOR_RECORDS.contains(subject) && currentUserIsAuditor()) {
            throw new AccessDeniedException("An auditor changes nothing: " + subject + " " + subjectId + " " + action);
        }
        events.save(new AuditEvent(clock.instant(), actor, subject.name(), subjectId, action, fromState, toState, comment));
    }

    /**
     * The events matching a filter, one page, sorted in the database by the page request's orders over
     * {@link #SORTABLE} columns (newest first when it gives none; other properties are ignored).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        return events.findAll(filter.toSpecification(clock.getZone()), sorted(pageable));
    }

    /** How many events match a filter. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.count(filter.toSpecification(clock.getZone()));
    }

    /** The history of one subject, newest first unless the page request sorts otherwise. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public Page<AuditEvent> history(AuditSubject subject, String subjectId, Pageable pageable) {
        return events.findBySubjectTypeAndSubjectId(subject.name(), subjectId, pageable);
    }

    /**
     * The history of one subject for the services that show it to the staff who manage it (e.g. a call's history to
     * the bureau); the calling service checks that the user may see the subject.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional(readOnly = true)
    public Page<AuditEvent> historyOf(AuditSubject subject, String subjectId, Pageable pageable) {
        return events.findBySubjectTypeAndSubjectId(subject.name(), subjectId, pageable);
    }

    /**
     * The history of one subject for a feature's service that has checked that the logged-in user may see the subject
     * (e.g. a unit's history for its county reviewer); views call that service, never this method.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<AuditEvent> historyInScope(AuditSubject subject, String subjectId, Pageable pageable) {
        return events.findBySubjectTypeAndSubjectId(subject.name(), subjectId, pageable);
    }

    /** The page request with its orders kept to the sortable columns, then newest first (id breaks ties). */
    private static Pageable sorted(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty()))
                .toList();
        Sort sort = Sort.by(orders).and(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    private static boolean currentUserIsAuditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> AUDITOR_AUTHORITY.equals(a.getAuthority()));
    }

    /** The name of the logged-in user, or {@value #SYSTEM_ACTOR}. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null || "anonymousUser".equals(auth.getName())) {
            return SYSTEM_ACTOR;
        }
        return auth.getName();
    }
}
