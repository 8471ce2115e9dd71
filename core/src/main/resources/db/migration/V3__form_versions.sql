-- Form definitions administrators adapt: each policy's forms as versions. A published version never changes; at most
-- one draft per policy and form is being edited. A version is published for the plugin version whose rules it was
-- checked against, and serves the cases pinned to that plugin version; until one is, the plugin's shipped form does.
CREATE TABLE form_version (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    policy_id           VARCHAR(64)  NOT NULL,
    form_code           VARCHAR(64)  NOT NULL,
    number              INT          NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    origin              VARCHAR(16)  NOT NULL,
    based_on            VARCHAR(100) NOT NULL,
    definition_json     LONGTEXT     NOT NULL,
    definition_sha256   CHAR(64)     NOT NULL,
    note                VARCHAR(1000) NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    published_at        DATETIME(6)  NULL,
    published_by        VARCHAR(64)  NULL,
    plugin_version      VARCHAR(64)  NULL,
    -- only drafts fill this slot, so the unique key allows one draft per policy and form
    draft_slot          VARCHAR(130) AS (IF(status = 'DRAFT', CONCAT(policy_id, '/', form_code), NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_form_version_number UNIQUE (policy_id, form_code, number),
    CONSTRAINT uk_form_version_draft UNIQUE (draft_slot),
    CONSTRAINT ck_form_version_json CHECK (JSON_VALID(definition_json)),
    CONSTRAINT ck_form_version_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    KEY ix_form_version_current (policy_id, form_code, plugin_version, status, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the form version an application is filled in on, and a step's form was filled in on; NULL: the form the pinned
-- plugin version ships
ALTER TABLE recognition_application ADD COLUMN form_version_id BIGINT NULL AFTER form_code,
    ADD CONSTRAINT fk_application_form_version FOREIGN KEY (form_version_id) REFERENCES form_version (id);
ALTER TABLE application_step ADD COLUMN form_code VARCHAR(64) NULL AFTER step_data_json,
    ADD COLUMN form_version_id BIGINT NULL AFTER form_code,
    ADD CONSTRAINT fk_step_form_version FOREIGN KEY (form_version_id) REFERENCES form_version (id);
