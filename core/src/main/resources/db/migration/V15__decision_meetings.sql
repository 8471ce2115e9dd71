-- The decision body's meetings (党组会议): the bureau puts applications ready for decision on a meeting's agenda,
-- prints it, and records per application what the meeting decided (the policy's decision step taken: passed, not
-- passed, deferred ...), with the meeting's date, its minutes number and the minutes as a file. An application is on
-- the agenda of at most one meeting whose result is not yet recorded (item_pending is 1 until then, NULL after, so
-- that the unique key lets a deferred application come back on a later agenda). MariaDB 10.11+ (also 11.4).
CREATE TABLE decision_meeting (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    jurisdiction_code VARCHAR(16)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    meeting_date      DATE         NOT NULL,
    minutes_number    VARCHAR(50)  NULL,
    minutes_name      VARCHAR(255) NULL,
    minutes_stored    VARCHAR(255) NULL,
    minutes_size      BIGINT       NULL,
    minutes_sha256    CHAR(64)     NULL,
    state             VARCHAR(16)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    recorded_at       DATETIME(6)  NULL,
    recorded_by       VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_meeting_state CHECK (state IN ('PLANNED', 'RECORDED')),
    KEY ix_meeting_jurisdiction (jurisdiction_code, meeting_date),
    KEY ix_meeting_date (meeting_date),
    KEY ix_meeting_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision_meeting_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    meeting_id      BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    position        INT           NOT NULL,
    item_pending    INT           NULL,
    transition_code VARCHAR(64)   NULL,
    outcome_stage   VARCHAR(64)   NULL,
    comment         VARCHAR(2000) NULL,
    added_at        DATETIME(6)   NOT NULL,
    added_by        VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_item_meeting FOREIGN KEY (meeting_id) REFERENCES decision_meeting (id),
    CONSTRAINT fk_meeting_item_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    CONSTRAINT ck_meeting_item_pending CHECK (item_pending IS NULL OR item_pending = 1),
    UNIQUE KEY ux_meeting_item_pending (application_id, item_pending),
    UNIQUE KEY ux_meeting_item_position (meeting_id, position),
    KEY ix_meeting_item_meeting (meeting_id, application_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
ALTER TABLE recognition_application ADD KEY ix_application_stage_kind (jurisdiction_code, stage_kind, closed);
