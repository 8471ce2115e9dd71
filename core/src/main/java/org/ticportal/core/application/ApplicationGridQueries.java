package org.ticportal.core.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * <p>The queries are plain SQL through {@link JdbcTemplate}, built from the shape of the request (the role, which
 * filters are set, the sort) with the values as parameters, and the rows read straight into {@link ApplicationRow}s:
 * the same statement through Hibernate (HQL, a session opened and closed per query, its result tuples converted) took
 * twice the raw statement's time, most of a page's time in the service. A remembered scope is checked in the same
 * statement ({@link KnownScope#accountJoin()}), so that a page is one statement. JDBC does not flush Hibernate's
 * persistence context first: no caller changes applications in its transaction before it asks for a page.
 */
@Component
class ApplicationGridQueries {

    private static final String SELECT = "select a.id, a.version, a.reference_no, a.policy_id, a.plugin_id,"
            + " a.plugin_version, a.jurisdiction_code, u.name, a.recommending_body_code, a.channel, a.stage,"
            + " a.stage_kind, a.stage_due, a.closed, a.full_name, a.center_type, a.submitted_at, a.updated_at,"
            + " a.call_id from recognition_application a join unit u on u.id = a.unit_id";
    /** The properties a page may be sorted by (the grid's and the API's sortable columns) and their columns. */
    private static final Map<String, String> SORTS = Map.ofEntries(Map.entry("id", "a.id"),
            Map.entry("referenceNo", "a.reference_no"), Map.entry("fullName", "a.full_name"),
            Map.entry("unit.name", "u.name"), Map.entry("policyId", "a.policy_id"), Map.entry("callId", "a.call_id"),
            Map.entry("stage", "a.stage"), Map.entry("stageDue", "a.stage_due"),
            Map.entry("submittedAt", "a.submitted_at"), Map.entry("updatedAt", "a.updated_at"),
            Map.entry("jurisdictionCode", "a.jurisdiction_code"), Map.entry("centerType", "a.center_type"),
            Map.entry("recommendingBodyCode", "a.recommending_body_code"), Map.entry("closed", "a.closed"));
    /** Hibernate stores an {@link Instant} as its UTC time in a {@code DATETIME}: read back the same way. */
    private static final ThreadLocal<Calendar> UTC = ThreadLocal.withInitial(
            () -> Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC)));

    /** From this offset on a page is read ids first ({@link #deferred}); the grid's first pages are one statement. */
    static final int DEFERRED_FROM = 1_000;

    private final JdbcTemplate jdbc;

    ApplicationGridQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the applications the scope sees, filtered; none when a remembered scope no longer holds. */
    List<ApplicationRow> page(KnownScope scope, ApplicationFilter filter, Pageable pageable) {
        String orders = orders(pageable.getSort());
        if (pageable.isPaged() && pageable.getOffset() >= DEFERRED_FROM) {
            return deferred(scope, filter, pageable, orders);
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(700).append(SELECT).append(scope.accountJoin());
        where(sql, scope, filter, parameters);
        sql.append(" order by ").append(orders);
        limit(sql, pageable, parameters);
        return jdbc.query(sql.toString(), ApplicationGridQueries::row, parameters.toArray());
    }

    /**
     * A deep page, ids first: the page's ids alone (from an index that holds every column the scope's condition and
     * the order read, for a bureau's default order: V42), then their rows. Read whole, each row skipped on the way to
     * the offset was read from the table: 100,000 of them took 6 s at a million applications (benchmark P1).
     */
    private List<ApplicationRow> deferred(KnownScope scope, ApplicationFilter filter, Pageable pageable,
                                          String orders) {
        List<Object> parameters = new ArrayList<>();
        // the unit is every application's (a required reference): joined only when the filter or the order reads it
        StringBuilder sql = new StringBuilder(500).append("select a.id from recognition_application a")
                .append(filter.searchesText() || (" " + orders).contains(" u.") ? " join unit u on u.id = a.unit_id"
                        : "")
                .append(scope.accountJoin());
        where(sql, scope, filter, parameters);
        sql.append(" order by ").append(orders);
        limit(sql, pageable, parameters);
        return byIds(jdbc.queryForList(sql.toString(), Long.class, parameters.toArray()), orders);
    }

    /** The rows of these applications (none missing from the table), in the sort's order. */
    List<ApplicationRow> byIds(List<Long> ids, Sort sort) {
        return byIds(ids, orders(sort));
    }

    private List<ApplicationRow> byIds(List<Long> ids, String orders) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.query(SELECT + " where a.id in (" + marks + ") order by " + orders, ApplicationGridQueries::row,
                ids.toArray());
    }

    private static void where(StringBuilder sql, KnownScope scope, ApplicationFilter filter,
                              List<Object> parameters) {
        scope.bind(parameters);
        sql.append(" where ").append(ApplicationAccess.visibleSql(scope.scope(), parameters));
        filter.toSql(sql, parameters);
    }

    private static void limit(StringBuilder sql, Pageable pageable, List<Object> parameters) {
        if (pageable.isPaged()) {
            sql.append(" limit ? offset ?");
            parameters.add(pageable.getPageSize());
            parameters.add(pageable.getOffset());
        }
    }

    private static ApplicationRow row(ResultSet rs, int number) throws SQLException {
        Timestamp submitted = rs.getTimestamp(17, UTC.get());
        long callId = rs.getLong(19);
        Long call = rs.wasNull() ? null : callId;
        return new ApplicationRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                new PolicyPin(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), SubmissionChannel.valueOf(rs.getString(10)), rs.getString(11),
                StageKind.valueOf(rs.getString(12)), rs.getObject(13, LocalDate.class), rs.getBoolean(14),
                rs.getString(15), rs.getString(16), submitted == null ? null : submitted.toInstant(),
                rs.getTimestamp(18, UTC.get()).toInstant(), call);
    }

    /** The sort orders by column ({@code unit.name} through the join), the id last as the tie-breaker. */
    private static String orders(Sort sort) {
        StringBuilder orders = new StringBuilder();
        Sort.Direction last = Sort.Direction.ASC;
        boolean byId = false;
        for (Sort.Order order : sort) {
            String column = SORTS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("not a sort property of the applications grid: "
                        + order.getProperty());
            }
            orders.append(column).append(order.isAscending() ? " asc, " : " desc, ");
            last = order.getDirection();
            byId |= column.equals("a.id");
        }
        if (!byId) {
            orders.append(last.isAscending() ? "a.id asc" : "a.id desc");
        } else {
            orders.setLength(orders.length() - 2);
        }
        return orders.toString();
    }
}
