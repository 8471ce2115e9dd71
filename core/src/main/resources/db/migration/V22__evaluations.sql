-- Performance evaluation of recognised centers (art. 14 of the Xinzhou measures): the bureau opens a round for the
-- centers due; each center's evaluation goes through the policy's evaluation procedure (self-assessment, reviews,
-- expert scoring), is totalled, graded and decided by the policy's mapping; its outcome takes effect on the center
-- (retain, rectify with a deadline and a re-check, revoke, confirm a provisional center). Every step is a history row.
-- The evaluation copies the center's scope (lead unit, supervising body, jurisdiction) when the round opens.
-- MariaDB 10.11+ (also 11.4).

ALTER TABLE center
    ADD COLUMN outstanding         BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN recommended_upward  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN last_evaluated_on   DATE         NULL,
    ADD COLUMN last_grade_zh       VARCHAR(100) NULL,
    ADD COLUMN last_grade_en       VARCHAR(100) NULL,
    ADD COLUMN evaluation_open     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN rectify_due         DATE         NULL;
ALTER TABLE center DROP CONSTRAINT ck_center_status;
ALTER TABLE center
    ADD CONSTRAINT ck_center_status CHECK (status IN ('ACTIVE', 'RECTIFYING', 'REVOKED', 'PROVISIONAL')),
    ADD CONSTRAINT ck_center_rectify CHECK (rectify_due IS NULL OR status = 'RECTIFYING');

CREATE INDEX ix_center_due ON center (jurisdiction_code, policy_id, status, evaluation_open, last_evaluated_on);
CREATE INDEX ix_center_outstanding ON center (outstanding, status);

CREATE TABLE evaluation_round (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    jurisdiction_code   VARCHAR(16)   NOT NULL,
    policy_id           VARCHAR(64)   NOT NULL,
    plugin_id           VARCHAR(64)   NOT NULL,
    plugin_version      VARCHAR(32)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    due_by              DATE          NOT NULL,
    opened_on           DATE          NOT NULL,
    submission_due      DATE          NULL,
    centers             INT           NOT NULL,
    opened_at           DATETIME(6)   NOT NULL,
    opened_by           VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_evaluation_round_jurisdiction (jurisdiction_code, opened_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    version                 BIGINT        NOT NULL DEFAULT 0,
    round_id                BIGINT        NOT NULL,
    center_id               BIGINT        NOT NULL,
    center_name             VARCHAR(200)  NOT NULL,
    lead_unit_name          VARCHAR(200)  NOT NULL,
    unit_id                 BIGINT        NOT NULL,
    recommending_body_code  VARCHAR(16)   NOT NULL,
    jurisdiction_code       VARCHAR(16)   NOT NULL,
    policy_id               VARCHAR(64)   NOT NULL,
    plugin_id               VARCHAR(64)   NOT NULL,
    plugin_version          VARCHAR(32)   NOT NULL,
    state                   VARCHAR(16)   NOT NULL,
    step_code               VARCHAR(64)   NULL,
    step_since              DATETIME(6)   NULL,
    step_due                DATE          NULL,
    self_summary            LONGTEXT      NULL,
    self_scores_json        LONGTEXT      NULL,
    submitted_at            DATETIME(6)   NULL,
    submission_missing      BOOLEAN       NOT NULL DEFAULT FALSE,
    draw_seed               BIGINT        NULL,
    score                   DECIMAL(7,2)  NULL,
    grade_code              VARCHAR(64)   NULL,
    grade_name_zh           VARCHAR(100)  NULL,
    grade_name_en           VARCHAR(100)  NULL,
    passing                 BOOLEAN       NULL,
    outcome                 VARCHAR(16)   NULL,
    outstanding             BOOLEAN       NOT NULL DEFAULT FALSE,
    recommend_upward        BOOLEAN       NOT NULL DEFAULT FALSE,
    reason_zh               VARCHAR(2000) NULL,
    reason_en               VARCHAR(2000) NULL,
    article                 VARCHAR(100)  NULL,
    decided_on              DATE          NULL,
    effective_on            DATE          NULL,
    rectify_due             DATE          NULL,
    rectification_report    LONGTEXT      NULL,
    rectification_at        DATETIME(6)   NULL,
    recheck_passed          BOOLEAN       NULL,
    updated_at              DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_evaluation_round_center (round_id, center_id),
    KEY ix_evaluation_center (center_id, decided_on),
    KEY ix_evaluation_state (state, step_due),
    KEY ix_evaluation_scope (jurisdiction_code, recommending_body_code, unit_id),
    CONSTRAINT fk_evaluation_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_evaluation_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT ck_evaluation_state CHECK (state IN ('IN_PROGRESS', 'NOTICE', 'RECTIFYING', 'CLOSED')),
    CONSTRAINT ck_evaluation_outcome CHECK (outcome IS NULL OR outcome IN ('RETAIN', 'RECTIFY', 'REVOKE', 'CONFIRM')),
    CONSTRAINT ck_evaluation_step CHECK (state <> 'IN_PROGRESS' OR step_code IS NOT NULL),
    CONSTRAINT ck_evaluation_decided CHECK (state = 'IN_PROGRESS' OR (outcome IS NOT NULL AND grade_code IS NOT NULL)),
    CONSTRAINT ck_evaluation_scores CHECK (self_scores_json IS NULL OR JSON_VALID(self_scores_json))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_step (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    evaluation_id   BIGINT        NOT NULL,
    at              DATETIME(6)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    action          VARCHAR(32)   NOT NULL,
    from_step       VARCHAR(64)   NULL,
    to_step         VARCHAR(64)   NULL,
    comment         VARCHAR(2000) NULL,
    files           VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_evaluation_step (evaluation_id, at),
    CONSTRAINT fk_evaluation_step FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_file (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    evaluation_id   BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    stored          VARCHAR(255)  NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    uploaded_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_evaluation_file (evaluation_id),
    CONSTRAINT fk_evaluation_file FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT ck_evaluation_file_kind CHECK (kind IN ('EVIDENCE', 'RECTIFICATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_expert (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    evaluation_id   BIGINT        NOT NULL,
    expert_id       BIGINT        NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    expert_name     VARCHAR(100)  NOT NULL,
    seat_order      INT           NOT NULL,
    scores_json     LONGTEXT      NULL,
    total           DECIMAL(7,2)  NULL,
    opinion         VARCHAR(2000) NULL,
    scored_at       DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_evaluation_expert (evaluation_id, expert_id),
    KEY ix_evaluation_expert_user (username),
    CONSTRAINT fk_evaluation_expert_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_evaluation_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT ck_evaluation_expert_scores CHECK (scores_json IS NULL OR JSON_VALID(scores_json))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
