-- Whether an application's public notice (认定公示, art. 9(3) of the Xinzhou measures) was actually published: a case
-- entering the policy's notice stage is dated a provisional notice period, but the public cannot object before the
-- bureau publishes a notice listing it. The portal's closer (NoticeCloser) closes a notice only when it was published
-- and its period ended. Publishing a notice that lists the application sets it, in the publication's transaction.
-- Cases already in a notice stage (or handling an objection) with a notice start were closed by the old rule when
-- their period ended: they keep that behaviour, so that running portals keep working. MariaDB 10.11+ (also 11.4).
ALTER TABLE recognition_application
    ADD COLUMN notice_published BOOLEAN NOT NULL DEFAULT FALSE AFTER notice_end_provisional;

UPDATE recognition_application
SET notice_published = TRUE
WHERE stage_kind IN ('NOTICE', 'OBJECTION')
  AND notice_start IS NOT NULL;
