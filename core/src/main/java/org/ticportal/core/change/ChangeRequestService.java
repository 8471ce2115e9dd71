package org.ticportal.core.change;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterChangeApproved;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Change requests of recognised centers (art. 15 of the Xinzhou measures: 更名、变更主要研究方向或进行调整重组等重大事项，
 * 牵头建设单位应提出书面申请，由组织管理部门审核后，报市科技局批准).
 *
 * <p>The lead unit's user files a written request for its own center, of one of the change types the center's policy
 * declares, proposing new values only for the parts the type affects, with the letter as a PDF. Each actor of the
 * type's approval chain in turn approves (the request moves on), returns (the lead unit revises and files it again; the
 * chain starts over) or refuses it, a return or refusal with its reason. The last approval records the next version
 * of the center's profile and, for a rename, the new name, in the same transaction. A rename meets the policy's naming
 * rules and must not take a name a center holds or held (revoked centers' included), when filed and again when
 * approved; a new lead unit must be a confirmed registered unit and meets the policy's eligibility rules (the approvers
 * see the report; a failed AUTO rule refuses the last approval). A center has one open request at a time.
 *
 * <p>Who sees a request: administrators all, bureau staff their jurisdiction's, a county body its supervised centers',
 * the lead unit its own. Every step is kept in the request's history and the audit trail.
 *
 * <p>This service changes requests (file, revise and file again, approve, return, refuse); reading them, the waiting
 * list and what the user may do next are {@link ChangeRequestQueries}'.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequestService {

    private final ChangeRequestRepository requests;
    private final ChangeRequestStepRepository steps;
    private final CenterService centers;
    private final CenterProfileService profiles;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;
    private final ChangeFiles files;
    private final ApplicationEventPublisher events;
    private final ChangeAccess access;
    private final ChangeProposals proposals;

    ChangeRequestService(ChangeRequestRepository requests, ChangeRequestStepRepository steps, CenterService centers,
                         CenterProfileService profiles, UserService users, AuditService audit, PortalTime time,
                         ChangeFiles files, ApplicationEventPublisher events, ChangeAccess access,
                         ChangeProposals proposals) {
        this.requests = requests;
        this.steps = steps;
        this.centers = centers;
        this.profiles = profiles;
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.files = files;
        this.events = events;
        this.access = access;
        this.proposals = proposals;
    }

    /**
     * The lead unit files a written request for its center. Refused: another unit's or a revoked center
     * ({@code change.notLeadUnit}, {@code change.centerRevoked}), a request already open ({@code change.openRequest}), a
     * type the policy does not declare, a value of a part the type does not affect, nothing changed, a name the naming
     * rules refuse or a center holds or held, an unknown or unchanged lead unit, no reason, no letter (PDF).
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ChangeRequestRow file(long centerId, ChangeRequestDraft draft, @Nullable String letterName,
                                 @Nullable InputStream letter) {
        CenterRow center = centers.get(centerId);
        AccessScope scope = users.currentScope();
        if (scope.unitId() == null || scope.unitId() != center.unitId()) {
            throw new BusinessException("change.notLeadUnit", center.name());
        }
        if (center.status() == CenterStatus.REVOKED) {
            throw new BusinessException("change.centerRevoked", center.name());
        }
        if (requests.existsByCenterIdAndStateIn(centerId, ChangeAccess.OPEN)) {
            throw new BusinessException("change.openRequest", center.name());
        }
        ChangeType type = proposals.type(centers.pin(centerId), draft.typeCode());
        for (Actor actor : type.approvalChain()) {
            if (!ChangeAccess.supported(actor)) {
                throw new BusinessException("change.chainUnsupported", type.code(), actor.name());
            }
        }
        CenterProfileVersion base = profiles.versions(centerId).getFirst();
        ChangeProposal proposal = proposals.proposal(center, type, base, draft);
        String proposedName = proposal.coreName() == null ? null
                : centers.checkRename(centerId, proposal.coreName()).fullName();
        String stored = letter(letterName, letter);
        ChangeRequest r = requests.saveAndFlush(new ChangeRequest(centerId, center.name(), center.unitId(),
                center.recommendingBodyCode(), center.jurisdictionCode(), centers.pin(centerId), type.code(),
                type.name(), type.approvalChain(), base.versionNo(), ChangeJson.write(proposal), proposedName,
                draft.reason(), stored, Objects.requireNonNull(letterName).strip(), AuditService.currentActor(),
                time.now()));
        step(r, ChangeAction.FILE, "APPLICANT", null, null, draft.reason(), stored, letterName);
        audit.record(AuditSubject.CHANGE_REQUEST, r.getId().toString(), AuditAction.CHANGE_FILED, null,
                r.getTypeCode() + " / " + center.name(), draft.reason());
        return ChangeRequestRow.of(r);
    }

    /** The lead unit revises a returned request and files it again, with a new letter; the chain starts over. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ChangeRequestRow resubmit(long id, long expectedVersion, ChangeRequestDraft draft,
                                     @Nullable String letterName, @Nullable InputStream letter) {
        ChangeRequest r = access.visible(id);
        if (!access.mayResubmit(r)) {
            throw new BusinessException("change.notReturned", r.getCenterName());
        }
        fresh(r, expectedVersion);
        if (!draft.typeCode().equals(r.getTypeCode())) {
            throw new BusinessException("change.typeFixed", r.getTypeName().zh());
        }
        CenterRow center = centers.get(r.getCenterId());
        ChangeType type = proposals.type(r.getPin(), r.getTypeCode());
        CenterProfileVersion base = profiles.versions(r.getCenterId()).getFirst();
        ChangeProposal proposal = proposals.proposal(center, type, base, draft);
        String proposedName = proposal.coreName() == null ? null
                : centers.checkRename(r.getCenterId(), proposal.coreName()).fullName();
        String stored = letter(letterName, letter);
        ChangeRequestState from = r.getState();
        r.resubmit(base.versionNo(), ChangeJson.write(proposal), proposedName, draft.reason(), stored,
                Objects.requireNonNull(letterName).strip(), time.now());
        requests.saveAndFlush(r);
        step(r, ChangeAction.RESUBMIT, "APPLICANT", from, 0, draft.reason(), stored, letterName);
        audit.record(AuditSubject.CHANGE_REQUEST, r.getId().toString(), AuditAction.CHANGE_RESUBMITTED, from.name(),
                r.getState().name(), draft.reason());
        return ChangeRequestRow.of(r);
    }

    /**
     * The current step's approver approves, returns or refuses the request (a return or refusal needs its reason),
     * optionally with an opinion file. The last approval records the next profile version of the center (renaming it
     * for a rename) in this transaction: refused when the name no longer passes, the new lead unit fails an AUTO
     * eligibility rule ({@code change.eligibilityFailed}) or another profile version was recorded since the request was
     * filed ({@code change.staleProfile}: return it to be filed again).
     */
    @PreAuthorize("hasAnyRole('COUNTY', 'BUREAU', 'APPLICANT')")
    @Transactional
    public ChangeRequestRow decide(long id, long expectedVersion, ChangeAction action, @Nullable String comment,
                                   @Nullable String fileName, @Nullable InputStream file) {
        ChangeRequest r = access.visible(id);
        AccessScope scope = users.currentScope();
        Actor actor = r.currentActor();
        if (actor == null || !ChangeAccess.mayAct(scope, r)) {
            throw new BusinessException("change.notYourStep", r.getCenterName());
        }
        fresh(r, expectedVersion);
        String text = comment == null ? null : comment.strip();
        if ((action == ChangeAction.RETURN || action == ChangeAction.REFUSE) && (text == null || text.isEmpty())) {
            throw BusinessException.onField("comment", "change.commentRequired");
        }
        if (text != null && text.length() > ChangeProposals.MAX_REASON) {
            throw BusinessException.onField("comment", "change.commentTooLong", ChangeProposals.MAX_REASON);
        }
        String stored = fileName != null && file != null
                ? files.store("opinion", fileName, file, ChangeFiles.OPINION_TYPES, time.today()) : null;
        ChangeRequestState from = r.getState();
        int fromStep = r.getStepNo();
        switch (action) {
            case APPROVE -> {
                if (r.atLastStep()) {
                    approve(r);
                } else {
                    r.move(ChangeRequestState.REVIEWING, fromStep + 1, null, time.now());
                }
            }
            case RETURN -> r.move(ChangeRequestState.RETURNED, 0, null, time.now());
            case REFUSE -> r.move(ChangeRequestState.REFUSED, fromStep, null, time.now());
            default -> throw new IllegalArgumentException("not an approver's action: " + action);
        }
        requests.saveAndFlush(r);
        step(r, action, actor.name(), from, fromStep, text, stored, stored == null ? null : fileName);
        audit.record(AuditSubject.CHANGE_REQUEST, r.getId().toString(), switch (action) {
            case APPROVE -> AuditAction.CHANGE_APPROVE;
            case RETURN -> AuditAction.CHANGE_RETURN;
            case REFUSE -> AuditAction.CHANGE_REFUSE;
            default -> throw new IllegalArgumentException("not an approver's action: " + action);
        },
                from.name() + "/" + fromStep, r.getState().name() + "/" + r.getStepNo(), text);
        return ChangeRequestRow.of(r);
    }

    // --- internals ---

    private void approve(ChangeRequest r) {
        CenterProfileVersion current = profiles.versions(r.getCenterId()).getFirst();
        if (current.versionNo() != r.getBaseVersionNo()) {
            throw new BusinessException("change.staleProfile", r.getBaseVersionNo(), current.versionNo());
        }
        ChangeProposal p = ChangeJson.read(r.getProposedJson());
        if (p.leadUnitId() != null) {
            List<RuleCheck> failed = ChangeRequestQueries.failedAuto(proposals.eligibilityOf(r, p));
            if (!failed.isEmpty()) {
                org.ticportal.policy.api.LocalizedText all = null;
                for (RuleCheck c : failed) {
                    var one = CoreMessages.text("change.eligibilityRule", c.ruleId(), c.title(), c.message());
                    all = all == null ? one : CoreMessages.text("change.eligibilityAnd", all, one);
                }
                throw new BusinessException("change.eligibilityFailed", p.leadUnitName(), all);
            }
        }
        CenterProfileDraft next = proposals.proposedProfile(current, p);
        events.publishEvent(new CenterChangeApproved(r.getCenterId(), current.versionNo(), next, p.coreName(),
                CoreMessages.text("change.versionReason", r.getTypeName(), r.getReason()).zh()));
        r.move(ChangeRequestState.APPROVED, r.getStepNo(), current.versionNo() + 1, time.now());
    }

    private String letter(@Nullable String letterName, @Nullable InputStream letter) {
        if (letterName == null || letterName.isBlank() || letter == null) {
            throw BusinessException.onField("letter", "change.letterRequired");
        }
        return files.store("letter", letterName, letter, ChangeFiles.LETTER_TYPES, time.today());
    }

    private void step(ChangeRequest r, ChangeAction action, String actor, @Nullable ChangeRequestState from,
                      @Nullable Integer fromStep, @Nullable String comment, @Nullable String stored,
                      @Nullable String fileName) {
        steps.saveAndFlush(new ChangeRequestStep(r.getId(), action, actor, AuditService.currentActor(), time.now(),
                from, r.getState(), fromStep, r.getStepNo(), comment, stored,
                stored == null || fileName == null ? null : fileName.strip()));
        events.publishEvent(new ChangeRequestMoved(r.getId(), AuditService.currentActor()));
    }

    private static void fresh(ChangeRequest r, long expectedVersion) {
        if (r.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("change request " + r.getId() + " is at version "
                    + r.getVersion() + ", not " + expectedVersion);
        }
    }
}
