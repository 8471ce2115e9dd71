-- Calls for applications (申报批次): the bureau opens one for the policy its jurisdiction uses, with open and close
-- times, per-recommending-body quotas (JSON: body code -> number) and the document that announced it. An application
-- belongs to a call, or to none (rolling filing); a recommending body's recommendation is dated so that its quota in
-- the call can be counted. MariaDB 10.11+ (also runs on 11.4).
CREATE TABLE application_call (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    policy_id         VARCHAR(64)  NOT NULL,
    jurisdiction_code VARCHAR(16)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    opens_at          DATETIME(6)  NOT NULL,
    closes_at         DATETIME(6)  NOT NULL,
    quotas_json       LONGTEXT     NULL,
    document_name     VARCHAR(255) NULL,
    document_stored   VARCHAR(255) NULL,
    document_size     BIGINT       NULL,
    document_sha256   CHAR(64)     NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_call_quotas CHECK (quotas_json IS NULL OR JSON_VALID(quotas_json)),
    CONSTRAINT ck_call_times CHECK (closes_at > opens_at),
    KEY ix_call_jurisdiction (jurisdiction_code, closes_at),
    KEY ix_call_policy (policy_id, opens_at),
    KEY ix_call_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE recognition_application
    ADD COLUMN call_id BIGINT NULL,
    ADD COLUMN recommended_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_application_call FOREIGN KEY (call_id) REFERENCES application_call (id),
    ADD KEY ix_application_call (call_id, recommending_body_code),
    ADD KEY ix_application_unit_policy (unit_id, policy_id, closed);
