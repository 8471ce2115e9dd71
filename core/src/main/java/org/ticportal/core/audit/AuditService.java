package org.ticportal.core.audit;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit trail. Recording joins the caller's transaction, so a change and its record commit or
 * roll back together.
 */
@Service
public class AuditService {

    /** The actor recorded when no user is logged in (start-up, scheduled work). */
    public static final String SYSTEM_ACTOR = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event by the current user (or {@value #SYSTEM_ACTOR}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditSubject subject, String subjectId, String action,
                       @Nullable String fromState, @Nullable String toState, @Nullable String comment) {
        recordAs(currentActor(), subject, subjectId, action, fromState, toState, comment);
    }

    /** Records an event on behalf of a named actor, e.g. a user who is not yet authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, AuditSubject subject, String subjectId, String action,
                         @Nullable String fromState, @Nullable String toState, @Nullable String comment) {
        events.save(new AuditEvent(clock.instant(), actor, subject.name(), subjectId, action, fromState, toState, comment));
    }

    /** The history of one subject, newest first unless the page request sorts otherwise. */
    @PreAuthorize("hasRole('ADMIN')")
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

    /** The name of the logged-in user, or {@value #SYSTEM_ACTOR}. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null || "anonymousUser".equals(auth.getName())) {
            return SYSTEM_ACTOR;
        }
        return auth.getName();
    }
}
