package org.ticportal.core.application;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;

/**
 * The reviewers' checklist of an application (核查清单): the rules the portal cannot decide, each confirmed (or not,
 * with a note) by the reviewer the policy names — the recommending body of the case's division, the bureau, the
 * expert panel. A reviewer's step forward waits until their items are confirmed ({@code CHECKLIST_VERIFIED}); the
 * bureau's re-check is its part of the list. Every mark is recorded in the case's history and the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    /** The longest note kept. */
    public static final int MAX_NOTE = 1000;

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final ApplicationStepRepository steps;
    private final RuleVerificationRepository verifications;
    private final EligibilityChecker eligibility;
    private final Checklist checklist;
    private final CaseHistory history;
    private final UserService users;
    private final Clock clock;

    ChecklistService(ApplicationRepository applications, AttachmentRepository attachments,
                     ApplicationStepRepository steps, RuleVerificationRepository verifications,
                     EligibilityChecker eligibility, Checklist checklist, CaseHistory history, UserService users,
                     Clock clock) {
        this.applications = applications;
        this.attachments = attachments;
        this.steps = steps;
        this.verifications = verifications;
        this.eligibility = eligibility;
        this.checklist = checklist;
        this.history = history;
        this.users = users;
        this.clock = clock;
    }

    /** The application's checklist as its file stands, with who verified what and when, and what the user may mark. */
    @PreAuthorize("isAuthenticated()")
    public List<ChecklistItem> items(long applicationId) {
        AccessScope scope = users.currentScope();
        CaseFile file = CaseFile.load(visible(applicationId, scope), attachments, steps);
        return checklist.items(file, eligibility.check(file), scope);
    }

    /**
     * Marks an item verified or not. Only the item's reviewer may (the recommending body of the case's own division,
     * the bureau of its jurisdiction); a negative mark needs a note.
     *
     * @param expectedVersion the mark's version as the reviewer read it ({@code null}: it was still open); refused
     *                        when someone marked it meanwhile
     */
    @PreAuthorize("hasAnyRole('COUNTY', 'BUREAU')")
    @Transactional
    public ChecklistItem mark(long applicationId, String ruleId, boolean verified, @Nullable String note,
                              @Nullable Long expectedVersion) {
        AccessScope scope = users.currentScope();
        RecognitionApplication app = visible(applicationId, scope);
        if (app.isClosed()) {
            throw new BusinessException("checklist.closed");
        }
        CaseFile file = CaseFile.load(app, attachments, steps);
        ChecklistItem item = checklist.items(file, eligibility.check(file), scope).stream()
                .filter(i -> i.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new BusinessException("checklist.notItem", ruleId));
        if (!item.markable()) {
            throw new AccessDeniedException("not the reviewer of rule " + ruleId + " on application " + applicationId);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (!verified && cleanNote == null) {
            throw BusinessException.onField("note", "checklist.noteRequired");
        }
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            cleanNote = cleanNote.substring(0, MAX_NOTE);
        }
        if (!java.util.Objects.equals(item.version(), expectedVersion)) {
            throw new OptimisticLockingFailureException("checklist item " + ruleId + " of application "
                    + applicationId + " was marked by someone else");
        }
        RuleVerification mark = verifications.findByApplicationIdAndRuleId(applicationId, ruleId)
                .orElseGet(() -> new RuleVerification(applicationId, ruleId));
        mark.mark(item.owner(), verified, cleanNote, AuditService.currentActor(), scope.role().name(),
                clock.instant());
        verifications.saveAndFlush(mark);
        history.verified(app, ruleId, verified, cleanNote, scope.role().name());
        return new ChecklistItem(item.ruleId(), item.title(), item.article(), item.kind(), item.owner(), verified,
                cleanNote, mark.getVerifiedBy(), mark.getVerifiedAt(), mark.getVersion(), true);
    }

    private RecognitionApplication visible(long id, AccessScope scope) {
        return applications.findById(id).filter(a -> ApplicationAccess.canSee(scope, a))
                .orElseThrow(() -> new BusinessException("application.notFound", id));
    }
}
