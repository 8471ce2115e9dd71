-- 公示管理 and 异议管理 as management grids (issue 13): both tables grow slowly (a few notices a year per jurisdiction,
-- fewer objections), but each grid opens in its default order within a scope and filters by state and by date, so
-- that order and those filters are read from an index range rather than by sorting the whole table: the notices of a
-- jurisdiction (or all, for administrators) newest first and by publication day; the objections newest first, by
-- state and by the day filed (a bureau's scope comes through ix_objection_notice of V17). InnoDB appends the id to
-- each, which breaks ties (the grids sort by id last).
ALTER TABLE public_notice
    ADD KEY ix_notice_scope_created (jurisdiction_code, created_at),
    ADD KEY ix_notice_created (created_at),
    ADD KEY ix_notice_scope_published (jurisdiction_code, published_at);

ALTER TABLE notice_objection
    ADD KEY ix_objection_filed (filed_at),
    ADD KEY ix_objection_state_filed (state, filed_at),
    ADD KEY ix_objection_filed_on (filed_on);
