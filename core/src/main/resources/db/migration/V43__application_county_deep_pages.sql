-- The applications grid's deep pages for a recommending body (issue 13, benchmark P1), as V42 did for a bureau: a
-- county reviewer's scope is its body's recommended cases that have left their units
-- (ApplicationAccess: recommending_body_code = ?, channel = 'RECOMMENDED', submitted_at is not null, with_unit = false).
-- This index holds every column that condition and the default order (last changed first, the id breaking ties) read,
-- so the rows skipped on the way to a deep page's offset are read from the index alone.
ALTER TABLE recognition_application
    ADD KEY ix_application_body_channel_left_updated (recommending_body_code, channel, with_unit, updated_at, id,
                                                      submitted_at);
