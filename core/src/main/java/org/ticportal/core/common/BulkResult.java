package org.ticportal.core.common;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The report of a bulk action on rows a user ticked in a management grid (批量操作). Bulk actions are all or nothing:
 * every row is checked first (scope, stage, state, the version the user saw) and either every row is done, in one
 * transaction, or none is and each refused row says why. So a report has done rows or refused rows, never both.
 *
 * @param done    the ids of the rows done, in the order given (empty when refused)
 * @param refused the rows that kept the action from being done, each with its reason (empty when done)
 */
public record BulkResult(List<Long> done, List<Refusal> refused) {

    public BulkResult {
        done = List.copyOf(done);
        refused = List.copyOf(refused);
        if (!done.isEmpty() && !refused.isEmpty()) {
            throw new IllegalArgumentException("a bulk action is all or nothing: " + done.size() + " done, "
                    + refused.size() + " refused");
        }
    }

    /** Every row done. */
    public static BulkResult done(List<Long> ids) {
        return new BulkResult(ids, List.of());
    }

    /** Nothing done, for these reasons. */
    public static BulkResult refused(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("a refused bulk action names at least one refusal");
        }
        return new BulkResult(List.of(), refusals);
    }

    /** Whether nothing was done. */
    public boolean isRefused() {
        return !refused.isEmpty();
    }

    /**
     * Why one row was refused.
     *
     * @param id          the row (e.g. the application)
     * @param referenceNo how the user knows it (an application's reference number; {@code #id} if they may not see it)
     * @param messageKey  the reason's message key, resolved from the bundles like a {@link BusinessException}'s
     * @param arguments   its arguments
     */
    public record Refusal(long id, String referenceNo, String messageKey, @Nullable Object... arguments) {

        public Refusal {
            if (messageKey.isBlank()) {
                throw new IllegalArgumentException("a refusal says why");
            }
            arguments = arguments == null ? new Object[0] : arguments.clone();
        }

        /** The refusal of a row by a {@link BusinessException} (its key and arguments). */
        public static Refusal of(long id, String referenceNo, BusinessException e) {
            return new Refusal(id, referenceNo, e.getMessageKey(), e.getArguments());
        }

        @Override
        public @Nullable Object[] arguments() {
            return arguments.clone();
        }
    }
}
