-- Conversion of municipal engineering technology research centers (市工程技术研究中心) into technology innovation
-- centers (art. 16 of the Xinzhou measures: 原有符合条件的市工程技术研究中心，可以申请转成市技术创新中心).
-- engineering_center is the bureau's registry of the old titles, imported from Excel: one row per title, unique by
-- name within a jurisdiction; REGISTERED until a conversion is recognised (CONVERTED, linked to the new center) or the
-- bureau cancels it. application_id is the conversion application filed for it (the latest one).
-- recognition_application says whether an application is a conversion, from which source and engineering center.
-- center_reward records the rewards the policy grants a center (ConversionSource.rewards, API 0.2.5).
-- MariaDB 10.11+ (also 11.4).
CREATE TABLE engineering_center (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    jurisdiction_code   VARCHAR(16)   NOT NULL,
    source_code         VARCHAR(64)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    unit_name           VARCHAR(200)  NOT NULL,
    credit_code         CHAR(18)      NOT NULL,
    division_code       VARCHAR(32)   NOT NULL,
    recognized_year     INT           NOT NULL,
    document_number     VARCHAR(100)  NULL,
    field               VARCHAR(200)  NULL,
    status              VARCHAR(16)   NOT NULL,
    application_id      BIGINT        NULL,
    center_id           BIGINT        NULL,
    converted_on        DATE          NULL,
    imported_at         DATETIME(6)   NOT NULL,
    imported_by         VARCHAR(64)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engineering_center_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    CONSTRAINT fk_engineering_center_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT ck_engineering_center_status CHECK (status IN ('REGISTERED', 'CONVERTED', 'CANCELLED')),
    CONSTRAINT ck_engineering_center_converted CHECK ((status = 'CONVERTED') = (center_id IS NOT NULL)),
    CONSTRAINT ck_engineering_center_year CHECK (recognized_year BETWEEN 1949 AND 2100),
    UNIQUE KEY ux_engineering_center_name (jurisdiction_code, name),
    KEY ix_engineering_center_credit_code (credit_code),
    KEY ix_engineering_center_status (jurisdiction_code, status)
);

ALTER TABLE recognition_application
    ADD COLUMN conversion_source VARCHAR(64) NULL,
    ADD COLUMN engineering_center_id BIGINT NULL,
    ADD CONSTRAINT fk_application_engineering_center FOREIGN KEY (engineering_center_id)
        REFERENCES engineering_center (id),
    ADD CONSTRAINT ck_application_conversion CHECK ((conversion_source IS NULL) = (engineering_center_id IS NULL));

CREATE TABLE center_reward (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    center_id           BIGINT        NOT NULL,
    reward_code         VARCHAR(64)   NOT NULL,
    description_zh      VARCHAR(1000) NOT NULL,
    description_en      VARCHAR(1000) NOT NULL,
    article             VARCHAR(200)  NOT NULL,
    reason              VARCHAR(32)   NOT NULL,
    engineering_center_id BIGINT      NULL,
    granted_on          DATE          NOT NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_center_reward_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT fk_center_reward_engineering_center FOREIGN KEY (engineering_center_id)
        REFERENCES engineering_center (id),
    UNIQUE KEY ux_center_reward (center_id, reward_code)
);
