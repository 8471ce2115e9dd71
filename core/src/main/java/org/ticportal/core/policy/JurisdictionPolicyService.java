package org.ticportal.core.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.RequestMemo;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;

/**
 * Which policy each jurisdiction's new applications are filed under. Cases already filed keep the policy (and
 * plugin version) they were filed under whatever is chosen here.
 */
@Service
@Transactional(readOnly = true)
public class JurisdictionPolicyService {

    private final PolicyProviders providers;
    private final PolicyAssignmentRepository assignments;
    private final AuditService audit;
    private final Clock clock;
    private final RequestMemo memo;

    JurisdictionPolicyService(PolicyProviders providers, PolicyAssignmentRepository assignments, AuditService audit,
                              Clock clock, RequestMemo memo) {
        this.providers = providers;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
        this.memo = memo;
    }

    /** The jurisdictions of the running policies, in code order, with their active policy. */
    @PreAuthorize("isAuthenticated()")
    // no transaction of its own: what the request read before costs no round trip (RequestMemo)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Jurisdiction> jurisdictions() {
        return all();
    }

    /** The jurisdiction's active policy, for filing a new case. */
    @PreAuthorize("isAuthenticated()")
    // no transaction of its own: what the request read before costs no round trip (RequestMemo)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<StartedPolicy> activePolicy(String jurisdictionCode) {
        return all().stream().filter(j -> j.code().equals(jurisdictionCode)).findFirst()
                .map(Jurisdiction::active);
    }

    /** Chooses the policy for a jurisdiction's new applications and calls. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Jurisdiction assign(String jurisdictionCode, String policyId) {
        StartedPolicy policy = providers.current(policyId)
                .orElseThrow(() -> BusinessException.onField("policy", "policy.notRunning", policyId));
        if (!policy.identity().jurisdictionCode().equals(jurisdictionCode)) {
            throw BusinessException.onField("policy", "policy.otherJurisdiction", policyId, jurisdictionCode);
        }
        String actor = AuditService.currentActor();
        PolicyAssignment assignment = assignments.findById(jurisdictionCode).orElse(null);
        String before = assignment == null ? null : assignment.getPolicyId();
        if (assignment == null) {
            assignments.save(new PolicyAssignment(jurisdictionCode, policyId, clock.instant(), actor));
        } else {
            assignment.assign(policyId, clock.instant(), actor);
        }
        audit.record(AuditSubject.POLICY, jurisdictionCode, AuditAction.ASSIGNED, before, policyId,
                policy.pin().toString());
        return all().stream().filter(j -> j.code().equals(jurisdictionCode)).findFirst().orElseThrow();
    }

    private List<Jurisdiction> all() {
        Map<String, List<StartedPolicy>> byCode = new LinkedHashMap<>();
        for (StartedPolicy p : providers.started()) {
            byCode.computeIfAbsent(p.identity().jurisdictionCode(), c -> new ArrayList<>()).add(p);
        }
        // read once per web request (an applicant's landing asked five times); the running policies are in memory
        Map<String, String> assigned = memo.value("policy-assignments", () -> {
            Map<String, String> read = new LinkedHashMap<>();
            assignments.findAll().forEach(a -> read.put(a.getJurisdictionCode(), a.getPolicyId()));
            return java.util.Collections.unmodifiableMap(read);
        });
        List<Jurisdiction> result = new ArrayList<>();
        byCode.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<StartedPolicy> policies = e.getValue();
            @Nullable String chosen = assigned.get(e.getKey());
            @Nullable StartedPolicy active = chosen == null ? policies.get(0)
                    : policies.stream().filter(p -> p.policyId().equals(chosen)).findFirst().orElse(null);
            result.add(new Jurisdiction(e.getKey(), policies.get(0).identity().jurisdiction(), policies, chosen,
                    active));
        });
        return result;
    }
}
