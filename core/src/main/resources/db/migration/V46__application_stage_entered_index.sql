-- The inbox (WaitingWork.forMe) lists the cases waiting for the user longest first: the open applications in scope in
-- each stage where the user's role has a step, ordered by when they entered it. Asked for all waiting stages at once
-- (stage = A or stage = B …), MariaDB sorted every candidate before the first came: for a bureau at a million
-- applications (153,846 waiting in two stages; benchmark P1's data, the 2-core reference machine under load) 5.4-9.9 s.
-- The inbox now reads each stage on its own in that order and merges them; this index serves each such read in order,
-- so that MariaDB stops after the slice's rows: 16-22 ms for the bureau's stage, 33-37 ms for a county's.
ALTER TABLE recognition_application
    ADD KEY ix_application_stage_entered (stage, stage_entered_at);
