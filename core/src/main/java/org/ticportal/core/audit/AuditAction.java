package org.ticportal.core.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action the portal records in the audit trail, by the code stored in {@code audit_event.action}. Services
 * record one of these ({@link AuditService#record}), so the audit screen names each in the reader's language (key
 * {@code audit.action.<NAME>} in the UI's {@code audit} bundle; a test keeps every constant translated). The one
 * other kind of action is a step of a policy's procedure on an application ({@link AuditService#recordStep}), whose
 * code and name come from the policy. Most codes are stored as their name; the checklist's marks keep the {@code $}
 * codes of the application's history.
 */
public enum AuditAction {
    ACCESS_CHANGED,
    API_CALL,
    API_CLIENT_CREATED,
    API_CLIENT_REVOKED,
    APPLIED,
    APPROVED,
    ASSIGNED,
    ATTACHED,
    BACKED_UP,
    BACKUP_FAILED,
    BACKUP_STARTED,
    BATCH_DRAWN,
    CALL_CHANGED,
    CALL_DOCUMENT,
    CALL_OPENED,
    CENTER_PROFILE_VERSION,
    CENTER_RECOGNIZED,
    CENTER_RENAMED,
    CHANGE_APPROVE,
    CHANGE_APPROVED,
    CHANGE_FILED,
    CHANGE_REFUSE,
    CHANGE_REFUSED,
    CHANGE_REQUESTED,
    CHANGE_RESUBMITTED,
    CHANGE_RETURN,
    CHECKLIST_REOPENED("$CHECKLIST_REOPENED"),
    CONCLUDED,
    CONFIRMED,
    CONFLICT,
    CONVERSION_FILED,
    CONVERTED,
    CREATED,
    DAY_ADDED,
    DAY_CHANGED,
    DAY_REMOVED,
    DECIDED,
    DECLARED,
    DEFAULT_CLEARED,
    DEFAULT_SET,
    DELETED,
    DETACHED,
    DISABLED,
    DOWNLOADED,
    DRAFT_DISCARDED,
    DRAFT_EDITED,
    DRAFT_SAVED,
    DRAFT_STARTED,
    DRAWN,
    EDITED,
    ENABLED,
    ENGINEERING_CENTERS_IMPORTED,
    ENTRY_ADDED,
    ENTRY_RENAMED,
    ENTRY_RESTORED,
    ENTRY_RETIRED,
    EVALUATED_CONFIRM,
    EVALUATED_RECTIFY,
    EVALUATED_RETAIN,
    EVALUATED_REVOKE,
    EVALUATION_OPENED,
    /** A lead unit reminded by hand of its self-assessment or rectification report (绩效评估 · 发送提醒). */
    EVALUATION_REMINDED,
    EXPORTED,
    EXPORT_CANCELLED,
    EXPORT_FAILED,
    FILED_IN_CALL,
    FILE_EVIDENCE,
    FILE_RECTIFICATION,
    FORM_VERSION_CHANGED,
    HEAD_CHOSEN,
    INSTALLED,
    INSTALL_FAILED,
    INVITED,
    LOADED,
    LOCKED,
    LOGIN,
    LOGIN_FAILED,
    LOGIN_REFUSED,
    MEETING_CHANGED,
    MEETING_ITEM_ADDED,
    MEETING_ITEM_REMOVED,
    MEETING_MINUTES,
    MEETING_PLANNED,
    MEETING_RECORDED,
    MIGRATED,
    MISSING,
    NOTICE_DRAFTED,
    NOTICE_ENTRY_ADDED,
    NOTICE_PUBLISHED,
    NOT_VERIFIED("$NOT_VERIFIED"),
    OBJECTION_DISMISSED,
    OBJECTION_FILED,
    OBJECTION_RECEIVED,
    OBJECTION_UPHELD,
    OPENED,
    OVERWRITTEN,
    PANEL_DRAWN,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    PDF_EXPORTED,
    PRUNED,
    PUBLISHED,
    RECHECKED,
    RECHECK_FAILED,
    RECHECK_PASSED,
    RECTIFICATION_REPORTED,
    REFUSED,
    REGISTERED,
    RELOADED,
    REMINDER_SENT,
    REMOVED,
    RENAMED,
    REPLACED,
    REPORT_RETURNED,
    REPORT_STARTED,
    REPORT_SUBMITTED,
    RESTORED,
    RETURNED,
    REWARD_GRANTED,
    ROUND_OPENED,
    SCORED,
    SETTING_CHANGED,
    SHARED,
    SOURCE_CHANGED,
    SOURCE_LOCKED,
    STAGE_SKIPPED,
    STARTED,
    STOPPED,
    SUBMITTED,
    UNLOCKED,
    UNSHARED,
    UPDATED,
    UPGRADED,
    UPGRADE_FAILED,
    USER_DISABLED,
    USER_ENABLED,
    USER_INVITED,
    VALIDATED,
    VERIFIED("$VERIFIED"),
    VISIT_RECORDED;

    private static final Map<String, AuditAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::code, Function.identity()));

    private final String code;

    AuditAction() {
        this.code = name();
    }

    AuditAction(String code) {
        this.code = code;
    }

    /** The code stored in the trail. */
    public String code() {
        return code;
    }

    /** The action recorded with a code, if the portal records it (a policy's step code is none of these). */
    public static Optional<AuditAction> ofCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
