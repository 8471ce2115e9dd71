-- The dashboard's application figures of a bureau (ApplicationStatistics: by stage, by call, by call and outcome) group
-- every application of the bureau's jurisdiction. Without an index holding what they read, MariaDB read each of those
-- rows from the table (with its form): at a million applications (375,000 in the bureau's scope; benchmark P1's data,
-- the 2-core reference machine under load 10) 5-10 s by stage and 15-20 s by call. This index holds the scope (the
-- jurisdiction, whether the case waits with its unit, whether it was submitted) and the grouped columns, so that the
-- figures are counted from the index alone: 0.5-1.1 s there. The order lets the grouping by call (and outcome) read
-- it in order.
ALTER TABLE recognition_application
    ADD KEY ix_application_scope_call_outcome (jurisdiction_code, with_unit, call_id, closed, stage, submitted_at);
