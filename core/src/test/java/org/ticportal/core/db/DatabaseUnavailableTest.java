package org.ticportal.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainMeansUnavailable() {
        SQLTransientConnectionException poolTimeout =
                new SQLTransientConnectionException("ticportal - Connection is not available, request timed out");
        assertThat(DatabaseUnavailable.isCause(new InternalAuthenticationServiceException("login",
                new CannotGetJdbcConnectionException("no connection", poolTimeout)))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("tx",
                new RuntimeException(new ConnectException("refused"))))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("wrapped",
                new SQLException("Socket fail to connect", "08000")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotUnavailability() {
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new OptimisticLockingFailureException("stale"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new InternalAuthenticationServiceException("bug",
                new NullPointerException()))).isFalse();
    }
}
