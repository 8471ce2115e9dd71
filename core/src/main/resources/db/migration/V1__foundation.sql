-- TIC Portal foundation schema. MariaDB 10.11+ (also runs on 11.4). utf8mb4 throughout.

CREATE TABLE unit (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    version                BIGINT       NOT NULL DEFAULT 0,
    name                   VARCHAR(200) NOT NULL,
    credit_code            CHAR(18)     NOT NULL,
    recommending_body_code VARCHAR(32)  NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_credit_code UNIQUE (credit_code),
    KEY ix_unit_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    version                BIGINT       NOT NULL DEFAULT 0,
    username               VARCHAR(64)  NOT NULL,
    display_name           VARCHAR(100) NOT NULL,
    email                  VARCHAR(200) NULL,
    phone                  VARCHAR(32)  NULL,
    role                   VARCHAR(16)  NOT NULL,
    recommending_body_code VARCHAR(32)  NULL,
    unit_id                BIGINT       NULL,
    enabled                BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash          VARCHAR(100) NOT NULL,
    must_change_password   BOOLEAN      NOT NULL DEFAULT TRUE,
    password_changed_at    DATETIME(6)  NOT NULL,
    locked_until           DATETIME(6)  NULL,
    last_login_at          DATETIME(6)  NULL,
    previous_login_at      DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    KEY ix_app_user_role (role),
    KEY ix_app_user_display_name (display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the last password hashes of each user, so that recent passwords are not reused
CREATE TABLE password_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    KEY ix_password_history_user (user_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- failed logins, counted in a sliding window to lock an account
CREATE TABLE login_failure (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    username  VARCHAR(64) NOT NULL,
    failed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_login_failure_user_time (username, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every state change and security event: who, when, what, from, to, comment
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    subject_type VARCHAR(32)   NOT NULL,
    subject_id   VARCHAR(128)  NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    from_state   VARCHAR(255)  NULL,
    to_state     VARCHAR(255)  NULL,
    comment      VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_subject (subject_type, subject_id, occurred_at),
    KEY ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
