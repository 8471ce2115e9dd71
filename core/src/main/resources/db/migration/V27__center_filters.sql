-- The staff's centers grid filters by type, industry cluster, division (the recommending body the lead unit came
-- through) and status, and sorts by the type's and cluster's names: one index each, so that neither a filter nor a
-- sort scans the table. MariaDB 10.11+ (also 11.4).
CREATE INDEX ix_center_type ON center (type_code, recognized_on);
CREATE INDEX ix_center_cluster ON center (cluster_code, recognized_on);
CREATE INDEX ix_center_status ON center (status, recognized_on);
CREATE INDEX ix_center_type_name ON center (type_name_zh);
CREATE INDEX ix_center_cluster_name ON center (cluster_name_zh);
