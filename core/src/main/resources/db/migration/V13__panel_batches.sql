-- Expert argumentation (issue 10): panels drawn for several applications in one action (批量抽取), all or nothing.
-- Each panel keeps its own draw record in expert_panel.record_json; the batch says who drew them and when.

CREATE TABLE panel_batch (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    version      BIGINT      NOT NULL DEFAULT 0,
    drawn_at     DATETIME(6) NOT NULL,
    drawn_by     VARCHAR(64) NOT NULL,
    panel_count  INT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_panel_batch_drawn_at (drawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE expert_panel
    ADD COLUMN batch_id BIGINT NULL AFTER drawn_by,
    ADD CONSTRAINT fk_expert_panel_batch FOREIGN KEY (batch_id) REFERENCES panel_batch (id);
