-- Units register themselves (issue 10, "units and their users"): state, category, contact, business licence, the body
-- that confirms them, and change requests for name and division. Existing units (demo data, units created by hand)
-- were accepted by the bureau when they were created: they are CONFIRMED.

ALTER TABLE unit
    ADD COLUMN state                 VARCHAR(16)  NOT NULL DEFAULT 'CONFIRMED' AFTER recommending_body_code,
    ADD COLUMN jurisdiction_code     VARCHAR(16)  NULL AFTER state,
    ADD COLUMN confirming_body_code  VARCHAR(32)  NULL AFTER jurisdiction_code,
    ADD COLUMN category              VARCHAR(64)  NULL AFTER confirming_body_code,
    ADD COLUMN contact_name          VARCHAR(100) NULL,
    ADD COLUMN contact_phone         VARCHAR(32)  NULL,
    ADD COLUMN contact_email         VARCHAR(200) NULL,
    ADD COLUMN licence_name          VARCHAR(255) NULL,
    ADD COLUMN licence_stored_name   VARCHAR(255) NULL,
    ADD COLUMN licence_media_type    VARCHAR(100) NULL,
    ADD COLUMN licence_size          BIGINT       NULL,
    ADD COLUMN licence_sha256        CHAR(64)     NULL,
    ADD COLUMN refusal_reason        VARCHAR(1000) NULL,
    ADD COLUMN decided_at            DATETIME(6)  NULL,
    ADD COLUMN decided_by            VARCHAR(64)  NULL,
    ADD COLUMN requested_name        VARCHAR(200) NULL,
    ADD COLUMN requested_body_code   VARCHAR(32)  NULL,
    ADD COLUMN requested_at          DATETIME(6)  NULL,
    ADD KEY ix_unit_state (state, recommending_body_code),
    ADD KEY ix_unit_confirming_body (confirming_body_code, state),
    ADD KEY ix_unit_category (category);

-- the applicant user who administers their unit's users (申报单位管理员)
ALTER TABLE app_user ADD COLUMN unit_admin BOOLEAN NOT NULL DEFAULT FALSE AFTER unit_id;
