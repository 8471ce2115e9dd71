package org.ticportal.core.registration;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.catalog.CatalogCodes;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.catalog.MergedEntry;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.unit.UnitDivisions;
import org.ticportal.policy.api.SubmissionChannel;

/**
 * Places a unit's division by the jurisdiction's active policy, as a registration is placed: the division must be a
 * selectable entry of the policy's recommending bodies (catalog overrides applied); a body of the direct channel means
 * the bureau confirms. Reads policy data only, as the portal (the asking user need not see catalogs).
 */
@Component
class PolicyUnitDivisions implements UnitDivisions {

    private final JurisdictionPolicyService jurisdictions;
    private final CatalogService catalogs;

    PolicyUnitDivisions(JurisdictionPolicyService jurisdictions, CatalogService catalogs) {
        this.jurisdictions = jurisdictions;
        this.catalogs = catalogs;
    }

    @Override
    public Optional<Placement> place(@Nullable String jurisdictionCode, String divisionCode) {
        return SystemAuthentication.call(() -> {
            List<String> candidates = jurisdictionCode != null ? List.of(jurisdictionCode)
                    : jurisdictions.jurisdictions().stream().map(Jurisdiction::code).toList();
            for (String code : candidates) {
                Optional<StartedPolicy> policy = jurisdictions.activePolicy(code);
                if (policy.isEmpty()) {
                    continue;
                }
                boolean selectable = catalogs.inForce(policy.get().pin()).entries(CatalogCodes.RECOMMENDING_BODIES)
                        .orElse(List.of()).stream().filter(MergedEntry::selectable)
                        .anyMatch(e -> e.code().equals(divisionCode));
                Optional<Placement> placed = policy.get().catalogs().recommendingBodyFor(divisionCode)
                        .filter(b -> selectable)
                        .map(b -> new Placement(code, b.channel() == SubmissionChannel.DIRECT ? null : b.code()));
                if (placed.isPresent()) {
                    return placed;
                }
            }
            return Optional.empty();
        });
    }
}
