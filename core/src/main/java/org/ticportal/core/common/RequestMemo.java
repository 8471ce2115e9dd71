package org.ticportal.core.common;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the current web request has already read, read once for it: one page (the frame and 我的待办) asked for the
 * signed-in account eight times, an applicant's landing for the unit four times and the policy assignments five times
 * (benchmark P8, issue 13). Values are kept in the request's attributes (Spring's {@link RequestContextHolder}, bound
 * for each HTTP request by the web layer's request context filter), so they go with the request: never in the
 * session, never seen by the next request, which reads what changed meanwhile.
 *
 * <p>Not used where no request is bound (schedulers, background work, a push connection), nor inside a read-write
 * transaction: a change is checked against the database as it is now. Everything kept is forgotten when a read-write
 * transaction of the request ends, which may have changed it: the rest of the request reads it again. Keep only what
 * a caller reads and does not change.
 */
@Component
public class RequestMemo implements TransactionExecutionListener {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    /**
     * The value kept under {@code key} for this request, or {@code read} now (and kept when it is present and a
     * request is bound outside a read-write transaction).
     */
    public <T> Optional<T> optional(String key, Supplier<Optional<T>> read) {
        RequestAttributes request = usableRequest();
        if (request == null) {
            return read.get();
        }
        Object kept;
        try {
            kept = request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
        } catch (IllegalStateException requestEnded) {
            return read.get();
        }
        if (kept != null) {
            @SuppressWarnings("unchecked")
            T value = (T) kept;
            return Optional.of(value);
        }
        Optional<T> value = read.get();
        value.ifPresent(v -> request.setAttribute(PREFIX + key, v, RequestAttributes.SCOPE_REQUEST));
        return value;
    }

    /**
     * The value kept under {@code key} for this request, or {@code read} now (see {@link #optional}); {@code read}
     * must not return null. Keys are shared by all callers: name them after what they hold ({@code unit:42}).
     */
    public <T> T value(String key, Supplier<T> read) {
        return optional(key, () -> Optional.of(read.get())).orElseThrow();
    }

    /** Whether a request is bound and the caller is outside a read-write transaction: kept values may serve. */
    public boolean usable() {
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

    /** Drops what was kept for this request, so that its next question reads it again. */
    public void forget() {
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
