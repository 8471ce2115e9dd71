-- Machine clients of the read-only API (开放接口): the provincial and national S&T systems and the bureau's website.
-- An administrator creates one with a scope (a jurisdiction, optionally narrowed to one of its divisions); its bearer
-- token is shown once and only its SHA-256 is kept. A revoked client is kept for the audit trail. MariaDB 10.11+.
CREATE TABLE api_client (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    name              VARCHAR(100) NOT NULL,
    jurisdiction_code VARCHAR(16)  NOT NULL,
    division_code     VARCHAR(16)  NULL,
    token_hash        CHAR(64)     NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    revoked_at        DATETIME(6)  NULL,
    revoked_by        VARCHAR(64)  NULL,
    last_used_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_client_token UNIQUE (token_hash),
    CONSTRAINT ck_api_client_revoked CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    KEY ix_api_client_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
