-- Annual reports (年度报告) of recognised centers, where the center's policy ships an ANNUAL_REPORT form: one report
-- per center and year, drafted and submitted by the lead unit, returned by its supervising body or the bureau for a
-- revision with a reason. The center's scope (lead unit, recommending body, jurisdiction) is copied so that the grid
-- filters and scopes without a join; the values are the form's cleaned values as JSON; the form is the policy's pinned
-- version (or an administrator's published version of it). Files attached to a report's ATTACHMENT fields are kept
-- under the attachments folder like an application's; a removed file stays for the history. MariaDB 10.11+ (also 11.4).
CREATE TABLE annual_report (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    center_id              BIGINT        NOT NULL,
    center_name            VARCHAR(200)  NOT NULL,
    report_year            INT           NOT NULL,
    unit_id                BIGINT        NOT NULL,
    recommending_body_code VARCHAR(16)   NOT NULL,
    jurisdiction_code      VARCHAR(16)   NOT NULL,
    policy_id              VARCHAR(64)   NOT NULL,
    plugin_id              VARCHAR(64)   NOT NULL,
    plugin_version         VARCHAR(32)   NOT NULL,
    form_version_id        BIGINT        NULL,
    state                  VARCHAR(16)   NOT NULL,
    form_values            LONGTEXT      NOT NULL,
    returned_reason        VARCHAR(2000) NULL,
    submitted_at           DATETIME(6)   NULL,
    submitted_by           VARCHAR(64)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_annual_report_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT ck_annual_report_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED')),
    UNIQUE KEY ux_annual_report_year (center_id, report_year),
    KEY ix_annual_report_year (report_year, state),
    KEY ix_annual_report_state (state, report_year),
    KEY ix_annual_report_body (recommending_body_code, report_year),
    KEY ix_annual_report_jurisdiction (jurisdiction_code, report_year),
    KEY ix_annual_report_unit (unit_id),
    KEY ix_annual_report_name (center_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_report_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    report_id     BIGINT       NOT NULL,
    field_key     VARCHAR(100) NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    stored_name   VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    deleted_at    DATETIME(6)  NULL,
    deleted_by    VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_annual_report_file_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    KEY ix_annual_report_file (report_id, field_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
