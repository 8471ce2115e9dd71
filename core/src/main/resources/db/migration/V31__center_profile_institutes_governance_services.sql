-- The center's profile gains what arts. 6-7, 11 and 13 of the Xinzhou measures ask of a center: a comprehensive
-- center's headquarters and specialised R&D institutes (a JSON list of {name, location, field, headquarters}), its
-- governance (the internal governance mechanism as described, the board's chair and members, the expert committee's
-- chair and size, the charter's file name and date; the director stays in its own column) and the public services it
-- offers (a JSON list of the policy's PUBLIC_SERVICES codes with their names as recorded). Versions recorded before
-- this migration hold none of them: empty lists and NULLs. MariaDB 10.11+ (also 11.4).
ALTER TABLE center_profile
    ADD COLUMN institutes_json        LONGTEXT      NOT NULL DEFAULT '[]',
    ADD COLUMN governance_description VARCHAR(3000) NULL,
    ADD COLUMN board_chair            VARCHAR(100)  NULL,
    ADD COLUMN board_members          VARCHAR(1000) NULL,
    ADD COLUMN committee_chair        VARCHAR(100)  NULL,
    ADD COLUMN committee_size         INT           NULL,
    ADD COLUMN charter_name           VARCHAR(255)  NULL,
    ADD COLUMN charter_date           DATE          NULL,
    ADD COLUMN services_json          LONGTEXT      NOT NULL DEFAULT '[]',
    ADD CONSTRAINT ck_center_profile_institutes CHECK (JSON_VALID(institutes_json)),
    ADD CONSTRAINT ck_center_profile_services CHECK (JSON_VALID(services_json)),
    ADD CONSTRAINT ck_center_profile_committee CHECK (committee_size IS NULL OR committee_size BETWEEN 1 AND 999),
    ADD CONSTRAINT ck_center_profile_charter CHECK (charter_date IS NULL OR charter_name IS NOT NULL);
