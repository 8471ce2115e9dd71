package org.ticportal.core.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.procedure.Stage;

/**
 * What users may read about the policies of the running plugins: their identities and catalogs, and for
 * administrators every plugin's state. Changing plugins is {@link PluginAdminService}'s.
 */
@Service
public class PolicyService {

    private final PolicyProviders providers;

    PolicyService(PolicyProviders providers) {
        this.providers = providers;
    }

    /** Every plugin in the plugins and upload folders, failed ones included, sorted by id. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PluginInfo> plugins() {
        return providers.verifier().describeAll();
    }

    /** The policies of the running plugins, sorted by policy id. */
    @PreAuthorize("isAuthenticated()")
    public List<StartedPolicy> startedPolicies() {
        return providers.started();
    }

    /** The running policy with this id. */
    @PreAuthorize("isAuthenticated()")
    public Optional<StartedPolicy> policy(String policyId) {
        return providers.current(policyId);
    }

    /**
     * The stages of the procedure of a pinned policy (also an archived version), for showing where a case stands.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Stage> stages(PolicyPin pin) {
        return providers.read(pin, p -> p.procedure().stages());
    }

    /**
     * The names of the steps and stages of every running policy's procedure, for naming the codes the audit trail
     * keeps (审计记录).
     */
    @PreAuthorize("isAuthenticated()")
    public ProcedureNames procedureNames() {
        return new ProcedureNames(providers.started().stream()
                .map(p -> providers.read(p.pin(), provider -> provider.procedure())).toList());
    }

    /** The title of a pinned policy version (also an archived one), for naming the policy a case is handled under. */
    @PreAuthorize("isAuthenticated()")
    public LocalizedText title(PolicyPin pin) {
        return providers.read(pin, p -> p.identity().title());
    }

    /** Whether the pinned version is the one that runs now (otherwise its archived copy serves the case). */
    @PreAuthorize("isAuthenticated()")
    public boolean isRunning(PolicyPin pin) {
        return providers.started().stream().anyMatch(p -> p.pin().equals(pin));
    }

    /**
     * The recommending bodies of every running policy, by code. Two policies may use one code for different bodies
     * (a city's direct channel and the province's city bureau are both 140900); their names are then joined.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> recommendingBodyNames(Locale locale) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (StartedPolicy policy : providers.started()) {
            for (RecommendingBody body : policy.catalogs().recommendingBodies()) {
                List<String> list = names.computeIfAbsent(body.code(), c -> new java.util.ArrayList<>());
                String name = body.name().get(locale);
                if (!list.contains(name)) {
                    list.add(name);
                }
            }
        }
        return names.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.join(" / ", e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }
}
