-- The inbox (待办) of every user asks, at each visit, which plugin versions open applications are pinned to, so that it
-- can ask each version's procedure which stages wait for the user (WaitingWork). It grouped the whole table to learn
-- that: 1,246 ms at a million applications on the 2-core reference machine under load (issue 13, benchmark P1's data,
-- -Dbench.only=inbox). This index lets MariaDB answer the grouped query by a loose index scan, one index entry per pin
-- (3.5 ms there); on a small table it reads the index alone.
ALTER TABLE recognition_application
    ADD KEY ix_application_open_pin (closed, policy_id, plugin_id, plugin_version);
