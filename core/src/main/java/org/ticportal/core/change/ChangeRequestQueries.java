package org.ticportal.core.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.application.CheckOutcome;
import org.ticportal.core.application.EligibilityReport;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.center.CenterNameCheck;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterProfiles;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.center.ProfileDifference;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.rule.RuleKind;

/**
 * Reading change requests of recognised centers (art. 15 of the Xinzhou measures; the requests are filed and decided
 * in {@link ChangeRequestService}): the grid's pages, a request with its history, letter and opinion files, what it
 * changes and the new lead unit's eligibility report, the requests waiting for the user (我的待办), and what the user
 * may do next (file, decide, revise).
 *
 * <p>Who sees a request: administrators all, bureau staff their jurisdiction's, a county body its supervised centers',
 * the lead unit its own; another's is {@code change.notFound}.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequestQueries {

    /** The most change requests 我的待办 lists; beyond it, the user works in 变更申请's grid. */
    public static final int MAX_WAITING = 200;

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "centerName", "typeCode", "state");

    private final ChangeRequestRepository requests;
    private final ChangeRequestStepRepository steps;
    private final CenterService centers;
    private final CenterProfileService profiles;
    private final PolicyProviders providers;
    private final UserService users;
    private final PortalTime time;
    private final ChangeFiles files;
    private final ChangeAccess access;
    private final ChangeProposals proposals;

    ChangeRequestQueries(ChangeRequestRepository requests, ChangeRequestStepRepository steps, CenterService centers,
                         CenterProfileService profiles, PolicyProviders providers, UserService users, PortalTime time,
                         ChangeFiles files, ChangeAccess access, ChangeProposals proposals) {
        this.requests = requests;
        this.steps = steps;
        this.centers = centers;
        this.profiles = profiles;
        this.providers = providers;
        this.users = users;
        this.time = time;
        this.files = files;
        this.access = access;
        this.proposals = proposals;
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
        return ChangeRequestRow.of(access.visible(id));
    }

    /** The request's history, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<ChangeStepRow> history(long id) {
        access.visible(id);
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
                && !requests.existsByCenterIdAndStateIn(centerId, ChangeAccess.OPEN) && !types(centerId).isEmpty();
    }

    /** Whether the user may take the request's current step (approve, return, refuse). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public boolean mayDecide(long id) {
        return ChangeAccess.mayAct(users.currentScope(), access.visible(id));
    }

    /** Whether the user may revise and file again a returned request (its lead unit's user). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public boolean mayResubmit(long id) {
        return access.mayResubmit(access.visible(id));
    }

    /**
     * The change requests waiting for the logged-in user (我的待办), within their scope and selected in the database,
     * longest waiting first, at most {@code limit}: those under review whose current step of their approval chain is
     * the user's (as {@link ChangeRequestService#decide} allows it), and for the lead unit's users those returned to be
     * revised. Experts and the administrator have none.
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
                if (ChangeAccess.approves(scope, actors.get(i))) {
                    mine.add(i);
                }
            }
            if (!mine.isEmpty()) {
                stepsByChain.put(chain, mine);
            }
        }
        if (stepsByChain.isEmpty() && scope.role() != Role.APPLICANT) {
            // no reviewing chain has a step of this role: nothing can wait, and the database is not asked
            return new WaitingChange.WaitingList(List.of(), false);
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
     * Checks a rename's new core name for the center as the lead unit types it (the naming rules, the unique name).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterNameCheck checkName(long centerId, String coreName) {
        return centers.checkRename(centerId, coreName);
    }

    /**
     * The eligibility rules of the center's policy run for the proposed new lead unit (its registered particulars in
     * place of the lead unit's fields of the application the center was recognised on); empty when the request does
     * not change the lead unit or is closed (the approval checked it then).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public Optional<EligibilityReport> eligibility(long id) {
        ChangeRequest r = access.visible(id);
        ChangeProposal p = ChangeJson.read(r.getProposedJson());
        return p.leadUnitId() == null || !r.getState().open() ? Optional.empty()
                : Optional.of(proposals.eligibilityOf(r, p));
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
        ChangeRequest r = access.visible(id);
        if (r.getResultVersionNo() != null) {
            return profiles.compare(r.getCenterId(), r.getBaseVersionNo(), r.getResultVersionNo());
        }
        CenterProfileVersion base = profiles.version(r.getCenterId(), r.getBaseVersionNo());
        CenterProfileDraft proposed = proposals.proposedProfile(base, ChangeJson.read(r.getProposedJson()));
        CenterProfileVersion next = new CenterProfileVersion(base.centerId(), base.versionNo() + 1, time.now(),
                AuditService.currentActor(), r.getReason(), proposed);
        return CenterProfiles.compare(base, next);
    }

    /** The written request (the letter of the latest filing). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public ChangeFile letter(long id) {
        ChangeRequest r = access.visible(id);
        return file(r.getLetterStored(), r.getLetterName());
    }

    /** The file of one step of the request's history. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public ChangeFile stepFile(long id, long stepId) {
        access.visible(id);
        ChangeRequestStep s = steps.findById(stepId).filter(x -> x.getRequestId() == id)
                .orElseThrow(() -> new BusinessException("change.fileMissing", stepId));
        return file(s.getAttachmentStored(), s.getAttachmentName());
    }

    private ChangeFile file(@Nullable String stored, @Nullable String name) {
        var path = files.open(stored);
        if (path == null || name == null) {
            throw new BusinessException("change.fileMissing", name == null ? "?" : name);
        }
        return new ChangeFile(name, path);
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
