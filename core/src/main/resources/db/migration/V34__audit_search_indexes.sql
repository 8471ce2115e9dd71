-- The audit screen (审计记录) filters the trail by user, record type, record id, action and period, and sorts it by
-- time, user, record type or action. V1 indexed (subject_type, subject_id, occurred_at) and (occurred_at); these
-- serve the other filters, each newest first. The trail is append-only and kept indefinitely (at least six months).
CREATE INDEX ix_audit_actor_time ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_type_time ON audit_event (subject_type, occurred_at);
CREATE INDEX ix_audit_action_time ON audit_event (action, occurred_at);
