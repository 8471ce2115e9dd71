-- Notifications link to what they are about (我的待办 for evaluations and change requests): besides an application
-- (application_id), a notification may name a target that is not an application, by its kind and id: a center's
-- evaluation (EVALUATION) or change request (CHANGE_REQUEST). 通知 opens it on click; the e-mail names its page.
-- Both are set or neither; older notifications keep none.
ALTER TABLE notification
    ADD COLUMN target_kind VARCHAR(16) NULL AFTER application_id,
    ADD COLUMN target_id BIGINT NULL AFTER target_kind,
    ADD CONSTRAINT ck_notification_target CHECK ((target_kind IS NULL) = (target_id IS NULL));
