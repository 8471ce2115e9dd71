package org.ticportal.core.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the audit screen (审计记录) looks for; blank fields do not filter. Every field is matched in the database on an
 * indexed column (see {@code V34__audit_search_indexes.sql}).
 *
 * @param actor     the user who made the change: their user name, or its beginning
 * @param subject   the kind of record changed (申报, 技术创新中心, 用户 …)
 * @param subjectId the record's id, exactly
 * @param action    what was done: an action's code exactly (an {@link AuditAction}'s, or a policy step's)
 * @param from      the first day (in the portal's zone) of the period, inclusive
 * @param to        the last day of the period, inclusive; never before {@code from}
 */
public record AuditFilter(@Nullable String actor, @Nullable AuditSubject subject, @Nullable String subjectId,
                          @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

    /** No filter: the whole trail. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        subjectId = blankToNull(subjectId);
        action = blankToNull(action);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The history of one record, e.g. a center's (its screen's 审计记录 button). */
    public static AuditFilter of(AuditSubject subject, String subjectId) {
        return new AuditFilter(null, subject, subjectId, null, null, null);
    }

    public AuditFilter withActor(@Nullable String newActor) {
        return new AuditFilter(newActor, subject, subjectId, action, from, to);
    }

    public AuditFilter withSubject(@Nullable AuditSubject newSubject) {
        return new AuditFilter(actor, newSubject, subjectId, action, from, to);
    }

    public AuditFilter withSubjectId(@Nullable String newSubjectId) {
        return new AuditFilter(actor, subject, newSubjectId, action, from, to);
    }

    public AuditFilter withAction(@Nullable String newAction) {
        return new AuditFilter(actor, subject, subjectId, newAction, from, to);
    }

    /** The period from one day to another, both inclusive. */
    public AuditFilter withPeriod(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
        return new AuditFilter(actor, subject, subjectId, action, newFrom, newTo);
    }

    /** The filter as a query on {@link AuditEvent}, the days taken in {@code zone}. */
    Specification<AuditEvent> toSpecification(ZoneId zone) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (actor != null) {
                where.add(cb.like(root.get("actor"), startsWith(actor), '\\'));
            }
            if (subject != null) {
                where.add(cb.equal(root.get("subjectType"), subject.name()));
            }
            if (subjectId != null) {
                where.add(cb.equal(root.get("subjectId"), subjectId));
            }
            if (action != null) {
                where.add(cb.equal(root.get("action"), action));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(zone).toInstant()));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String startsWith(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
