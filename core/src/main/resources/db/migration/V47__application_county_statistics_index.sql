-- The dashboard's application figures of a county reviewer (ApplicationStatistics: by stage, by call, by call and
-- outcome) group every application the county recommended (recommending body, the recommended channel, not waiting
-- with its unit, submitted). No index held what they read, so MariaDB read the whole table: at a million applications
-- (benchmark P1's data, 176,500 recommended by the largest county) 1.2 s for the figures by call and outcome. This
-- index holds the county's scope and the grouped columns, in the order the grouping by call (and outcome) reads:
-- 0.06-0.09 s there, by stage 0.16 s. (A bureau's figures read V45's index; an administrator's read V45's whole,
-- 0.55 s.)
ALTER TABLE recognition_application
    ADD KEY ix_application_body_call_outcome (recommending_body_code, channel, with_unit, call_id, closed, stage,
                                              submitted_at);
