-- The public notice (认定公示, art. 9(3) of the Xinzhou measures): the bureau builds a notice from applications of its
-- jurisdiction in the policy's notice stage, publishes it (its DOCX and PDF generated from the policy's NOTICE
-- template), and the public files objections on the portal's page without login within the period. An objection is
-- received (the policy's step into its objection stage), then upheld or dismissed with reasons and a reply document.
-- The objector's personal data (name, ID number, contact) is kept here and shown only to the jurisdiction's bureau.
-- MariaDB 10.11+ (also 11.4).
CREATE TABLE public_notice (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    jurisdiction_code VARCHAR(16)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    contact_phone     VARCHAR(100)  NOT NULL,
    contact_address   VARCHAR(300)  NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    period_start      DATE          NULL,
    period_end        DATE          NULL,
    provisional       BOOLEAN       NOT NULL DEFAULT FALSE,
    pdf_stored        VARCHAR(255)  NULL,
    docx_stored       VARCHAR(255)  NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    published_at      DATETIME(6)   NULL,
    published_by      VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_notice_state CHECK (state IN ('DRAFT', 'PUBLISHED', 'ENDED')),
    KEY ix_notice_jurisdiction (jurisdiction_code, state),
    KEY ix_notice_published (state, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE public_notice_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    notice_id      BIGINT       NOT NULL,
    application_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    reference_no   VARCHAR(64)  NOT NULL,
    center_name    VARCHAR(200) NOT NULL,
    lead_unit      VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notice_entry_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id),
    CONSTRAINT fk_notice_entry_application FOREIGN KEY (application_id) REFERENCES recognition_application (id),
    UNIQUE KEY ux_notice_entry (notice_id, application_id),
    KEY ix_notice_entry_application (application_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notice_objection (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    notice_id       BIGINT        NOT NULL,
    entry_id        BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    objector_kind   VARCHAR(8)    NOT NULL,
    objector_name   VARCHAR(100)  NOT NULL,
    id_number       VARCHAR(18)   NULL,
    contact         VARCHAR(100)  NOT NULL,
    content         TEXT          NOT NULL,
    letter_name     VARCHAR(255)  NULL,
    letter_stored   VARCHAR(255)  NULL,
    evidence_name   VARCHAR(255)  NULL,
    evidence_stored VARCHAR(255)  NULL,
    source_address  VARCHAR(64)   NOT NULL,
    filed_at        DATETIME(6)   NOT NULL,
    filed_on        DATE          NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    reasons         VARCHAR(4000) NULL,
    reply_name      VARCHAR(255)  NULL,
    reply_stored    VARCHAR(255)  NULL,
    handled_at      DATETIME(6)   NULL,
    handled_by      VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_objection_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id),
    CONSTRAINT fk_objection_entry FOREIGN KEY (entry_id) REFERENCES public_notice_entry (id),
    CONSTRAINT ck_objection_kind CHECK (objector_kind IN ('UNIT', 'PERSON')),
    CONSTRAINT ck_objection_state CHECK (state IN ('FILED', 'RECEIVED', 'UPHELD', 'DISMISSED')),
    KEY ix_objection_notice (notice_id, state),
    KEY ix_objection_application (application_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
