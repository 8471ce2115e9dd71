-- Saved views of the management grids (issue 13, 已保存视图): a user's named state of one grid (grid_id, the grid's
-- component id) as JSON: the filters by column key, the visible column keys in their order, the sort orders. Names are
-- unique per owner and grid. A bureau user may share a view with the colleagues of the same jurisdiction
-- (share_scope, e.g. BUREAU:140900, copied from the owner's account at each write). version guards overwrites.
CREATE TABLE saved_grid_view (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    owner_id    BIGINT       NOT NULL,
    owner_name  VARCHAR(100) NOT NULL,
    owner_role  VARCHAR(16)  NOT NULL,
    share_scope VARCHAR(40)  NOT NULL,
    grid_id     VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    state_json  TEXT         NOT NULL,
    shared      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_saved_grid_view_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT uk_saved_grid_view_name UNIQUE (owner_id, grid_id, name),
    CONSTRAINT ck_saved_grid_view_state CHECK (JSON_VALID(state_json)),
    KEY ix_saved_grid_view_shared (grid_id, share_scope, shared)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The view each user opens a grid with (默认视图): one per user and grid, by the key; the user's own view or one a
-- colleague shares (the choice is the user's alone: marking a shared view changes nobody else's default). A deleted
-- view takes the defaults on it along; unsharing removes the colleagues' defaults on it.
CREATE TABLE saved_grid_view_default (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    user_id   BIGINT      NOT NULL,
    grid_id   VARCHAR(64) NOT NULL,
    view_id   BIGINT      NOT NULL,
    chosen_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_saved_grid_view_default UNIQUE (user_id, grid_id),
    CONSTRAINT fk_saved_grid_view_default_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_saved_grid_view_default_view FOREIGN KEY (view_id) REFERENCES saved_grid_view (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
