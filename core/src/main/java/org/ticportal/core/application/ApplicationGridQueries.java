package org.ticportal.core.application;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.ScrollPass;
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
    /**
     * The sort columns a page can be sought by ({@link ScrollPass}): those never null (a keyset condition on a null
     * compares to nothing), each with its value in a row as the statement's parameter.
     */
    private static final Map<String, Function<ApplicationRow, Object>> SEEKABLE = Map.of(
            "a.id", ApplicationRow::id, "a.reference_no", ApplicationRow::referenceNo,
            "u.name", ApplicationRow::unitName, "a.policy_id", r -> r.pin().policyId(), "a.stage", ApplicationRow::stage,
            "a.updated_at", r -> LocalDateTime.ofInstant(r.updatedAt(), ZoneOffset.UTC),
            "a.jurisdiction_code", ApplicationRow::jurisdictionCode,
            "a.recommending_body_code", ApplicationRow::recommendingBodyCode, "a.closed", ApplicationRow::closed);

    /**
     * From this offset on a page is read ids first ({@link #deferred}), and sought from the end of an earlier page of
     * the caller's scroll pass when it knows one; the grid's first pages are one statement.
     */
    static final int DEFERRED_FROM = 1_000;
    /** The rows a streamed statement ({@link #stream}) fetches from MariaDB at a time. */
    static final int STREAM_FETCH = 1_000;

    private final JdbcTemplate jdbc;
    private final int deferredFrom;

    @Autowired
    ApplicationGridQueries(JdbcTemplate jdbc) {
        this(jdbc, DEFERRED_FROM);
    }

    /** With another offset from which pages are read ids first and sought (a test's few rows). */
    ApplicationGridQueries(JdbcTemplate jdbc, int deferredFrom) {
        this.jdbc = jdbc;
        this.deferredFrom = deferredFrom;
    }

    /** One page of the applications the scope sees, filtered; none when a remembered scope no longer holds. */
    List<ApplicationRow> page(KnownScope scope, ApplicationFilter filter, Pageable pageable) {
        return page(scope, filter, pageable, null);
    }

    /**
     * One page, as {@link #page(KnownScope, ApplicationFilter, Pageable)}; a deep page is sought from the nearest end
     * before it of the pages read in {@code pass}, and the page's own end is noted there.
     */
    List<ApplicationRow> page(KnownScope scope, ApplicationFilter filter, Pageable pageable,
                              @Nullable ScrollPass pass) {
        List<By> order = order(pageable.getSort());
        String orders = orders(order);
        List<Object> parameters = new ArrayList<>();
        StringBuilder conditions = conditions(scope, filter, parameters);
        boolean seekable = pass != null && pageable.isPaged()
                && order.stream().allMatch(o -> SEEKABLE.containsKey(o.column()));
        String query = seekable ? conditions + " order by " + orders + " " + parameters : null;

        if (pageable.isPaged() && pageable.getOffset() >= deferredFrom) {
            return deferred(filter, pageable, order, orders, conditions, parameters, query == null ? null
                    : new Seek(pass, query, pass.before(query, pageable.getOffset())));
        }
        StringBuilder sql = new StringBuilder(700).append(SELECT).append(conditions).append(" order by ")
                .append(orders);
        limit(sql, pageable.isPaged() ? pageable.getPageSize() : -1, pageable.getOffset(), parameters);
        List<ApplicationRow> rows = jdbc.query(sql.toString(), rows(), parameters.toArray());
        if (query != null && !rows.isEmpty()) {
            ApplicationRow last = rows.getLast();
            pass.ended(query, new ScrollPass.End(pageable.getOffset() + rows.size() - 1,
                    order.stream().map(o -> SEEKABLE.get(o.column()).apply(last)).toList()));
        }
        return rows;
    }

    /**
     * What follows a query's {@code from} clause: the join that checks a remembered scope, then the scope's and the
     * filter's conditions; their values are added to {@code parameters} in their order.
     */
    private static StringBuilder conditions(KnownScope scope, ApplicationFilter filter, List<Object> parameters) {
        StringBuilder conditions = new StringBuilder(300).append(scope.accountJoin());
        scope.bind(parameters);
        conditions.append(" where ").append(ApplicationAccess.visibleSql(scope.scope(), parameters));
        filter.toSql(conditions, parameters);
        return conditions;
    }

    /** A deep page's place in a scroll pass: the pass, its query, and the end to seek after (none: by offset). */
    private record Seek(ScrollPass pass, String query, ScrollPass.@Nullable End after) {
    }

    /**
     * Every application the scope sees, filtered, in the sort's order, handed to {@code sink} one by one as MariaDB
     * sends them: one statement, streamed ({@value #STREAM_FETCH} rows a fetch), so that an export of a million rows
     * neither pages (each page a statement, its ids first) nor holds them (benchmark P6). The statement holds its
     * connection until the last row: the sink should only write each row away.
     */
    void stream(KnownScope scope, ApplicationFilter filter, Sort sort, Consumer<ApplicationRow> sink) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(700).append(SELECT).append(conditions(scope, filter, parameters))
                .append(" order by ").append(orders(sort));
        RowMapper<ApplicationRow> rows = rows();
        PreparedStatement[] running = new PreparedStatement[1];
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(STREAM_FETCH);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            running[0] = statement;
            return statement;
        }, (RowCallbackHandler) rs -> {
            try {
                sink.accept(rows.mapRow(rs, 0));
            } catch (RuntimeException | Error e) {
                stop(running[0]);
                throw e;
            }
        });
    }

    /**
     * Asks MariaDB to stop a streamed statement that ends early (a cancelled export): closing it otherwise reads every
     * row it has still to send, to skip them (900,000 rows, 14 s, in benchmark P6).
     */
    private static void stop(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // the statement ends by skipping the rows
        }
    }

    /**
     * A deep page, ids first: the page's ids alone (from an index that holds every column the scope's condition and
     * the order read, for a bureau's default order: V42), then their rows. Read whole, each row skipped on the way to
     * the offset was read from the table: 100,000 of them took 6 s at a million applications (benchmark P1). After
     * the end of an earlier page of the same pass ({@code seek}), the ids are sought after that row (keyset),
     * skipping only the rows between it and the page.
     */
    private List<ApplicationRow> deferred(ApplicationFilter filter, Pageable pageable, List<By> order,
                                          String orders, CharSequence conditions, List<Object> parameters,
                                          @Nullable Seek seek) {
        // in a scroll pass the ids come with their sort values, from which the page's end is noted: read from the
        // rows afterwards, a row changed in between would move the end (and the pages after it) elsewhere
        String columns = seek == null ? "a.id" : "a.id, " + String.join(", ", order.stream().map(By::column)
                .toList());
        // the unit is every application's (a required reference): joined only when the filter or the order reads it
        StringBuilder sql = new StringBuilder(600).append("select ").append(columns)
                .append(" from recognition_application a")
                .append(filter.searchesText() || (" " + orders).contains(" u.") ? " join unit u on u.id = a.unit_id"
                        : "")
                .append(conditions);
        long offset = pageable.getOffset();
        ScrollPass.End after = seek == null ? null : seek.after();
        if (after != null) {
            sql.append(" and ").append(after(order, 0, after.values(), parameters));
            offset -= after.position() + 1;
        }
        sql.append(" order by ").append(orders);
        limit(sql, pageable.getPageSize(), offset, parameters);
        List<Object[]> found = jdbc.query(sql.toString(), (rs, n) -> {
            Object[] values = new Object[rs.getMetaData().getColumnCount()];
            for (int c = 0; c < values.length; c++) {
                values[c] = rs.getObject(c + 1);
            }
            return values;
        }, parameters.toArray());
        if (seek != null && !found.isEmpty()) {
            Object[] last = found.getLast();
            seek.pass().ended(seek.query(), new ScrollPass.End(pageable.getOffset() + found.size() - 1,
                    java.util.Arrays.asList(last).subList(1, last.length)));
        }
        return byIds(found.stream().map(values -> ((Number) values[0]).longValue()).toList(), orders);
    }

    /**
     * The rows after the end's in the order, from the order's {@code i}-th column on: {@code c < ? or (c = ? and
     * (…))}, nested so that MariaDB reads it as a range of the index that serves the order (a row comparison
     * {@code (c, id) < (?, ?)} was not: 28 ms against 0.5 ms).
     */
    private static String after(List<By> order, int i, List<Object> values, List<Object> parameters) {
        String column = order.get(i).column();
        String beyond = column + (order.get(i).ascending() ? " > ?" : " < ?");
        parameters.add(values.get(i));
        if (i == order.size() - 1) {
            return beyond;
        }
        parameters.add(values.get(i));
        return "(" + beyond + " or (" + column + " = ? and " + after(order, i + 1, values, parameters) + "))";
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
        return jdbc.query(SELECT + " where a.id in (" + marks + ") order by " + orders, rows(),
                ids.toArray());
    }

    private static void limit(StringBuilder sql, int size, long offset, List<Object> parameters) {
        if (size >= 0) {
            sql.append(" limit ? offset ?");
            parameters.add(size);
            parameters.add(offset);
        }
    }

    /**
     * Reads the rows of one statement. Hibernate stores an {@link Instant} as its UTC time in a {@code DATETIME}:
     * the times are read back the same way, with a calendar of the statement's own (the driver sets its fields).
     */
    private static RowMapper<ApplicationRow> rows() {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
        return (rs, number) -> row(rs, utc);
    }

    private static ApplicationRow row(ResultSet rs, Calendar utc) throws SQLException {
        Timestamp submitted = rs.getTimestamp(17, utc);
        long callId = rs.getLong(19);
        Long call = rs.wasNull() ? null : callId;
        return new ApplicationRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                new PolicyPin(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), SubmissionChannel.valueOf(rs.getString(10)), rs.getString(11),
                StageKind.valueOf(rs.getString(12)), rs.getObject(13, LocalDate.class), rs.getBoolean(14),
                rs.getString(15), rs.getString(16), submitted == null ? null : submitted.toInstant(),
                rs.getTimestamp(18, utc).toInstant(), call);
    }

    /** A column of the order and its direction. */
    private record By(String column, boolean ascending) {
    }

    /** The sort as columns and directions ({@code unit.name} through the join), the id last as the tie-breaker. */
    private static List<By> order(Sort sort) {
        List<By> order = new ArrayList<>();
        boolean ascending = true;
        for (Sort.Order o : sort) {
            String column = SORTS.get(o.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("not a sort property of the applications grid: " + o.getProperty());
            }
            ascending = o.isAscending();
            order.add(new By(column, ascending));
            if (column.equals("a.id")) {
                return order;
            }
        }
        order.add(new By("a.id", ascending));
        return order;
    }

    private static String orders(List<By> order) {
        return String.join(", ", order.stream().map(o -> o.column() + (o.ascending() ? " asc" : " desc")).toList());
    }

    private static String orders(Sort sort) {
        return orders(order(sort));
    }
}
