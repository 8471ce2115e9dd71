-- Policies at run time, recognition applications and their workflow, the working-day calendar.
-- MariaDB 10.11+ (also runs on 11.4).

-- bureau staff may be limited to one jurisdiction (GB/T 2260 code of the authority, e.g. 140900)
ALTER TABLE app_user ADD COLUMN jurisdiction_code VARCHAR(16) NULL AFTER recommending_body_code;

-- steps of a policy's procedure are recorded as audit actions: their codes may be up to 64 characters
ALTER TABLE audit_event MODIFY action VARCHAR(64) NOT NULL;

-- whether an administrator wants a plugin to run; a plugin without a row runs
CREATE TABLE plugin_state (
    plugin_id  VARCHAR(64) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    enabled    BOOLEAN     NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (plugin_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the policy new applications of a jurisdiction are filed under
CREATE TABLE policy_assignment (
    jurisdiction_code VARCHAR(16) NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    policy_id         VARCHAR(64) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    updated_by        VARCHAR(64) NOT NULL,
    PRIMARY KEY (jurisdiction_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- values an administrator set for a policy's settings; a setting without a row has the plugin's default
CREATE TABLE policy_setting (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    policy_id     VARCHAR(64)   NOT NULL,
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(1000) NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_policy_setting UNIQUE (policy_id, setting_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an application for recognition, pinned to the policy and plugin version it was filed under
CREATE TABLE recognition_application (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    version                BIGINT       NOT NULL DEFAULT 0,
    reference_no           VARCHAR(100) NOT NULL,
    policy_id              VARCHAR(64)  NOT NULL,
    plugin_id              VARCHAR(64)  NOT NULL,
    plugin_version         VARCHAR(64)  NOT NULL,
    jurisdiction_code      VARCHAR(16)  NOT NULL,
    unit_id                BIGINT       NOT NULL,
    recommending_body_code VARCHAR(32)  NOT NULL,
    channel                VARCHAR(16)  NOT NULL,
    stage                  VARCHAR(64)  NOT NULL,
    stage_kind             VARCHAR(16)  NOT NULL,
    stage_entered_at       DATETIME(6)  NOT NULL,
    stage_due              DATE         NULL,
    closed                 BOOLEAN      NOT NULL DEFAULT FALSE,
    core_name              VARCHAR(100) NULL,
    full_name              VARCHAR(200) NULL,
    center_type            VARCHAR(64)  NULL,
    director_key           VARCHAR(64)  NULL,
    form_code              VARCHAR(64)  NOT NULL,
    data_json              LONGTEXT     NOT NULL,
    explanations_json      LONGTEXT     NULL,
    notice_start           DATE         NULL,
    notice_end             DATE         NULL,
    notice_end_provisional BOOLEAN      NOT NULL DEFAULT FALSE,
    filed_year             INT          NULL,
    submitted_at           DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    created_by             VARCHAR(64)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_application_reference UNIQUE (reference_no),
    CONSTRAINT fk_application_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_application_data CHECK (JSON_VALID(data_json)),
    KEY ix_application_unit (unit_id, created_at),
    KEY ix_application_body (recommending_body_code, stage),
    KEY ix_application_jurisdiction (jurisdiction_code, stage),
    KEY ix_application_pin (policy_id, plugin_version, closed),
    KEY ix_application_full_name (full_name),
    KEY ix_application_director (director_key),
    KEY ix_application_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every step an application took: who, when, from, to, comment, what the actor entered, the rule results
CREATE TABLE application_step (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    application_id   BIGINT        NOT NULL,
    transition_code  VARCHAR(64)   NOT NULL,
    transition_name  VARCHAR(200)  NOT NULL,
    from_stage       VARCHAR(64)   NULL,
    to_stage         VARCHAR(64)   NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    actor_role       VARCHAR(16)   NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    comment          VARCHAR(2000) NULL,
    step_data_json   LONGTEXT      NULL,
    eligibility_json LONGTEXT      NULL,
    plugin_version   VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_step_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    KEY ix_step_application (application_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- platforms units hold and who directs them (recognised centers; later also imported legacy platforms), for the
-- narrow questions policy rules ask
CREATE TABLE platform_holding (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    credit_code  CHAR(18)     NOT NULL,
    platform_kind VARCHAR(64) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    director_key VARCHAR(64)  NULL,
    source       VARCHAR(64)  NOT NULL,
    since        DATE         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_platform_unit (credit_code, platform_kind),
    KEY ix_platform_director (director_key),
    KEY ix_platform_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the Chinese working-day calendar: the years loaded (with their source) and their special days
CREATE TABLE calendar_year (
    year       INT           NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    source     VARCHAR(500)  NOT NULL,
    loaded_at  DATETIME(6)   NOT NULL,
    loaded_by  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_day (
    day      DATE         NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    kind     VARCHAR(16)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- files attached to an application's form or to one of its steps' forms; the content lives in the data folder
CREATE TABLE attachment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    application_id BIGINT       NOT NULL,
    form_code      VARCHAR(64)  NOT NULL,
    field_key      VARCHAR(100) NOT NULL,
    evidence_code  VARCHAR(64)  NULL,
    original_name  VARCHAR(255) NOT NULL,
    stored_name    VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_by    VARCHAR(64)  NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    deleted_at     DATETIME(6)  NULL,
    deleted_by     VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    KEY ix_attachment_owner (application_id, form_code, field_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
