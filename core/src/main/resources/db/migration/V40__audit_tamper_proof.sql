-- The audit trail (审计记录) cannot be changed in the database either (issue 13): the portal never updates or deletes
-- an audit row (AuditEventRepository is append-only, AuditEvent immutable), and these triggers refuse anyone who tries
-- through SQL: any UPDATE, and a DELETE of a row younger than six months (the retention the measures ask for; older rows
-- may be purged by an operator, the portal purges nothing). Restoring a backup loads the dump into an empty database
-- (inserts only, triggers created after the rows), which they do not hinder. occurred_at is written in UTC.
-- SQLSTATE 45000 is MariaDB's "unhandled user-defined exception"; written for MariaDB 10.11 and 11.4 alike.
DELIMITER //
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: audit records cannot be changed';
END//
CREATE TRIGGER audit_event_no_early_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    IF OLD.occurred_at > UTC_TIMESTAMP(6) - INTERVAL 6 MONTH THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are kept at least six months: this one cannot be deleted yet';
    END IF;
END//
DELIMITER ;
