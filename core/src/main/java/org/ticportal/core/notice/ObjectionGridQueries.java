package org.ticportal.core.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * 异议管理's queries: the objections of the notices in a scope, each with its notice's title and the center objected
 * to, read in one statement (the notice and the entry joined by their ids), filtered, sorted and paged in the
 * database, the id last in the order so that pages are stable.
 */
@Component
class ObjectionGridQueries {

    private final EntityManager entityManager;

    ObjectionGridQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One page of rows.
     *
     * @param scopeJurisdiction the bureau user's jurisdiction, or {@code null} for every one
     * @param personal          whether the objector's name is shown whole (and searched)
     */
    List<ObjectionRow> page(ObjectionFilter filter, @Nullable String scopeJurisdiction, boolean personal,
                            Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Objection> o = query.from(Objection.class);
        Joined j = join(o, cb);
        query.multiselect(o.get("id"), o.get("noticeId"), j.notice().get("title"), j.notice().get("jurisdictionCode"),
                o.get("applicationId"), j.entry().get("referenceNo"), j.entry().get("centerName"),
                j.entry().get("leadUnit"), o.get("kind"), o.get("objectorName"), o.get("content"), o.get("filedAt"),
                o.get("filedOn"), o.get("state"), o.get("handledBy"), o.get("handledAt"));
        query.where(where(filter, scopeJurisdiction, personal, o, j, cb));
        query.orderBy(orders(pageable.getSort(), o, j, cb));
        var typed = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult((int) Math.min(Integer.MAX_VALUE, pageable.getOffset()));
            typed.setMaxResults(pageable.getPageSize());
        }
        List<ObjectionRow> rows = new ArrayList<>();
        for (Tuple t : typed.getResultList()) {
            String name = t.get(9, String.class);
            rows.add(new ObjectionRow(t.get(0, Long.class), t.get(1, Long.class), t.get(2, String.class),
                    t.get(3, String.class), t.get(4, Long.class), t.get(5, String.class), t.get(6, String.class),
                    t.get(7, String.class), t.get(8, Objection.Kind.class), personal ? name : ObjectionView.mask(name),
                    t.get(10, String.class), t.get(11, Instant.class), t.get(12, LocalDate.class),
                    t.get(13, Objection.State.class), t.get(14, String.class), t.get(15, Instant.class), personal));
        }
        return rows;
    }

    /** The number of rows of the filter in the scope. */
    long count(ObjectionFilter filter, @Nullable String scopeJurisdiction, boolean personal) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Objection> o = query.from(Objection.class);
        Joined j = join(o, cb);
        query.select(cb.count(o));
        query.where(where(filter, scopeJurisdiction, personal, o, j, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The objection's notice and entry, joined by the ids the objection keeps. */
    private record Joined(Join<Objection, PublicNotice> notice, Join<Objection, NoticeEntry> entry) {
    }

    private static Joined join(Root<Objection> o, CriteriaBuilder cb) {
        Join<Objection, PublicNotice> notice = o.join(PublicNotice.class);
        notice.on(cb.equal(notice.get("id"), o.get("noticeId")));
        Join<Objection, NoticeEntry> entry = o.join(NoticeEntry.class);
        entry.on(cb.equal(entry.get("id"), o.get("entryId")));
        return new Joined(notice, entry);
    }

    private static Predicate where(ObjectionFilter filter, @Nullable String scopeJurisdiction, boolean personal,
                                   Root<Objection> o, Joined j, CriteriaBuilder cb) {
        List<Predicate> p = new ArrayList<>();
        if (scopeJurisdiction != null) {
            p.add(cb.equal(j.notice().get("jurisdictionCode"), scopeJurisdiction));
        }
        String text = filter.text();
        if (text != null && !text.isBlank()) {
            String like = NoticeFilter.like(text);
            List<Predicate> any = new ArrayList<>(List.of(cb.like(j.notice().get("title"), like, '\\'),
                    cb.like(j.entry().get("centerName"), like, '\\'),
                    cb.like(j.entry().get("referenceNo"), like, '\\'),
                    cb.like(j.entry().get("leadUnit"), like, '\\'),
                    cb.like(o.get("content"), like, '\\')));
            if (personal) {
                // only who sees the objector's name finds objections by it
                any.add(cb.like(o.get("objectorName"), like, '\\'));
            }
            p.add(cb.or(any.toArray(Predicate[]::new)));
        }
        if (filter.noticeId() != null) {
            p.add(cb.equal(o.get("noticeId"), filter.noticeId()));
        }
        if (filter.state() != null) {
            p.add(cb.equal(o.get("state"), filter.state()));
        }
        if (filter.filedFrom() != null) {
            p.add(cb.greaterThanOrEqualTo(o.get("filedOn"), filter.filedFrom()));
        }
        if (filter.filedTo() != null) {
            p.add(cb.lessThanOrEqualTo(o.get("filedOn"), filter.filedTo()));
        }
        return cb.and(p.toArray(Predicate[]::new));
    }

    /**
     * The sort orders by property: {@code notice.…} of the notice, {@code entry.…} of the center's entry, any other
     * of the objection; the id last as the tie-breaker.
     */
    private static List<Order> orders(Sort sort, Root<Objection> o, Joined j, CriteriaBuilder cb) {
        List<Order> orders = new ArrayList<>();
        Sort.Direction last = Sort.Direction.DESC;
        boolean byId = false;
        for (Sort.Order order : sort) {
            String property = order.getProperty();
            Path<?> path = property.startsWith("notice.") ? j.notice().get(property.substring("notice.".length()))
                    : property.startsWith("entry.") ? j.entry().get(property.substring("entry.".length()))
                    : o.get(property);
            orders.add(order.isAscending() ? cb.asc(path) : cb.desc(path));
            last = order.getDirection();
            byId |= property.equals("id");
        }
        if (!byId) {
            orders.add(last.isAscending() ? cb.asc(o.get("id")) : cb.desc(o.get("id")));
        }
        return orders;
    }
}
