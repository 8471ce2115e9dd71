package org.ticportal.core.user;

import java.util.function.BiConsumer;

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
     * An HQL join, to add after the query's {@code from} clause, that finds the user's account only while it still
     * holds this scope ({@code unitAdministrator} aside: no query's rows depend on it); empty for an exact scope. Its
     * parameters are named {@code scopeUser}, {@code scopeRole}, {@code scopeBody}, {@code scopeUnit},
     * {@code scopeJurisdiction} ({@link #bind}). The account is found by its unique name, so MariaDB reads it once,
     * before the query's other tables, and stops at once when it is not found.
     */
    public String accountJoin() {
        if (username == null) {
            return "";
        }
        return " join UserAccount scopeAccount on scopeAccount.username = :scopeUser"
                + " and scopeAccount.role = :scopeRole"
                + " and scopeAccount.recommendingBodyCode" + (scope.recommendingBodyCode() == null ? " is null"
                : " = :scopeBody")
                + " and scopeAccount.unitId" + (scope.unitId() == null ? " is null" : " = :scopeUnit")
                + " and scopeAccount.jurisdictionCode" + (scope.jurisdictionCode() == null ? " is null"
                : " = :scopeJurisdiction");
    }

    /** Sets the parameters {@link #accountJoin()} names. */
    public void bind(BiConsumer<String, Object> parameter) {
        if (username == null) {
            return;
        }
        parameter.accept("scopeUser", username);
        parameter.accept("scopeRole", scope.role());
        if (scope.recommendingBodyCode() != null) {
            parameter.accept("scopeBody", scope.recommendingBodyCode());
        }
        if (scope.unitId() != null) {
            parameter.accept("scopeUnit", scope.unitId());
        }
        if (scope.jurisdictionCode() != null) {
            parameter.accept("scopeJurisdiction", scope.jurisdictionCode());
        }
    }
}
