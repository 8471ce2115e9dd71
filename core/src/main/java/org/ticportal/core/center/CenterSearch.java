package org.ticportal.core.center;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.search.SearchHit;
import org.ticportal.core.search.SearchKind;
import org.ticportal.core.search.SearchPatterns;
import org.ticportal.core.search.SearchSource;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;

/**
 * The centers of the global search, within the register's scope ({@link CenterFilter#visibleTo}): by name or lead
 * unit (contains), by recognition document number or the lead unit's credit code (prefix); newest recognitions first.
 */
@Component
@Transactional(readOnly = true)
class CenterSearch implements SearchSource {

    private static final Sort NEWEST = Sort.by(Sort.Order.desc("recognizedOn"), Sort.Order.desc("id"));

    private final CenterRepository centers;
    private final UserService users;

    CenterSearch(CenterRepository centers, UserService users) {
        this.centers = centers;
        this.users = users;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.CENTER;
    }

    @Override
    public List<SearchHit> find(String text, int limit) {
        AccessScope scope = users.currentScope();
        if (scope.role() == Role.EXPERT) {
            return List.of();
        }
        return centers.findBy(CenterFilter.visibleTo(scope).and(matching(text)),
                        q -> q.sortBy(NEWEST).limit(limit).all()).stream()
                .map(c -> new SearchHit(SearchKind.CENTER, c.getId(), c.getName(), c.getDecisionNumber(),
                        c.getLeadUnitName()))
                .toList();
    }

    private static Specification<Center> matching(String text) {
        return (root, query, cb) -> {
            String contains = SearchPatterns.contains(text);
            var p = cb.or(cb.like(root.get("name"), contains, SearchPatterns.ESCAPE),
                    cb.like(root.get("leadUnitName"), contains, SearchPatterns.ESCAPE),
                    cb.like(root.get("decisionNumber"), SearchPatterns.prefix(text), SearchPatterns.ESCAPE));
            String credit = SearchPatterns.creditCodePrefix(text);
            if (credit != null) {
                var leadUnits = query.subquery(Long.class);
                var unit = leadUnits.from(Unit.class);
                leadUnits.select(unit.get("id")).where(cb.like(unit.get("creditCode"), credit));
                p = cb.or(p, root.get("unitId").in(leadUnits));
            }
            return p;
        };
    }
}
