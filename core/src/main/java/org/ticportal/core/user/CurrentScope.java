package org.ticportal.core.user;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.unit.UnitAccess;
import org.ticportal.core.unit.UnitScope;

/**
 * The logged-in user's {@link AccessScope}, read from their account; also tells the unit feature which units the user
 * may see. A machine client of the API ({@link ApiPrincipal}) has no account: its scope is its own. Callers outside
 * this package ask {@link UserService#currentScope()}, which states the role. Within a web request the account is
 * read once and its scope taken from it ({@link RequestAccounts}); elsewhere the scope alone is read each time.
 */
@Component
class CurrentScope implements UnitScope {

    /** More accounts than this are not remembered: the map is emptied and fills again as users come back. */
    private static final int REMEMBERED = 10_000;

    private final UserAccountRepository users;
    private final RequestAccounts accounts;
    /** The scope last read per account name, for {@link #known()}: a hint that queries check, never trusted alone. */
    private final Map<String, AccessScope> remembered = new ConcurrentHashMap<>();

    CurrentScope(UserAccountRepository users, RequestAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    /**
     * The logged-in user's account: read once in a web request (outside a read-write transaction), else read now.
     * Joins the caller's transaction and opens none of its own, so that an account already read costs no round trip.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    Optional<UserAccount> account() {
        return accounts.get(currentUsername(), users::findByUsername);
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    AccessScope get() {
        ApiPrincipal client = ApiPrincipal.current();
        if (client != null) {
            return client.scope();
        }
        String username = currentUsername();
        Optional<AccessScope> read = accounts.usable() ? account().map(UserAccount::scope) : users.findScope(username);
        AccessScope scope = read.orElseThrow(() -> new BusinessException("user.notFound", username));
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(username, scope);
        return scope;
    }

    /**
     * The scope read from the database now, also in a request that read the account before (what the request kept,
     * the account among it, is forgotten): for a query whose remembered scope no longer held.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    AccessScope fresh() {
        accounts.forget();
        return get();
    }

    /**
     * The scope as last read for the logged-in user, remembered (to be checked by the query that uses it), or read
     * now when it never was: no statement on the calls after the first.
     */
    KnownScope known() {
        ApiPrincipal client = ApiPrincipal.current();
        if (client != null) {
            return KnownScope.exact(client.scope());
        }
        String username = currentUsername();
        AccessScope scope = remembered.get(username);
        return scope != null ? new KnownScope(scope, username) : KnownScope.exact(get());
    }

    @Override
    public boolean covers(long unitId, String recommendingBodyCode) {
        return get().covers(unitId, recommendingBodyCode);
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public UnitAccess access() {
        String username = currentUsername();
        if (org.ticportal.core.common.SystemAuthentication.isCurrent()) {
            return new UnitAccess(UnitAccess.Kind.ADMINISTRATOR, null, null, null, false);
        }
        ApiPrincipal client = ApiPrincipal.current();
        if (client != null) {
            return client.divisionCode() == null
                    ? new UnitAccess(UnitAccess.Kind.BUREAU, null, null, client.jurisdictionCode(), false)
                    : new UnitAccess(UnitAccess.Kind.BODY, client.divisionCode(), null, null, false);
        }
        UserAccount user = account().orElseThrow(() -> new BusinessException("user.notFound", username));
        return switch (user.getRole()) {
            case ADMIN -> new UnitAccess(UnitAccess.Kind.ADMINISTRATOR, null, null, null, false);
            case BUREAU -> new UnitAccess(UnitAccess.Kind.BUREAU, null, null, user.getJurisdictionCode(), false);
            case COUNTY -> user.getRecommendingBodyCode() == null
                    ? new UnitAccess(UnitAccess.Kind.NONE, null, null, null, false)
                    : new UnitAccess(UnitAccess.Kind.BODY, user.getRecommendingBodyCode(), null, null, false);
            case APPLICANT -> new UnitAccess(UnitAccess.Kind.OWN_UNIT, null, user.getUnitId(), null,
                    user.isUnitAdministrator());
            case EXPERT, AUDITOR -> new UnitAccess(UnitAccess.Kind.NONE, null, null, null, false);
        };
    }

    static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new IllegalStateException("no user is logged in");
        }
        return auth.getName();
    }
}
