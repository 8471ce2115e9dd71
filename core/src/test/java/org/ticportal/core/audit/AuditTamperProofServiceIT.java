package org.ticportal.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;

/**
 * The audit trail is tamper-proof in the database itself (V40's triggers, issue 13): on real MariaDB an UPDATE of an
 * audit row by plain JDBC is refused, and so is a DELETE of a row younger than six months, each leaving the row as it
 * was; a row older than the six months' retention may be deleted (an operator's purge).
 */
@IntegrationTest
class AuditTamperProofServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    /** A row the portal recorded just now, as the system; its id. */
    private long recorded(String subjectId) {
        audit.recordAs(AuditService.SYSTEM_ACTOR, AuditSubject.CENTER, subjectId, AuditAction.CENTER_RENAMED, "甲",
                "乙", "tamper test");
        return jdbc.queryForObject("select id from audit_event where subject_id = ?", Long.class, subjectId);
    }

    private static String subjectId() {
        return "tamper-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUpdateOfAnAuditRowIsRefusedByTheDatabase() {
        long id = recorded(subjectId());

        assertThatThrownBy(() -> jdbc.update("update audit_event set to_state = '丙', actor = 'intruder' where id = ?",
                id)).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForMap("select actor, to_state from audit_event where id = ?", id))
                .containsEntry("actor", AuditService.SYSTEM_ACTOR).containsEntry("to_state", "乙");
    }

    @Test
    void aDeleteOfARowYoungerThanSixMonthsIsRefusedByTheDatabase() {
        String subjectId = subjectId();
        long id = recorded(subjectId);
        insertAged(subjectId, LocalDateTime.now(ZoneOffset.UTC).minusMonths(5));

        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("six months");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where subject_id = ?", subjectId))
                .as("five months old is still kept").isInstanceOf(DataAccessException.class);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class,
                subjectId)).isEqualTo(2);
    }

    @Test
    void aRowOlderThanTheRetentionMayBePurged() {
        String subjectId = subjectId();
        insertAged(subjectId, LocalDateTime.now(ZoneOffset.UTC).minusMonths(7));

        assertThat(jdbc.update("delete from audit_event where subject_id = ?", subjectId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class,
                subjectId)).isZero();
    }

    private void insertAged(String subjectId, LocalDateTime occurredAtUtc) {
        jdbc.update("insert into audit_event (occurred_at, actor, subject_type, subject_id, action) values (?, ?, ?, ?,"
                + " ?)", Timestamp.valueOf(occurredAtUtc), AuditService.SYSTEM_ACTOR, AuditSubject.CENTER.name(),
                subjectId, AuditAction.CENTER_RENAMED.code());
    }
}
