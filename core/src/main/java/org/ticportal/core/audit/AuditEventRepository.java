package org.ticportal.core.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/**
 * The audit trail's store, append-only: it saves new events and reads them, and offers no update or delete (hence a
 * plain {@link Repository}, not a {@code JpaRepository}; {@link AuditEvent} is immutable too). The portal never
 * removes an audit row: the trail is kept indefinitely (the measures ask for at least six months); only restoring a
 * backup replaces the database as a whole.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    /** Appends a new event. */
    AuditEvent save(AuditEvent event);

    /** The events matching a filter, one page (routed to Spring Data's specification executor). */
    Page<AuditEvent> findAll(@Nullable Specification<AuditEvent> spec, Pageable pageable);

    /** How many events match a filter. */
    long count(@Nullable Specification<AuditEvent> spec);

    Page<AuditEvent> findBySubjectTypeAndSubjectId(String subjectType, String subjectId, Pageable pageable);
}
