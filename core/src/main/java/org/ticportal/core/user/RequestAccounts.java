package org.ticportal.core.user;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.ticportal.core.common.RequestMemo;

/**
 * The signed-in user's account as read once in the current web request: the frame, the landing and the services they
 * call asked for the same account and scope eight times on one landing (benchmark P8, issue 13); now the request reads
 * it once ({@link RequestMemo}: in the request's attributes, never in the session, not inside a read-write
 * transaction, forgotten when one of the request's read-write transactions ends — a new password, a role). Kept per
 * user name, so that work a request does as someone else (the portal's own, as {@code system}) reads its own.
 */
@Component
class RequestAccounts {

    private final RequestMemo memo;

    RequestAccounts(RequestMemo memo) {
        this.memo = memo;
    }

    /** The user's account as read earlier in this request, or {@code read} now (and kept when a request is bound). */
    Optional<UserAccount> get(String username, Function<String, Optional<UserAccount>> read) {
        return memo.optional("account:" + username, () -> read.apply(username));
    }

    /** Whether a request is bound and the caller is outside a read-write transaction: the kept account may serve. */
    boolean usable() {
        return memo.usable();
    }

    /** Drops what this request kept, so that its next question reads the account again. */
    void forget() {
        memo.forget();
    }
}
