-- the reviewers' checklist (核查清单): a reviewer's confirmation, or not, of an eligibility rule the portal cannot
-- decide (ATTEST, EXPERT), one row per application and rule; every mark is also a row of the application's history
CREATE TABLE rule_verification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    rule_id        VARCHAR(64)   NOT NULL,
    owner_actor    VARCHAR(32)   NOT NULL,
    verified       BOOLEAN       NOT NULL,
    note           VARCHAR(1000) NULL,
    verified_by    VARCHAR(64)   NOT NULL,
    verifier_role  VARCHAR(16)   NOT NULL,
    verified_at    DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_verification_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    CONSTRAINT uq_verification_rule UNIQUE (application_id, rule_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
