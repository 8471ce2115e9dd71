package org.ticportal.policy.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogs a policy defines. Administrators may later override entries in the portal; these are the defaults
 * the measures give.
 *
 * @param centerTypes        the center types, at least one
 * @param industryGroups     groups of industry clusters (may be empty when the measures name none)
 * @param recommendingBodies the bodies applications arrive through, at least one
 */
public record PolicyCatalogs(List<CenterType> centerTypes, List<IndustryGroup> industryGroups,
                             List<RecommendingBody> recommendingBodies) {

    public PolicyCatalogs {
        centerTypes = List.copyOf(centerTypes);
        industryGroups = List.copyOf(industryGroups);
        recommendingBodies = List.copyOf(recommendingBodies);
        if (centerTypes.isEmpty()) {
            throw new IllegalArgumentException("a policy defines at least one center type");
        }
        if (recommendingBodies.isEmpty()) {
            throw new IllegalArgumentException("a policy defines at least one recommending body or channel");
        }
        requireUnique("center type", centerTypes.stream().map(CenterType::code).toList());
        requireUnique("industry cluster", industryGroups.stream()
                .flatMap(g -> g.clusters().stream()).map(IndustryCluster::code).toList());
        requireUnique("recommending body", recommendingBodies.stream().map(RecommendingBody::code).toList());
    }

    /** All industry clusters of all groups, in order. */
    public List<IndustryCluster> allClusters() {
        return industryGroups.stream().flatMap(g -> g.clusters().stream()).toList();
    }

    private static void requireUnique(String what, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new IllegalArgumentException("duplicate " + what + " code: " + code);
            }
        }
    }
}
