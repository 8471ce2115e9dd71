-- The self-assessment on the policy's SELF_EVALUATION form (issue 12): the values filled in (drafts and the filed
-- version), the form version they were filled on, and the files attached to the form's fields (removable while the
-- self-assessment is open; a removed file stays for the history).
ALTER TABLE evaluation
    ADD COLUMN self_values          LONGTEXT     NULL,
    ADD COLUMN self_form_version_id BIGINT       NULL;

ALTER TABLE evaluation_file
    ADD COLUMN field_key  VARCHAR(120) NULL,
    ADD COLUMN deleted_at DATETIME(6)  NULL,
    ADD COLUMN deleted_by VARCHAR(64)  NULL,
    ADD KEY ix_evaluation_file_field (evaluation_id, field_key);

-- The day the actors of an evaluation's current step were reminded of its time limit (once per step entered).
ALTER TABLE evaluation
    ADD COLUMN step_reminded_on DATE NULL;
