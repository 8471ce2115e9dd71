-- The applications grid over a million rows (issue 13, benchmark P1): an index for each scope the grid opens in
-- (a bureau's jurisdiction, a recommending body; an administrator's has ix_application_updated of V2) with its
-- default order (last changed first) and the offered stage filter, so that a page is read from an index range in
-- order instead of sorting the whole scope; and for the other date sorts a bureau uses. InnoDB appends the id to
-- each, which breaks ties (ApplicationGridQueries sorts by id last).
ALTER TABLE recognition_application
    ADD KEY ix_application_scope_updated (jurisdiction_code, updated_at),
    ADD KEY ix_application_scope_stage_updated (jurisdiction_code, stage, updated_at),
    ADD KEY ix_application_body_updated (recommending_body_code, updated_at),
    ADD KEY ix_application_scope_submitted (jurisdiction_code, submitted_at),
    ADD KEY ix_application_scope_due (jurisdiction_code, stage_due);
