package org.ticportal.core.unit;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.search.SearchHit;
import org.ticportal.core.search.SearchKind;
import org.ticportal.core.search.SearchPatterns;
import org.ticportal.core.search.SearchSource;

/**
 * The units of the global search, within the scope of 单位管理 ({@link UnitFilter#visibleTo}: administrators and
 * bureau staff every unit, a recommending body's reviewer the units registered under or confirmed by it, an applicant
 * its own unit, experts none): by name (contains) or credit code (prefix); by name.
 */
@Component
@Transactional(readOnly = true)
class UnitSearch implements SearchSource {

    private static final Sort BY_NAME = Sort.by("name", "id");

    private final UnitRepository units;
    private final UnitScope scope;

    UnitSearch(UnitRepository units, UnitScope scope) {
        this.units = units;
        this.scope = scope;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.UNIT;
    }

    @Override
    public List<SearchHit> find(String text, int limit) {
        UnitAccess access = scope.access();
        if (access.kind() == UnitAccess.Kind.NONE) {
            return List.of();
        }
        return units.findBy(UnitFilter.visibleTo(access).and(matching(text)),
                        q -> q.sortBy(BY_NAME).limit(limit).all()).stream()
                .map(u -> new SearchHit(SearchKind.UNIT, u.getId(), u.getName(), u.getCreditCode(), null))
                .toList();
    }

    private static Specification<Unit> matching(String text) {
        return (root, query, cb) -> {
            var p = cb.like(root.get("name"), SearchPatterns.contains(text), SearchPatterns.ESCAPE);
            String credit = SearchPatterns.creditCodePrefix(text);
            return credit == null ? p : cb.or(p, cb.like(root.get("creditCode"), credit));
        };
    }
}
