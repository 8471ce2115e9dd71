package org.ticportal.core.expert;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.search.SearchHit;
import org.ticportal.core.search.SearchKind;
import org.ticportal.core.search.SearchPatterns;
import org.ticportal.core.search.SearchSource;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;

/**
 * The experts of the global search, within the scope of 专家库: administrators the whole pool, bureau staff their
 * jurisdiction's experts (as {@link ExpertService#list} limits them), nobody else; by name or unit (contains) or the
 * unit's credit code (prefix); by name.
 */
@Component
@Transactional(readOnly = true)
class ExpertSearch implements SearchSource {

    private static final Sort BY_NAME = Sort.by("name", "id");

    private final ExpertRepository experts;
    private final UserService users;

    ExpertSearch(ExpertRepository experts, UserService users) {
        this.experts = experts;
        this.users = users;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.EXPERT;
    }

    @Override
    public List<SearchHit> find(String text, int limit) {
        AccessScope scope = users.currentScope();
        if (scope.role() != Role.ADMIN && scope.role() != Role.BUREAU) {
            return List.of();
        }
        Specification<Expert> pool = new ExpertFilter(scope.jurisdictionCode(), null, null, null).toSpecification();
        return experts.findBy(pool.and(matching(text)), q -> q.sortBy(BY_NAME).limit(limit).all()).stream()
                .map(e -> new SearchHit(SearchKind.EXPERT, e.getId(), e.getName(), e.getUnitCreditCode(),
                        e.getUnitName()))
                .toList();
    }

    private static Specification<Expert> matching(String text) {
        return (root, query, cb) -> {
            String contains = SearchPatterns.contains(text);
            var p = cb.or(cb.like(root.get("name"), contains, SearchPatterns.ESCAPE),
                    cb.like(root.get("unitName"), contains, SearchPatterns.ESCAPE));
            String credit = SearchPatterns.creditCodePrefix(text);
            return credit == null ? p : cb.or(p, cb.like(root.get("unitCreditCode"), credit));
        };
    }
}
