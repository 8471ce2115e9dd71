-- Expert argumentation (issue 10): the expert pool, panels drawn for applications and what each member records.

CREATE TABLE expert (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    name              VARCHAR(50)  NOT NULL,
    unit_name         VARCHAR(200) NOT NULL,
    unit_credit_code  CHAR(18)     NULL,
    title_level       VARCHAR(32)  NOT NULL,
    fields            VARCHAR(500) NOT NULL,
    phone             VARCHAR(32)  NULL,
    email             VARCHAR(200) NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    username          VARCHAR(64)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_expert_username UNIQUE (username),
    KEY ix_expert_jurisdiction (jurisdiction_code, active),
    KEY ix_expert_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_panel (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    application_id    BIGINT        NOT NULL,
    seed              BIGINT        NOT NULL,
    record_json       LONGTEXT      NOT NULL,
    drawn_at          DATETIME(6)   NOT NULL,
    drawn_by          VARCHAR(64)   NOT NULL,
    score             DECIMAL(7, 2) NULL,
    conclusion        VARCHAR(64)   NULL,
    concluded_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_expert_panel_application UNIQUE (application_id),
    CONSTRAINT fk_expert_panel_application FOREIGN KEY (application_id) REFERENCES recognition_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_member (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL DEFAULT 0,
    panel_id         BIGINT        NOT NULL,
    application_id   BIGINT        NOT NULL,
    expert_id        BIGINT        NOT NULL,
    position         INT           NOT NULL,
    leader           BOOLEAN       NOT NULL DEFAULT FALSE,
    state            VARCHAR(16)   NOT NULL,
    declared_at      DATETIME(6)   NULL,
    conflict_note    VARCHAR(1000) NULL,
    site_visit_date  DATE          NULL,
    defense_date     DATE          NULL,
    visit_notes      TEXT          NULL,
    scores_json      TEXT          NULL,
    total            DECIMAL(7, 2) NULL,
    opinion          TEXT          NULL,
    submitted_at     DATETIME(6)   NULL,
    replaced_reason  VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_panel_member_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
    CONSTRAINT fk_panel_member_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    KEY ix_panel_member_expert (expert_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
