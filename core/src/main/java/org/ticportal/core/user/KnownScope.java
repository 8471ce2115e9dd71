package org.ticportal.core.user;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The logged-in user's {@link AccessScope} as this portal last read it from their account, for a query that checks it
 * in its own statement instead of reading the account first: the applications grid asks one page per call, and the
 * read before it was a third of a call's time (benchmark P1, {@code ApplicationGridBench}).
 *
 * <p>A scope read in an earlier call ({@link #remembered()}) may be out of date: the account may have been changed
 * since, here or by another instance. A query that relies on it joins {@link #accountJoin()}, which finds the account
 * only while its role, recommending body, unit and jurisdiction are still the remembered ones; otherwise the query
 * finds nothing, and the caller reads the scope again ({@link UserService#currentScope()}) and asks again if it
 * changed. A scope read now, or a machine client's (which has no account), is exact and needs no check.
 *
 * @param scope    the scope
 * @param username the account it was read from, when it was read in an earlier call; {@code null}: read now, or no
 *                 account
 */
public record KnownScope(AccessScope scope, @Nullable String username) {

    /** A scope read now, or one with no account behind it: exact. */
    public static KnownScope exact(AccessScope scope) {
        return new KnownScope(scope, null);
    }

    /** Whether the scope was read in an earlier call, and a query must check it ({@link #accountJoin()}). */
    public boolean remembered() {
        return username != null;
    }

    /**
     * An SQL join, to add after the query's {@code from} clause, that finds the user's account ({@code app_user}) only
     * while it still holds this scope ({@code unitAdministrator} aside: no query's rows depend on it); empty for an
     * exact scope. Its parameters ({@code ?}) are the values {@link #bind} adds, in its order. The account is found by
     * its unique name, so MariaDB reads it once, before the query's other tables, and stops at once when it is not
     * found.
     */
    public String accountJoin() {
        if (username == null) {
            return "";
        }
        return " join app_user scope_account on scope_account.username = ? and scope_account.role = ?"
                + " and scope_account.recommending_body_code" + (scope.recommendingBodyCode() == null ? " is null"
                : " = ?")
                + " and scope_account.unit_id" + (scope.unitId() == null ? " is null" : " = ?")
                + " and scope_account.jurisdiction_code" + (scope.jurisdictionCode() == null ? " is null" : " = ?");
    }

    /** Adds the values of {@link #accountJoin()}'s parameters, in their order. */
    public void bind(List<Object> parameters) {
        if (username == null) {
            return;
        }
        parameters.add(username);
        parameters.add(scope.role().name());
        if (scope.recommendingBodyCode() != null) {
            parameters.add(scope.recommendingBodyCode());
        }
        if (scope.unitId() != null) {
            parameters.add(scope.unitId());
        }
        if (scope.jurisdictionCode() != null) {
            parameters.add(scope.jurisdictionCode());
        }
    }
}
