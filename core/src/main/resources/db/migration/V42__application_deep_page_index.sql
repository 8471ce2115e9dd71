-- The applications grid's deep pages (issue 13, benchmark P1): a page far down a bureau's list (offset 100,000 of a
-- million applications) read every skipped row from the table, 6 s. ApplicationGridQueries reads such a page's ids
-- first; this index holds everything that query reads for a bureau's scope in the default order (last changed first):
-- the jurisdiction, whether the case waits with its unit, the order, the id (named, so that it comes before
-- submitted_at and the index stays in the order's order) and whether it was submitted. The skipped rows are then read
-- from the index alone.
ALTER TABLE recognition_application
    ADD KEY ix_application_scope_left_updated (jurisdiction_code, with_unit, updated_at, id, submitted_at);
