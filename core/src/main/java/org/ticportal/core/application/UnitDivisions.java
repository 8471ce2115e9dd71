package org.ticportal.core.application;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.RecommendingBody;

/**
 * Where a unit is registered, for the policies of every jurisdiction: a unit registered under a body whose code a
 * policy defines (a development zone, e.g. Xinzhou's {@code XZ_EDZ}) applies under that policy through that body, and
 * under a policy that does not know the code (the province's) by the GB/T 2260 division the defining policy says the
 * body lies in ({@code RecommendingBody.withinDivision}, plugin API 0.2.5).
 */
@Component
public class UnitDivisions {

    private final PolicyProviders providers;

    UnitDivisions(PolicyProviders providers) {
        this.providers = providers;
    }

    /** The body of the policy's catalogs a unit registered under {@code unitCode} applies through, if any. */
    public Optional<RecommendingBody> bodyFor(PolicyCatalogs catalogs, @Nullable String unitCode) {
        Optional<RecommendingBody> own = catalogs.recommendingBodyFor(unitCode);
        if (own.isPresent() || unitCode == null || RecommendingBody.isDivisionCode(unitCode)) {
            return own;
        }
        String division = division(unitCode);
        return division.isEmpty() ? Optional.empty() : catalogs.recommendingBodyFor(division);
    }

    /**
     * The GB/T 2260 division a unit registered under {@code unitCode} is in: the code itself when it is one, else the
     * division a running policy's body of that code lies within; empty when no policy says.
     */
    public String division(@Nullable String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return "";
        }
        if (RecommendingBody.isDivisionCode(unitCode)) {
            return unitCode;
        }
        for (StartedPolicy policy : providers.started()) {
            Optional<String> within = policy.catalogs().recommendingBody(unitCode).map(RecommendingBody::withinDivision)
                    .filter(w -> !w.isEmpty());
            if (within.isPresent()) {
                return within.get();
            }
        }
        return "";
    }
}
