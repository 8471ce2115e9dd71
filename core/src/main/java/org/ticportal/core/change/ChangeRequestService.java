package org.ticportal.core.change;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.CheckOutcome;
import org.ticportal.core.application.EligibilityReport;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterChangeApproved;
import org.ticportal.core.center.CenterNameCheck;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterProfiles;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.center.LegalForm;
import org.ticportal.core.center.ProfileDifference;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.change.ChangeType.Part;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.RuleKind;

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
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequestService {

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "centerName", "typeCode", "state");
    private static final Set<ChangeRequestState> OPEN = EnumSet.of(ChangeRequestState.REVIEWING,
            ChangeRequestState.RETURNED);
    private static final int MAX_REASON = 2000;

    private final ChangeRequestRepository requests;
    private final ChangeRequestStepRepository steps;
    private final CenterService centers;
    private final CenterProfileService profiles;
    private final UnitService units;
    private final ApplicationService applications;
    private final PolicyProviders providers;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;
    private final ChangeFiles files;
    private final ApplicationEventPublisher events;

    ChangeRequestService(ChangeRequestRepository requests, ChangeRequestStepRepository steps, CenterService centers,
                         CenterProfileService profiles, UnitService units, ApplicationService applications,
                         PolicyProviders providers, UserService users, AuditService audit, PortalTime time,
                         ChangeFiles files, ApplicationEventPublisher events) {
        this.requests = requests;
        this.steps = steps;
        this.centers = centers;
        this.profiles = profiles;
        this.units = units;
        this.applications = applications;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.files = files;
        this.events = events;
    }

    /** One page of the requests the user may see, filtered and sorted in the database (newest first by default). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<ChangeRequestRow> list(ChangeRequestFilter filter, Pageable pageable) {
        return requests.findAll(filter.toSpecification(users.currentScope()), sortable(pageable))
                .map(ChangeRequestRow::of).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long count(ChangeRequestFilter filter) {
        return requests.count(filter.toSpecification(users.currentScope()));
    }

    /** The change types requests were filed under (their codes and names), for the grid's filter. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<FiledType> filedTypes() {
        List<FiledType> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object[] row : requests.distinctTypes()) {
            if (seen.add((String) row[0])) {
                out.add(new FiledType((String) row[0], new org.ticportal.policy.api.LocalizedText((String) row[1],
                        (String) row[2])));
            }
        }
        return out;
    }

    /** A request the user may see; {@code change.notFound} otherwise. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public ChangeRequestRow get(long id) {
        return ChangeRequestRow.of(visible(id));
    }

    /** The request's history, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<ChangeStepRow> history(long id) {
        visible(id);
        return steps.findByRequestIdOrderByActedAtAscIdAsc(id).stream().map(ChangeRequestStep::toRow).toList();
    }

    /** The change types the center's policy offers (empty when it declares none). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<ChangeTypeOption> types(long centerId) {
        PolicyPin pin = centers.pin(centerId);
        return providers.read(pin, p -> p.changeTypes().stream().map(ChangeTypeOption::of).toList());
    }

    /** Whether the user may file a request for the center now: its lead unit's user, no request open, not revoked. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public boolean mayFile(long centerId) {
        CenterRow center = centers.get(centerId);
        AccessScope scope = users.currentScope();
        return scope.role() == Role.APPLICANT && scope.unitId() != null && scope.unitId() == center.unitId()
                && center.status() != CenterStatus.REVOKED
                && !requests.existsByCenterIdAndStateIn(centerId, OPEN) && !types(centerId).isEmpty();
    }

    /** Whether the user may take the request's current step (approve, return, refuse). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public boolean mayDecide(long id) {
        return mayAct(users.currentScope(), visible(id));
    }

    /** The most change requests 我的待办 lists; beyond it, the user works in 变更申请's grid. */
    public static final int MAX_WAITING = 200;

    /**
     * The change requests waiting for the logged-in user (我的待办), within their scope and selected in the database,
     * longest waiting first, at most {@code limit}: those under review whose current step of their approval chain is
     * the user's (as {@link #decide} allows it), and for the lead unit's users those returned to be revised. Experts and
     * the administrator have none.
     */
    @PreAuthorize("isAuthenticated()")
    public WaitingChange.WaitingList waitingForMe(int limit) {
        if (limit < 1 || limit > MAX_WAITING) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_WAITING + ": " + limit);
        }
        AccessScope scope = users.currentScope();
        if (scope.role() == Role.ADMIN || scope.role() == Role.EXPERT) {
            return new WaitingChange.WaitingList(List.of(), false);
        }
        Map<String, List<Integer>> stepsByChain = new java.util.LinkedHashMap<>();
        for (String chain : requests.reviewingChains()) {
            List<Actor> actors;
            try {
                actors = java.util.Arrays.stream(chain.split(",")).map(Actor::valueOf).toList();
            } catch (IllegalArgumentException e) {
                continue;
            }
            List<Integer> mine = new java.util.ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                if (approves(scope, actors.get(i))) {
                    mine.add(i);
                }
            }
            if (!mine.isEmpty()) {
                stepsByChain.put(chain, mine);
            }
        }
        org.springframework.data.jpa.domain.Specification<ChangeRequest> waiting = (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> any = new java.util.ArrayList<>();
            stepsByChain.forEach((chain, steps) -> any.add(cb.and(
                    cb.equal(root.get("state"), ChangeRequestState.REVIEWING),
                    cb.equal(root.get("approvalChain"), chain), root.get("stepNo").in(steps))));
            if (scope.role() == Role.APPLICANT) {
                any.add(cb.equal(root.get("state"), ChangeRequestState.RETURNED));
            }
            return any.isEmpty() ? cb.disjunction()
                    : cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        List<ChangeRequest> found = requests.findAll(ChangeRequestFilter.NONE.toSpecification(scope).and(waiting),
                PageRequest.of(0, limit + 1, Sort.by("updatedAt", "id"))).getContent();
        List<WaitingChange> rows = found.stream().limit(limit).map(r -> new WaitingChange(r.getId(),
                r.getCenterName(), r.getTypeName(), r.getState() == ChangeRequestState.RETURNED, r.currentActor(),
                r.getState() == ChangeRequestState.RETURNED ? 0 : r.getStepNo() + 1, r.chain().size(),
                r.getUpdatedAt())).toList();
        return new WaitingChange.WaitingList(rows, found.size() > limit);
    }

    /**
     * Whether a user of the scope approves for the actor, on the requests of the scope (the unit's own for a lead
     * unit's user): {@link #mayAct}'s rule without the request.
     */
    private static boolean approves(AccessScope scope, Actor actor) {
        return switch (actor) {
            case RECOMMENDING_BODY -> scope.role() == Role.COUNTY;
            case AUTHORITY, DECISION_BODY -> scope.role() == Role.BUREAU;
            case UNIT_ADMINISTRATOR -> scope.role() == Role.APPLICANT && scope.unitId() != null
                    && scope.administers(scope.unitId());
            case APPLICANT -> scope.role() == Role.APPLICANT && scope.unitId() != null;
            case EXPERT_PANEL, SYSTEM -> false;
        };
    }

    /** Whether the user may revise and file again a returned request (its lead unit's user). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public boolean mayResubmit(long id) {
        ChangeRequest r = visible(id);
        AccessScope scope = users.currentScope();
        return r.getState() == ChangeRequestState.RETURNED && scope.role() == Role.APPLICANT
                && scope.unitId() != null && scope.unitId() == r.getUnitId();
    }

    /**
     * Checks a rename's new core name for the center as the lead unit types it (the naming rules, the unique name).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterNameCheck checkName(long centerId, String coreName) {
        return centers.checkRename(centerId, coreName);
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
        if (requests.existsByCenterIdAndStateIn(centerId, OPEN)) {
            throw new BusinessException("change.openRequest", center.name());
        }
        ChangeType type = type(centers.pin(centerId), draft.typeCode());
        for (Actor actor : type.approvalChain()) {
            if (!supported(actor)) {
                throw new BusinessException("change.chainUnsupported", type.code(), actor.name());
            }
        }
        CenterProfileVersion base = profiles.versions(centerId).getFirst();
        ChangeProposal proposal = proposal(center, type, base, draft);
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
        ChangeRequest r = visible(id);
        if (!mayResubmit(id)) {
            throw new BusinessException("change.notReturned", r.getCenterName());
        }
        fresh(r, expectedVersion);
        if (!draft.typeCode().equals(r.getTypeCode())) {
            throw new BusinessException("change.typeFixed", r.getTypeName().zh());
        }
        CenterRow center = centers.get(r.getCenterId());
        ChangeType type = type(r.getPin(), r.getTypeCode());
        CenterProfileVersion base = profiles.versions(r.getCenterId()).getFirst();
        ChangeProposal proposal = proposal(center, type, base, draft);
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
        ChangeRequest r = visible(id);
        AccessScope scope = users.currentScope();
        Actor actor = r.currentActor();
        if (actor == null || !mayAct(scope, r)) {
            throw new BusinessException("change.notYourStep", r.getCenterName());
        }
        fresh(r, expectedVersion);
        String text = comment == null ? null : comment.strip();
        if ((action == ChangeAction.RETURN || action == ChangeAction.REFUSE) && (text == null || text.isEmpty())) {
            throw BusinessException.onField("comment", "change.commentRequired");
        }
        if (text != null && text.length() > MAX_REASON) {
            throw BusinessException.onField("comment", "change.commentTooLong", MAX_REASON);
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

    /**
     * The eligibility rules of the center's policy run for the proposed new lead unit (its registered particulars in
     * place of the lead unit's fields of the application the center was recognised on); empty when the request does
     * not change the lead unit or is closed (the approval checked it then).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public Optional<EligibilityReport> eligibility(long id) {
        ChangeRequest r = visible(id);
        ChangeProposal p = ChangeJson.read(r.getProposedJson());
        return p.leadUnitId() == null || !r.getState().open() ? Optional.empty()
                : Optional.of(eligibilityOf(r, p));
    }

    /** The AUTO rules a report fails (or could not run): these refuse the last approval. */
    public static List<RuleCheck> failedAuto(EligibilityReport report) {
        return report.checks().stream().filter(c -> c.kind() == RuleKind.AUTO
                && (c.outcome() == CheckOutcome.FAIL || c.outcome() == CheckOutcome.ERROR)).toList();
    }

    /**
     * The profile fields the request changes: from the version it was filed against to what it proposes (while
     * open), or to the version its approval recorded. A rename's name is not a profile field (see the row's
     * {@code proposedName}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<ProfileDifference> comparison(long id) {
        ChangeRequest r = visible(id);
        if (r.getResultVersionNo() != null) {
            return profiles.compare(r.getCenterId(), r.getBaseVersionNo(), r.getResultVersionNo());
        }
        CenterProfileVersion base = profiles.version(r.getCenterId(), r.getBaseVersionNo());
        CenterProfileDraft proposed = proposedProfile(base, ChangeJson.read(r.getProposedJson()));
        CenterProfileVersion next = new CenterProfileVersion(base.centerId(), base.versionNo() + 1, time.now(),
                AuditService.currentActor(), r.getReason(), proposed);
        return CenterProfiles.compare(base, next);
    }

    /** The written request (the letter of the latest filing). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public ChangeFile letter(long id) {
        ChangeRequest r = visible(id);
        return file(r.getLetterStored(), r.getLetterName());
    }

    /** The file of one step of the request's history. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public ChangeFile stepFile(long id, long stepId) {
        visible(id);
        ChangeRequestStep s = steps.findById(stepId).filter(x -> x.getRequestId() == id)
                .orElseThrow(() -> new BusinessException("change.fileMissing", stepId));
        return file(s.getAttachmentStored(), s.getAttachmentName());
    }

    // --- internals ---

    private void approve(ChangeRequest r) {
        CenterProfileVersion current = profiles.versions(r.getCenterId()).getFirst();
        if (current.versionNo() != r.getBaseVersionNo()) {
            throw new BusinessException("change.staleProfile", r.getBaseVersionNo(), current.versionNo());
        }
        ChangeProposal p = ChangeJson.read(r.getProposedJson());
        if (p.leadUnitId() != null) {
            List<RuleCheck> failed = failedAuto(eligibilityOf(r, p));
            if (!failed.isEmpty()) {
                org.ticportal.policy.api.LocalizedText all = null;
                for (RuleCheck c : failed) {
                    var one = CoreMessages.text("change.eligibilityRule", c.ruleId(), c.title(), c.message());
                    all = all == null ? one : CoreMessages.text("change.eligibilityAnd", all, one);
                }
                throw new BusinessException("change.eligibilityFailed", p.leadUnitName(), all);
            }
        }
        CenterProfileDraft next = proposedProfile(current, p);
        events.publishEvent(new CenterChangeApproved(r.getCenterId(), current.versionNo(), next, p.coreName(),
                CoreMessages.text("change.versionReason", r.getTypeName(), r.getReason()).zh()));
        r.move(ChangeRequestState.APPROVED, r.getStepNo(), current.versionNo() + 1, time.now());
    }

    private EligibilityReport eligibilityOf(ChangeRequest r, ChangeProposal p) {
        CenterRow center = centers.get(r.getCenterId());
        Map<String, Object> lead = new HashMap<>();
        lead.put(FieldKeys.LEAD_UNIT_NAME, p.leadUnitName());
        lead.put(FieldKeys.LEAD_UNIT_CREDIT_CODE, p.leadUnitCreditCode());
        lead.put(FieldKeys.LEAD_UNIT_REGISTERED_BODY, p.leadUnitBodyCode());
        lead.put(FieldKeys.LEAD_UNIT_INDEPENDENT, p.leadUnitIndependent());
        // the policy's legal-form codes are its own: the old lead unit's answer no longer applies, none is known
        lead.put(FieldKeys.LEAD_UNIT_LEGAL_FORM, null);
        lead.put(FieldKeys.LEAD_UNIT_CATEGORY, null);
        return applications.eligibilityWithLeadUnit(center.applicationId(), lead);
    }

    /** The next profile: the current one with the proposed parts in place, effective today (or with the current). */
    private CenterProfileDraft proposedProfile(CenterProfileVersion current, ChangeProposal p) {
        CenterProfileDraft b = current.profile();
        LocalDate today = time.today();
        boolean newLead = p.leadUnitId() != null;
        LegalForm legalForm = newLead ? Boolean.TRUE.equals(p.leadUnitIndependent())
                ? LegalForm.INDEPENDENT_LEGAL_ENTITY : LegalForm.INTERNAL_UNIT : b.legalForm();
        return new CenterProfileDraft(today.isBefore(b.effectiveFrom()) ? b.effectiveFrom() : today, b.typeCode(),
                b.typeName(), newLead ? p.leadUnitId() : b.leadUnitId(),
                newLead ? Objects.requireNonNull(p.leadUnitName()) : b.leadUnitName(),
                p.coBuilders() != null ? p.coBuilders() : b.coBuilders(), legalForm,
                newLead ? null : b.transitionTarget(), b.director(),
                p.researchDirections() != null ? p.researchDirections() : b.researchDirections(), b.clusterCode(),
                b.clusterName(), b.supervisingBodyCode(), p.institutes() != null ? p.institutes() : b.institutes(),
                b.governance(), b.publicServices());
    }

    private ChangeProposal proposal(CenterRow center, ChangeType type, CenterProfileVersion base,
                                    ChangeRequestDraft d) {
        CenterProfileDraft b = base.profile();
        refuseUnless(type, Part.NAME, d.coreName() != null && !d.coreName().isBlank(), "coreName");
        refuseUnless(type, Part.RESEARCH_DIRECTIONS, d.researchDirections() != null, "researchDirections");
        refuseUnless(type, Part.LEAD_UNIT, d.newLeadUnitCreditCode() != null, "leadUnit");
        refuseUnless(type, Part.CO_BUILDERS, d.coBuilders() != null, "coBuilders");
        refuseUnless(type, Part.INSTITUTES, d.institutes() != null, "institutes");
        if (d.reason().isEmpty()) {
            throw BusinessException.onField("reason", "change.reasonRequired");
        }
        if (d.reason().length() > MAX_REASON) {
            throw BusinessException.onField("reason", "change.commentTooLong", MAX_REASON);
        }
        String core = null;
        if (type.affects(Part.NAME)) {
            CenterNameCheck check = centers.checkRename(center.id(), d.coreName() == null ? "" : d.coreName());
            if (!check.passed()) {
                throw BusinessException.onField("coreName", "change.rename.refused", check.fullName(),
                        check.problems().getFirst());
            }
            core = check.coreName();
        }
        List<String> directions = null;
        if (d.researchDirections() != null) {
            directions = d.researchDirections().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (directions.isEmpty()) {
                throw BusinessException.onField("researchDirections", "change.directionsRequired");
            }
            if (directions.stream().anyMatch(s -> s.length() > 200)) {
                throw BusinessException.onField("researchDirections", "change.directionTooLong", 200);
            }
            if (directions.equals(b.researchDirections())) {
                directions = null;
            }
        }
        Unit lead = null;
        if (d.newLeadUnitCreditCode() != null) {
            lead = units.confirmedByCreditCode(d.newLeadUnitCreditCode()).orElseThrow(() -> BusinessException
                    .onField("leadUnit", "change.leadUnitUnknown", d.newLeadUnitCreditCode()));
            if (lead.getId() == b.leadUnitId()) {
                throw BusinessException.onField("leadUnit", "change.leadUnitSame", lead.getName());
            }
            if (d.newLeadUnitIndependent() == null) {
                throw BusinessException.onField("leadUnitIndependent", "change.leadUnitIndependentRequired");
            }
        }
        var coBuilders = d.coBuilders() != null && !d.coBuilders().equals(b.coBuilders()) ? d.coBuilders() : null;
        if (coBuilders != null && coBuilders.stream().map(c -> c.name()).distinct().count() != coBuilders.size()) {
            throw BusinessException.onField("coBuilders", "change.coBuilderTwice");
        }
        var institutes = d.institutes() != null && !d.institutes().equals(b.institutes()) ? d.institutes() : null;
        if (institutes != null && (institutes.stream().map(i -> i.name()).distinct().count() != institutes.size()
                || institutes.stream().filter(i -> i.headquarters()).count() > 1)) {
            throw BusinessException.onField("institutes", "change.instituteTwice");
        }
        if (core == null && directions == null && lead == null && coBuilders == null && institutes == null) {
            throw new BusinessException("change.nothingChanged");
        }
        return new ChangeProposal(core, directions, lead == null ? null : lead.getId(),
                lead == null ? null : lead.getName(), lead == null ? null : lead.getCreditCode(),
                lead == null ? null : lead.getRecommendingBodyCode(),
                lead == null ? null : d.newLeadUnitIndependent(), coBuilders, institutes);
    }

    private static void refuseUnless(ChangeType type, Part part, boolean given, String field) {
        if (given && !type.affects(part)) {
            throw BusinessException.onField(field, "change.partNotAllowed", type.name().zh());
        }
    }

    private ChangeType type(PolicyPin pin, String code) {
        return providers.read(pin, p -> p.changeTypes().stream().filter(t -> t.code().equals(code)).findFirst())
                .orElseThrow(() -> new BusinessException("change.typeUnknown", code));
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

    private ChangeFile file(@Nullable String stored, @Nullable String name) {
        var path = files.open(stored);
        if (path == null || name == null) {
            throw new BusinessException("change.fileMissing", name == null ? "?" : name);
        }
        return new ChangeFile(name, path);
    }

    private ChangeRequest visible(long id) {
        ChangeRequest r = requests.findById(id).orElse(null);
        if (r == null || !ChangeRequestFilter.sees(users.currentScope(), r)) {
            throw new BusinessException("change.notFound", id);
        }
        return r;
    }

    /** Whether a user of this scope acts for the actor the request waits for. */
    static boolean mayAct(AccessScope scope, ChangeRequest r) {
        Actor actor = r.currentActor();
        if (actor == null) {
            return false;
        }
        return switch (actor) {
            case RECOMMENDING_BODY -> scope.role() == Role.COUNTY
                    && r.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case AUTHORITY, DECISION_BODY -> scope.role() == Role.BUREAU
                    && scope.coversJurisdiction(r.getJurisdictionCode());
            case UNIT_ADMINISTRATOR -> scope.administers(r.getUnitId());
            case APPLICANT -> scope.role() == Role.APPLICANT && scope.unitId() != null
                    && scope.unitId() == r.getUnitId();
            case EXPERT_PANEL, SYSTEM -> false;
        };
    }

    private static boolean supported(Actor actor) {
        return actor != Actor.EXPERT_PANEL && actor != Actor.SYSTEM;
    }

    private static Pageable sortable(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        sort = sort.isUnsorted() ? Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")) : sort.and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 200), sort);
    }

    /**
     * A change type as requests were filed under it.
     *
     * @param code its code
     * @param name its name
     */
    public record FiledType(String code, org.ticportal.policy.api.LocalizedText name) {
    }
}
