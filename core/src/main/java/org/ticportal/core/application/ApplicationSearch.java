package org.ticportal.core.application;

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
import org.ticportal.core.user.UserService;

/**
 * The applications of the global search, within the scope of 申报管理 ({@link ApplicationAccess#visibleTo}: an
 * applicant its unit's, a recommending body what arrived through it, the bureau its jurisdiction's submitted cases,
 * experts none): by the center's full name or the applicant unit's name (contains), by reference number or the unit's
 * credit code (prefix); the latest changed first.
 */
@Component
@Transactional(readOnly = true)
class ApplicationSearch implements SearchSource {

    private static final Sort LATEST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final ApplicationRepository applications;
    private final UserService users;

    ApplicationSearch(ApplicationRepository applications, UserService users) {
        this.applications = applications;
        this.users = users;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.APPLICATION;
    }

    @Override
    public List<SearchHit> find(String text, int limit) {
        AccessScope scope = users.currentScope();
        return applications.findBy(ApplicationAccess.visibleTo(scope).and(matching(text)),
                        q -> q.sortBy(LATEST).limit(limit).all()).stream()
                .map(a -> new SearchHit(SearchKind.APPLICATION, a.getId(),
                        a.getFullName() == null || a.getFullName().isBlank() ? a.getReferenceNo() : a.getFullName(),
                        a.getReferenceNo(), a.getUnit().getName()))
                .toList();
    }

    private static Specification<RecognitionApplication> matching(String text) {
        return (root, query, cb) -> {
            String contains = SearchPatterns.contains(text);
            var unit = root.get("unit");
            var p = cb.or(cb.like(root.get("fullName"), contains, SearchPatterns.ESCAPE),
                    cb.like(unit.get("name"), contains, SearchPatterns.ESCAPE),
                    cb.like(root.get("referenceNo"), SearchPatterns.prefix(text), SearchPatterns.ESCAPE));
            String credit = SearchPatterns.creditCodePrefix(text);
            return credit == null ? p : cb.or(p, cb.like(unit.get("creditCode"), credit));
        };
    }
}
