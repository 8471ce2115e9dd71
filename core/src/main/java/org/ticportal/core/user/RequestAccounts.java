package org.ticportal.core.user;

import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user's account as read once in the current web request: the frame, the landing and the services they
 * call asked for the same account and scope eight times on one landing (benchmark P8, issue 13); now the request reads
 * it once. The account is kept in the request's attributes (Spring's {@link RequestContextHolder}, bound for each
 * HTTP request by the web layer's request context filter), so it goes with the request: never in the session, never
 * seen by the next request (which reads a changed role or scope), and kept per user name, so that work a request does
 * as someone else (the portal's own, as {@code system}) reads its own.
 *
 * <p>Not used where no request is bound (schedulers, background work, a push connection), nor inside a read-write
 * transaction: a change is checked against the account as it is now. And forgotten when a read-write transaction of
 * the request ends, which may have changed the account (a new password, a role): the rest of the request reads it
 * again.
 */
@Component
class RequestAccounts implements TransactionExecutionListener {

    private static final String PREFIX = RequestAccounts.class.getName() + ".";

    /** The user's account as read earlier in this request, or {@code read} now (and kept when a request is bound). */
    Optional<UserAccount> get(String username, Function<String, Optional<UserAccount>> read) {
        RequestAttributes request = usableRequest();
        if (request == null) {
            return read.apply(username);
        }
        Object kept;
        try {
            kept = request.getAttribute(PREFIX + username, RequestAttributes.SCOPE_REQUEST);
        } catch (IllegalStateException requestEnded) {
            return read.apply(username);
        }
        if (kept instanceof UserAccount account) {
            return Optional.of(account);
        }
        Optional<UserAccount> account = read.apply(username);
        account.ifPresent(a -> request.setAttribute(PREFIX + username, a, RequestAttributes.SCOPE_REQUEST));
        return account;
    }

    /** Whether a request is bound and the caller is outside a read-write transaction: the kept account may serve. */
    boolean usable() {
        return usableRequest() != null;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (!transaction.isReadOnly()) {
            forget();
        }
    }

    @Override
    public void afterRollback(TransactionExecution transaction, @Nullable Throwable rollbackFailure) {
        if (!transaction.isReadOnly()) {
            forget();
        }
    }

    /** Drops the accounts kept for this request, so that its next question reads them again. */
    void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        try {
            for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
                if (name.startsWith(PREFIX)) {
                    request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
                }
            }
        } catch (IllegalStateException requestEnded) {
            // the request is over: nothing of it is read again
        }
    }

    private static @Nullable RequestAttributes usableRequest() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        return RequestContextHolder.getRequestAttributes();
    }
}
