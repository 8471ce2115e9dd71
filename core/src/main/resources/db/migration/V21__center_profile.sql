-- A center keeps one identity for life (the center row: its id, name, number and decision); its profile (arts. 10-13 of
-- the Xinzhou measures: type, lead unit, co-builders with their mode and contribution, legal form, director, research
-- directions, cluster, supervising department) is versioned. Recognition writes version 1 in the step's transaction;
-- each approved change writes the next version, and old versions stay readable and comparable. The co-builders and the
-- research directions are JSON lists, as the application keeps its tables. center.profile_version is the center's
-- current version number: recording a version updates it under the center's optimistic lock, and the unique key on
-- (center_id, version_no) refuses a second writer of the same number. MariaDB 10.11+ (also 11.4).
CREATE TABLE center_profile (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    version                 BIGINT        NOT NULL DEFAULT 0,
    center_id               BIGINT        NOT NULL,
    version_no              INT           NOT NULL,
    effective_from          DATE          NOT NULL,
    recorded_at             DATETIME(6)   NOT NULL,
    recorded_by             VARCHAR(64)   NOT NULL,
    reason                  VARCHAR(1000) NULL,
    type_code               VARCHAR(64)   NULL,
    type_name_zh            VARCHAR(200)  NULL,
    type_name_en            VARCHAR(200)  NULL,
    lead_unit_id            BIGINT        NOT NULL,
    lead_unit_name          VARCHAR(200)  NOT NULL,
    co_builders_json        LONGTEXT      NOT NULL,
    legal_form              VARCHAR(32)   NULL,
    transition_target       DATE          NULL,
    director                VARCHAR(100)  NULL,
    directions_json         LONGTEXT      NOT NULL,
    cluster_code            VARCHAR(64)   NULL,
    cluster_name_zh         VARCHAR(200)  NULL,
    cluster_name_en         VARCHAR(200)  NULL,
    supervising_body_code   VARCHAR(16)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_center_profile_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT fk_center_profile_unit FOREIGN KEY (lead_unit_id) REFERENCES unit (id),
    CONSTRAINT ck_center_profile_no CHECK (version_no >= 1),
    CONSTRAINT ck_center_profile_legal_form CHECK (legal_form IS NULL
        OR legal_form IN ('INDEPENDENT_LEGAL_ENTITY', 'INTERNAL_UNIT')),
    CONSTRAINT ck_center_profile_transition CHECK (transition_target IS NULL OR legal_form = 'INTERNAL_UNIT'),
    CONSTRAINT ck_center_profile_co_builders CHECK (JSON_VALID(co_builders_json)),
    CONSTRAINT ck_center_profile_directions CHECK (JSON_VALID(directions_json)),
    UNIQUE KEY ux_center_profile_no (center_id, version_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE center ADD COLUMN profile_version INT NOT NULL DEFAULT 0 AFTER status;

-- Centers recognised before this migration get their version 1 from what the center row knows: type, lead unit,
-- cluster, supervising body and the co-builders' names (joined with the Chinese list comma), modes and contributions
-- unknown; what it does not know (legal form, director, directions) stays empty.
INSERT INTO center_profile (center_id, version_no, effective_from, recorded_at, recorded_by, reason, type_code,
                            type_name_zh, type_name_en, lead_unit_id, lead_unit_name, co_builders_json, legal_form,
                            transition_target, director, directions_json, cluster_code, cluster_name_zh,
                            cluster_name_en, supervising_body_code)
SELECT c.id, 1, c.recognized_on, c.created_at, c.created_by, NULL, c.type_code, c.type_name_zh, c.type_name_en,
       c.unit_id, c.lead_unit_name,
       IF(c.co_builders IS NULL OR c.co_builders = '', '[]',
          CONCAT('[{"name":"',
                 REPLACE(REPLACE(REPLACE(c.co_builders, '\\', '\\\\'), '"', '\\"'), '、',
                         '","mode":null,"contribution":null},{"name":"'),
                 '","mode":null,"contribution":null}]')),
       NULL, NULL, NULL, '[]', c.cluster_code, c.cluster_name_zh, c.cluster_name_en, c.recommending_body_code
FROM center c;

UPDATE center SET profile_version = 1;
