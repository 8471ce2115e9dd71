package org.ticportal.core.db;

import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * When one pooled connection turns out dead because the database went away (killed, restarted, unreachable), every
 * idle connection of the pool is dropped with it, embedded server or external: they all died with the server. Hikari
 * otherwise drops only the one that failed, and hands out the others without checking them when they were used in the
 * last half second, so that the first requests after the database is back failed one by one on connections of before
 * (a login answered "service temporarily unavailable" with the server already up: {@code ExternalDatabaseOutageIT}).
 * Connections in use are closed when they are returned; new ones are made as requests need them.
 */
@Component
class PoolRecovery implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(PoolRecovery.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            try {
                pool.setExceptionOverride(new DropAllOnConnectionLoss(pool));
            } catch (IllegalStateException sealed) {
                LOG.warn("The connection pool {} started before it could be told to drop its connections when the"
                        + " database goes away", pool.getPoolName());
            }
        }
        return bean;
    }

    /** Drops the pool's idle connections when a failure says the database went away; Hikari decides the rest. */
    static final class DropAllOnConnectionLoss implements SQLExceptionOverride {

        private final HikariDataSource pool;

        DropAllOnConnectionLoss(HikariDataSource pool) {
            this.pool = pool;
        }

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException failure) {
            if (DatabaseUnavailable.isCause(failure)) {
                HikariPoolMXBean connections = pool.getHikariPoolMXBean();
                if (connections != null) {
                    connections.softEvictConnections();
                }
            }
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }
}
