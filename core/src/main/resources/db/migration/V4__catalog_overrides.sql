-- Administrators' overrides of a policy's catalogs. MariaDB 10.11+ (also runs on 11.4).
-- The plugin's catalogs stay the defaults; a row here adds an entry, renames one or retires one. Records keep the
-- entry code they were filed with, so a row is never deleted: a retired entry is restored by clearing its flag.

-- one row per entry an administrator touched, keyed by the policy (not the plugin version: overrides outlive an
-- upgrade), the catalog (a Catalog code of the plugin, or CENTER_TYPES, INDUSTRY_CLUSTERS, RECOMMENDING_BODIES)
-- and the entry code
CREATE TABLE catalog_override (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    policy_id    VARCHAR(64)  NOT NULL,
    catalog_code VARCHAR(64)  NOT NULL,
    entry_code   VARCHAR(64)  NOT NULL,
    -- TRUE: an entry the administrator added (not among the plugin's defaults when added)
    added        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the added entry's name, or the new name of a default entry; NULL: the plugin's name applies
    name_zh      VARCHAR(200) NULL,
    name_en      VARCHAR(200) NULL,
    -- order of added entries after the defaults
    position     INT          NOT NULL DEFAULT 0,
    -- a retired entry is offered for no new value but still names the records that hold it
    retired      BOOLEAN      NOT NULL DEFAULT FALSE,
    retired_at   DATETIME(6)  NULL,
    retired_by   VARCHAR(64)  NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_catalog_override UNIQUE (policy_id, catalog_code, entry_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
