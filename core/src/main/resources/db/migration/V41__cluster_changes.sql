-- Two or more portal nodes on one database (issue 14): what a node keeps in memory from the database or the shared
-- plugins folder (the running plugins and whether each runs, catalog overrides) is reloaded by the other nodes when the
-- topic's generation here moves. A change bumps its topic's generation in its own transaction; every node reads this
-- small table every few seconds (ticportal.cluster.poll-interval) and, for each topic that moved, publishes a
-- ClusterChanged event its caches react to. One row per topic, keyed by the topic: Galera replicates only tables with
-- a primary key. An UPDATE of an existing row (never INSERT ... SELECT, never a lock) is what Galera certifies best.
CREATE TABLE cluster_change (
    topic      VARCHAR(64)  NOT NULL,
    generation BIGINT       NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (topic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cluster_change (topic, generation) VALUES ('plugins', 0), ('catalogs', 0);
