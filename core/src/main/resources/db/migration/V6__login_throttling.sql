-- Lock-out that cannot be used as a weapon: failed logins are counted per account and per source address; a source
-- that fails too often is locked for every account; an account attacked from many sources is protected
-- (app_user.locked_until) against devices that never signed in to it, while its holder's known devices still may.
-- MariaDB 10.11+ (also runs on 11.4).

-- Failures are transient counters: the old rows (by user name) are not worth converting. An unknown user name's
-- failure keeps no name at all (user_id NULL): it counts for its source only.
DELETE FROM login_failure;
ALTER TABLE login_failure
    DROP INDEX ix_login_failure_user_time,
    DROP COLUMN username,
    ADD COLUMN user_id BIGINT NULL AFTER id,
    ADD COLUMN source VARCHAR(64) NOT NULL AFTER user_id,
    ADD COLUMN device_hash CHAR(64) NULL AFTER source,
    ADD KEY ix_login_failure_user_time (user_id, failed_at),
    ADD KEY ix_login_failure_source_time (source, failed_at),
    ADD CONSTRAINT fk_login_failure_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE;

-- A source (IPv4 address, IPv6 /64) refused for every account until locked_until.
CREATE TABLE login_source_lock (
    source       VARCHAR(64) NOT NULL,
    locked_until DATETIME(6) NOT NULL,
    PRIMARY KEY (source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A browser that signed in to an account: the SHA-256 of its known-device cookie, never the cookie itself.
CREATE TABLE known_device (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    user_id      BIGINT      NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    first_seen   DATETIME(6) NOT NULL,
    last_seen    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_known_device UNIQUE (user_id, token_hash),
    CONSTRAINT fk_known_device_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
