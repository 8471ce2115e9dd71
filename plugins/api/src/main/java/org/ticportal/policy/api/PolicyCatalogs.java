package org.ticportal.policy.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The catalogs a policy defines. Administrators may later override entries in the portal; these are the defaults
 * the measures give.
 *
 * @param centerTypes        the center types, at least one
 * @param industryGroups     groups of industry clusters (may be empty when the measures name none)
 * @param recommendingBodies the bodies applications arrive through, at least one
 * @param lists              the other catalogs (legal forms, co-building modes, public services …), see
 *                           {@link Catalog} for the well-known codes
 */
public record PolicyCatalogs(List<CenterType> centerTypes, List<IndustryGroup> industryGroups,
                             List<RecommendingBody> recommendingBodies, List<Catalog> lists) {

    public PolicyCatalogs {
        centerTypes = List.copyOf(centerTypes);
        industryGroups = List.copyOf(industryGroups);
        recommendingBodies = List.copyOf(recommendingBodies);
        lists = lists == null ? List.of() : List.copyOf(lists);
        if (centerTypes.isEmpty()) {
            throw new IllegalArgumentException("a policy defines at least one center type");
        }
        if (recommendingBodies.isEmpty()) {
            throw new IllegalArgumentException("a policy defines at least one recommending body or channel");
        }
        Catalogs.requireUnique("center type", centerTypes.stream().map(CenterType::code).toList());
        Catalogs.requireUnique("industry cluster", industryGroups.stream()
                .flatMap(g -> g.clusters().stream()).map(IndustryCluster::code).toList());
        Catalogs.requireUnique("recommending body", recommendingBodies.stream().map(RecommendingBody::code).toList());
        Catalogs.requireUnique("catalog", lists.stream().map(Catalog::code).toList());
    }

    /** Catalogs with center types, industries and recommending bodies only. */
    public PolicyCatalogs(List<CenterType> centerTypes, List<IndustryGroup> industryGroups,
                          List<RecommendingBody> recommendingBodies) {
        this(centerTypes, industryGroups, recommendingBodies, List.of());
    }

    /** All industry clusters of all groups, in order. */
    public List<IndustryCluster> allClusters() {
        return industryGroups.stream().flatMap(g -> g.clusters().stream()).toList();
    }

    public Optional<CenterType> centerType(String code) {
        return centerTypes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<RecommendingBody> recommendingBody(String code) {
        return recommendingBodies.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** A catalog by its code, e.g. {@link Catalog#LEGAL_FORMS}. */
    public Optional<Catalog> list(String code) {
        return lists.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The body an applicant unit registered in an administrative division (GB/T 2260 code, or a body code such as a
     * development zone's) applies through: the body with that code, else the body whose
     * {@link RecommendingBody#divisions() division prefix} matches longest.
     */
    public Optional<RecommendingBody> recommendingBodyFor(@Nullable String divisionCode) {
        if (divisionCode == null || divisionCode.isBlank()) {
            return Optional.empty();
        }
        Optional<RecommendingBody> exact = recommendingBody(divisionCode);
        if (exact.isPresent()) {
            return exact;
        }
        return recommendingBodies.stream()
                .filter(b -> b.matchLength(divisionCode) > 0)
                .max(Comparator.comparingInt(b -> b.matchLength(divisionCode)));
    }
}
