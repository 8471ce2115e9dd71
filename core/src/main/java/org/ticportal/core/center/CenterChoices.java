package org.ticportal.core.center;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyCatalogs;

/**
 * The options of the centers grid's filters (type, industry cluster, division), taken from the catalogs of the
 * running policies whose centers the user sees: bureau staff their jurisdiction's policies, everyone else every running
 * policy's. Each code once, in the policies' order; names that differ between policies are joined.
 */
@Service
public class CenterChoices {

    private final PolicyProviders providers;
    private final UserService users;

    CenterChoices(PolicyProviders providers, UserService users) {
        this.providers = providers;
        this.users = users;
    }

    /** The center types (art. 4: 综合类、专业类 in Xinzhou). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<CenterChoice> types() {
        return collect(c -> c.centerTypes().stream().map(t -> new CenterChoice(t.code(), t.name())));
    }

    /** The industry clusters of the policies' industry groups. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<CenterChoice> clusters() {
        return collect(c -> c.allClusters().stream().map(k -> new CenterChoice(k.code(), k.name())));
    }

    /** The recommending bodies (counties, districts, development zones) centers' lead units came through. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<CenterChoice> divisions() {
        return collect(c -> c.recommendingBodies().stream().map(b -> new CenterChoice(b.code(), b.name())));
    }

    private List<CenterChoice> collect(Function<PolicyCatalogs, Stream<CenterChoice>> read) {
        AccessScope scope = users.currentScope();
        Map<String, Set<LocalizedText>> names = new LinkedHashMap<>();
        for (StartedPolicy policy : providers.started()) {
            if (scope.role() == Role.BUREAU
                    && !scope.coversJurisdiction(policy.identity().jurisdictionCode())) {
                continue;
            }
            read.apply(policy.catalogs()).forEach(choice ->
                    names.computeIfAbsent(choice.code(), c -> new LinkedHashSet<>()).add(choice.name()));
        }
        List<CenterChoice> choices = new ArrayList<>();
        names.forEach((code, texts) -> choices.add(new CenterChoice(code, texts.stream()
                .reduce((a, b) -> new LocalizedText(a.zh() + " / " + b.zh(), a.en() + " / " + b.en()))
                .orElseThrow())));
        return choices;
    }
}
