-- Recognised Technology Innovation Centers (技术创新中心, art. 9(3) and arts. 10-13 of the Xinzhou measures): one row
-- per application that entered a stage of kind RECOGNIZED, created in the same transaction as that step. The official
-- name is unique among all centers, revoked ones included (a new center may not take a revoked center's name). The
-- decision (认定决定) and the certificate (证书) are PDFs stored under the attachments folder. center_number_sequence
-- hands out the recognition document numbers' sequence per year: an upsert locks the year's row until the step commits,
-- so that two recognitions at once get consecutive numbers. MariaDB 10.11+ (also 11.4).
CREATE TABLE center (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    application_id         BIGINT        NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    core_name              VARCHAR(100)  NOT NULL,
    policy_id              VARCHAR(64)   NOT NULL,
    plugin_id              VARCHAR(64)   NOT NULL,
    plugin_version         VARCHAR(32)   NOT NULL,
    jurisdiction_code      VARCHAR(16)   NOT NULL,
    recommending_body_code VARCHAR(16)   NOT NULL,
    unit_id                BIGINT        NOT NULL,
    lead_unit_name         VARCHAR(200)  NOT NULL,
    type_code              VARCHAR(64)   NULL,
    type_name_zh           VARCHAR(200)  NULL,
    type_name_en           VARCHAR(200)  NULL,
    cluster_code           VARCHAR(64)   NULL,
    cluster_name_zh        VARCHAR(200)  NULL,
    cluster_name_en        VARCHAR(200)  NULL,
    co_builders            VARCHAR(2000) NULL,
    decision_number        VARCHAR(100)  NOT NULL,
    decision_year          INT           NOT NULL,
    decision_seq           INT           NOT NULL,
    recognized_on          DATE          NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    decision_stored        VARCHAR(255)  NULL,
    decision_sha256        CHAR(64)      NULL,
    certificate_stored     VARCHAR(255)  NULL,
    certificate_sha256     CHAR(64)      NULL,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_center_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    CONSTRAINT fk_center_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_center_status CHECK (status IN ('ACTIVE', 'RECTIFYING', 'REVOKED')),
    UNIQUE KEY ux_center_name (name),
    UNIQUE KEY ux_center_application (application_id),
    UNIQUE KEY ux_center_number (jurisdiction_code, decision_year, decision_seq),
    KEY ix_center_jurisdiction (jurisdiction_code, recognized_on),
    KEY ix_center_body (recommending_body_code),
    KEY ix_center_unit (unit_id),
    KEY ix_center_recognized (recognized_on),
    KEY ix_center_lead_unit (lead_unit_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE center_number_sequence (
    jurisdiction_code VARCHAR(16) NOT NULL,
    year              INT         NOT NULL,
    last_seq        INT         NOT NULL,
    PRIMARY KEY (jurisdiction_code, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
