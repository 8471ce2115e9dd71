package org.ticportal.core.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.user.KnownScope;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * The applications grid's queries, shaped for a table of a million rows (benchmark P1, {@code ApplicationGridBench}):
 * a page reads only the columns the grid shows (never the form data), the unit's name in the same statement, no count
 * per page, and a stable order (the id breaks ties in the direction of the last sort, so that an index on the sort
 * column, which InnoDB ends with the id, serves it).
 *
 * <p>The query is HQL text built from the shape of the request (the role, which filters are set, the sort), the
 * values as parameters: Hibernate's query plan cache, keyed by the text, translates each shape once. A criteria query
 * was translated again on every call, about 40 % of the query's time in the service. A remembered scope is checked in
 * the same statement ({@link KnownScope#accountJoin()}), so that a page is one statement.
 */
@Component
class ApplicationGridQueries {

    private static final String SELECT = "select a.id, a.version, a.referenceNo, a.policyId, a.pluginId,"
            + " a.pluginVersion, a.jurisdictionCode, u.name, a.recommendingBodyCode, a.channel, a.stage, a.stageKind,"
            + " a.stageDue, a.closed, a.fullName, a.centerType, a.submittedAt, a.updatedAt, a.callId"
            + " from RecognitionApplication a join a.unit u";
    /** A sort property: the application's, or the unit's ({@code unit.name}); nothing else reaches the HQL text. */
    private static final Pattern PROPERTY = Pattern.compile("(unit\\.)?[A-Za-z][A-Za-z0-9]*");

    /** From this offset on a page is read ids first ({@link #deferred}); the grid's first pages are one statement. */
    static final int DEFERRED_FROM = 1_000;

    private final EntityManager entityManager;

    ApplicationGridQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of the applications the scope sees, filtered; none when a remembered scope no longer holds. */
    List<ApplicationRow> page(KnownScope scope, ApplicationFilter filter, Pageable pageable) {
        String orders = orders(pageable.getSort());
        if (pageable.isPaged() && pageable.getOffset() >= DEFERRED_FROM) {
            return deferred(scope, filter, pageable, orders);
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder hql = new StringBuilder(600).append(SELECT).append(scope.accountJoin());
        where(hql, scope, filter, parameters);
        hql.append(" order by ").append(orders);
        var query = entityManager.createQuery(hql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        if (pageable.isPaged()) {
            query.setFirstResult((int) Math.min(Integer.MAX_VALUE, pageable.getOffset()));
            query.setMaxResults(pageable.getPageSize());
        }
        return rows(query.getResultList());
    }

    /**
     * A deep page, ids first: the page's ids alone (from an index that holds every column the scope's condition and
     * the order read, for a bureau's default order: V42), then their rows. Read whole, each row skipped on the way to
     * the offset was read from the table: 100,000 of them took 6 s at a million applications (benchmark P1).
     */
    private List<ApplicationRow> deferred(KnownScope scope, ApplicationFilter filter, Pageable pageable,
                                          String orders) {
        Map<String, Object> parameters = new HashMap<>();
        // the unit is every application's (a required reference): joined only when the filter or the order reads it
        StringBuilder hql = new StringBuilder(400).append("select a.id from RecognitionApplication a")
                .append(filter.searchesText() || (" " + orders).contains(" u.") ? " join a.unit u" : "")
                .append(scope.accountJoin());
        where(hql, scope, filter, parameters);
        hql.append(" order by ").append(orders);
        var ids = entityManager.createQuery(hql.toString(), Long.class);
        parameters.forEach(ids::setParameter);
        ids.setFirstResult((int) Math.min(Integer.MAX_VALUE, pageable.getOffset()));
        ids.setMaxResults(pageable.getPageSize());
        return byIds(ids.getResultList(), orders);
    }

    /** The rows of these applications (none missing from the table), in the sort's order. */
    List<ApplicationRow> byIds(List<Long> ids, Sort sort) {
        return byIds(ids, orders(sort));
    }

    private List<ApplicationRow> byIds(List<Long> ids, String orders) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(entityManager.createQuery(SELECT + " where a.id in :ids order by " + orders, Object[].class)
                .setParameter("ids", ids).getResultList());
    }

    private static void where(StringBuilder hql, KnownScope scope, ApplicationFilter filter,
                              Map<String, Object> parameters) {
        scope.bind(parameters::put);
        hql.append(" where ").append(ApplicationAccess.visibleHql(scope.scope(), parameters));
        filter.toHql(hql, parameters);
    }

    private static List<ApplicationRow> rows(List<Object[]> found) {
        List<ApplicationRow> rows = new ArrayList<>(found.size());
        for (Object[] t : found) {
            rows.add(new ApplicationRow((Long) t[0], ((Number) t[1]).longValue(), (String) t[2],
                    new PolicyPin((String) t[3], (String) t[4], (String) t[5]), (String) t[6], (String) t[7],
                    (String) t[8], (SubmissionChannel) t[9], (String) t[10], (StageKind) t[11], (LocalDate) t[12],
                    (Boolean) t[13], (String) t[14], (String) t[15], (Instant) t[16], (Instant) t[17],
                    (Long) t[18]));
        }
        return rows;
    }

    /** The sort orders by entity property ({@code unit.name} through the join), the id last as the tie-breaker. */
    private static String orders(Sort sort) {
        StringBuilder orders = new StringBuilder();
        Sort.Direction last = Sort.Direction.ASC;
        boolean byId = false;
        for (Sort.Order order : sort) {
            String property = order.getProperty();
            if (!PROPERTY.matcher(property).matches()) {
                throw new IllegalArgumentException("not a sort property of the applications grid: " + property);
            }
            orders.append(property.startsWith("unit.") ? "u." + property.substring("unit.".length()) : "a." + property)
                    .append(order.isAscending() ? " asc, " : " desc, ");
            last = order.getDirection();
            byId |= property.equals("id");
        }
        if (!byId) {
            orders.append(last.isAscending() ? "a.id asc" : "a.id desc");
        } else {
            orders.setLength(orders.length() - 2);
        }
        return orders.toString();
    }
}
