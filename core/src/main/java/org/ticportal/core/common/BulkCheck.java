package org.ticportal.core.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * The first pass of an all-or-nothing bulk action ({@link BulkResult}), which checks every ticked row before any is
 * done: each in turn is read in the user's scope ({@code bulk.notVisible} when it cannot be, named {@code #id} since
 * the user may not know it), compared with the version the user saw ({@code bulk.changed}), then checked by the
 * action itself, which says what to do with the row or refuses it by a {@link BusinessException}. What passed keeps
 * the rows' order; the action may refuse more rows in a later pass before it reports ({@link #refuse}). The manual
 * reminders of 申报管理 and of 绩效评估 share it.
 *
 * @param <P> what the action does with a row that passed
 */
public final class BulkCheck<P> {

    private final List<BulkResult.Refusal> refused = new ArrayList<>();
    private final Map<Long, P> passed = new LinkedHashMap<>();

    private BulkCheck() {
    }

    /**
     * Checks the rows, in order.
     *
     * @param versions the rows' ids, each with the version the user saw ({@code null}: not compared)
     * @param find     the row, if the user may see it
     * @param version  its version now
     * @param name     how the user knows it, for a refusal
     * @param check    what to do with the row; a {@link BusinessException} refuses it
     * @throws BusinessException {@code bulk.empty} when no row is given
     */
    public static <T, P> BulkCheck<P> of(Map<Long, Long> versions, LongFunction<Optional<T>> find,
                                         ToLongFunction<T> version, Function<T, String> name, Function<T, P> check) {
        requireRows(versions);
        BulkCheck<P> result = new BulkCheck<>();
        versions.forEach((id, seen) -> {
            T row = find.apply(id).orElse(null);
            if (row == null) {
                result.refuse(new BulkResult.Refusal(id, "#" + id, "bulk.notVisible"));
                return;
            }
            if (seen != null && seen != version.applyAsLong(row)) {
                result.refuse(new BulkResult.Refusal(id, name.apply(row), "bulk.changed"));
                return;
            }
            try {
                result.passed.put(id, check.apply(row));
            } catch (BusinessException e) {
                result.refuse(BulkResult.Refusal.of(id, name.apply(row), e));
            }
        });
        return result;
    }

    /**
     * Refuses a bulk action on no row.
     *
     * @throws BusinessException {@code bulk.empty} when no row is given
     */
    public static void requireRows(Map<Long, Long> versions) {
        if (versions.isEmpty()) {
            throw new BusinessException("bulk.empty");
        }
    }

    /**
     * The message a user adds to a bulk action that sends one (a reminder's): stripped, {@code null} when blank.
     *
     * @throws BusinessException on the field {@code message} when it is longer than {@code max}
     */
    public static @Nullable String message(@Nullable String message, int max) {
        String note = message == null || message.isBlank() ? null : message.strip();
        if (note != null && note.length() > max) {
            throw BusinessException.onField("message", "notification.bulk.messageTooLong", max);
        }
        return note;
    }

    /** The rows that passed, by id, in the order given, with what to do with each. */
    public Map<Long, P> passed() {
        return Collections.unmodifiableMap(passed);
    }

    /** Refuses one more row (one that passed this check and fails a later one). */
    public void refuse(BulkResult.Refusal refusal) {
        refused.add(refusal);
    }

    /** Whether any row was refused, so that none may be done. */
    public boolean isRefused() {
        return !refused.isEmpty();
    }

    /** The report of a refused action: every refused row, in the order refused. */
    public BulkResult refusal() {
        return BulkResult.refused(refused);
    }

    /** The report of a done action: every row, in the order given. */
    public BulkResult done() {
        return BulkResult.done(List.copyOf(passed.keySet()));
    }
}
