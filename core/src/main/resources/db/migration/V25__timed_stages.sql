-- Timed stages (plugin API 0.2.5): a stage a policy limits to N months (e.g. a construction period of at most 36
-- months from approval, then an acceptance review) ends on stage_expires; the portal shows that day, reminds before it
-- and, where the policy names a timeout transition, takes it as the system once the day has passed (StageTimeouts,
-- once across instances). NULL: the stage the case is in is not limited in months. stage_kind grows to fit the new
-- kind ACCEPTANCE_FAILED (a failed acceptance after construction, told apart from a rejected application).
-- MariaDB 10.11+ (also 11.4).
ALTER TABLE recognition_application
    MODIFY COLUMN stage_kind VARCHAR(32) NOT NULL,
    ADD COLUMN stage_expires DATE NULL AFTER stage_due,
    ADD KEY ix_application_stage_expires (closed, stage_expires);
