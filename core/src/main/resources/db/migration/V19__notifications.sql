-- Notifications (issue 11): what the portal tells a user in its bell and list (通知), and the e-mails it sends for
-- them when an SMTP server is configured. A notification names its recipient by username and is read once; the texts
-- are kept in both languages, as they were when it was written. A reminder before a stage's time limit carries a
-- dedupe key (application, stage entry, recipient), unique, so that it is written once however often and on however
-- many portal instances the reminder job runs.
CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    recipient      VARCHAR(64)   NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    application_id BIGINT        NULL,
    subject_zh     VARCHAR(300)  NOT NULL,
    subject_en     VARCHAR(300)  NOT NULL,
    body_zh        VARCHAR(2000) NOT NULL,
    body_en        VARCHAR(2000) NOT NULL,
    dedupe_key     VARCHAR(200)  NULL,
    created_at     DATETIME(6)   NOT NULL,
    read_at        DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    KEY ix_notification_recipient (recipient, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The e-mails to send (an outbox): written with the notification, sent after the step's commit by a job that runs
-- once across instances; a failure is recorded and retried later, up to a limit.
CREATE TABLE notification_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    notification_id BIGINT        NOT NULL,
    address         VARCHAR(200)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_mail_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
    KEY ix_notification_mail_due (state, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
