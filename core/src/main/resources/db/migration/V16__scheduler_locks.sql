-- Scheduled work (closing ended public notices, reminders, backups) runs once however many portal instances share
-- this database: each run first takes its named lock here (ShedLock, JdbcTemplateLockProvider with the database's
-- clock). A lock is held until lock_until; an instance that dies mid-run frees it when that time passes.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
