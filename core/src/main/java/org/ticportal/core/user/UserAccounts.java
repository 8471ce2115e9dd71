package org.ticportal.core.user;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;

/**
 * Loading and checking user accounts: an account as its editor last read it (optimistic locking), a new account's user
 * name (neither taken nor the portal's own reserved name). Shared by {@link UserService} and {@link UnitAccounts}; it
 * checks no roles itself, its callers' public methods do, and runs in their transactions.
 */
@Component
class UserAccounts {

    private final UserAccountRepository users;

    UserAccounts(UserAccountRepository users) {
        this.users = users;
    }

    /** The account as the editor last read it; refused when someone else changed it meanwhile. */
    UserAccount load(long id, long expectedVersion) {
        UserAccount user = users.findById(id).orElseThrow(() -> new BusinessException("user.notFound", id));
        if (user.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("user " + id + " was changed by someone else (version "
                    + user.getVersion() + ", expected " + expectedVersion + ")");
        }
        return user;
    }

    /** Refuses a new account's user name that is reserved or taken (on field {@code username}). */
    void checkNewUsername(String username) {
        if (org.ticportal.core.common.SystemAuthentication.NAME.equalsIgnoreCase(username)) {
            throw BusinessException.onField("username", "user.username.reserved", username);
        }
        if (users.existsByUsername(username)) {
            throw BusinessException.onField("username", "user.username.taken", username);
        }
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
