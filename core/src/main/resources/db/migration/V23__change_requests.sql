-- Change requests of a recognised center (art. 15 of the Xinzhou measures: 更名、变更主要研究方向或进行调整重组等重大事项，
-- 牵头建设单位应提出书面申请，由组织管理部门审核后，报市科技局批准). The lead unit files a written request of one of the
-- policy's change types (the center's pinned policy) with the proposed values (JSON, only the parts the type affects)
-- and a letter; the type's approval chain reviews it step by step (step_no: the chain's index of the actor it waits
-- for); the last approval records the next version of the center's profile (result_version_no). The scope columns are
-- copied from the center at filing: the filing lead unit, its supervising body, the jurisdiction.
CREATE TABLE change_request (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    center_id              BIGINT        NOT NULL,
    center_name            VARCHAR(200)  NOT NULL,
    unit_id                BIGINT        NOT NULL,
    recommending_body_code VARCHAR(16)   NOT NULL,
    jurisdiction_code      VARCHAR(16)   NOT NULL,
    policy_id              VARCHAR(64)   NOT NULL,
    plugin_id              VARCHAR(64)   NOT NULL,
    plugin_version         VARCHAR(32)   NOT NULL,
    type_code              VARCHAR(64)   NOT NULL,
    type_name_zh           VARCHAR(200)  NOT NULL,
    type_name_en           VARCHAR(200)  NOT NULL,
    approval_chain         VARCHAR(200)  NOT NULL,
    state                  VARCHAR(16)   NOT NULL,
    step_no                INT           NOT NULL DEFAULT 0,
    base_version_no        INT           NOT NULL,
    proposed_json          LONGTEXT      NOT NULL,
    proposed_name          VARCHAR(200)  NULL,
    reason                 VARCHAR(2000) NOT NULL,
    letter_stored          VARCHAR(255)  NOT NULL,
    letter_name            VARCHAR(255)  NOT NULL,
    result_version_no      INT           NULL,
    created_by             VARCHAR(64)   NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_change_request_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT fk_change_request_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_change_request_state CHECK (state IN ('REVIEWING', 'RETURNED', 'APPROVED', 'REFUSED')),
    CONSTRAINT ck_change_request_proposed CHECK (JSON_VALID(proposed_json)),
    KEY ix_change_request_center (center_id, state),
    KEY ix_change_request_unit (unit_id, created_at),
    KEY ix_change_request_body (recommending_body_code, state),
    KEY ix_change_request_jurisdiction (jurisdiction_code, state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of a request: filed, resubmitted, approved at a step, returned, refused; who, when, from and to, the
-- comment and a file (the lead unit's letter, or an approver's opinion).
CREATE TABLE change_request_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    request_id        BIGINT        NOT NULL,
    action            VARCHAR(16)   NOT NULL,
    actor             VARCHAR(32)   NOT NULL,
    acted_by          VARCHAR(64)   NOT NULL,
    acted_at          DATETIME(6)   NOT NULL,
    from_state        VARCHAR(16)   NULL,
    to_state          VARCHAR(16)   NOT NULL,
    from_step         INT           NULL,
    to_step           INT           NOT NULL,
    comment           VARCHAR(2000) NULL,
    attachment_stored VARCHAR(255)  NULL,
    attachment_name   VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_change_request_step_request FOREIGN KEY (request_id) REFERENCES change_request (id),
    KEY ix_change_request_step (request_id, acted_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
