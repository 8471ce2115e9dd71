package org.ticportal.core.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being away (stopped, killed, restarting, unreachable) from every other
 * failure, so that users are told "service temporarily unavailable" rather than "wrong password" or "system error".
 */
public final class DatabaseUnavailable {

    /** SQL state class of connection exceptions (SQL:2003). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    /**
     * Whether the failure, or any of its causes, says that no connection to the database could be had or kept.
     *
     * @param failure any exception, possibly wrapped (Spring Security, Vaadin, bean creation)
     * @return true for a lost or refused database connection, false for everything else (constraint violations,
     *     optimistic locking, business errors ...)
     */
    public static boolean isCause(@Nullable Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (isConnectionFailure(current)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof CannotCreateTransactionException
                || failure instanceof JDBCConnectionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof ConnectException) {
            return true;
        }
        return failure instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
    }
}
