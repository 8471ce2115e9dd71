package org.ticportal.core.user;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for the users grid; blank fields do not filter.
 *
 * @param text    matched against user name and display name
 * @param role    only users of this role
 * @param enabled only enabled (true) or disabled (false) users
 */
public record UserFilter(@Nullable String text, @Nullable Role role, @Nullable Boolean enabled) {

    public static final UserFilter NONE = new UserFilter(null, null, null);

    public UserFilter withText(@Nullable String newText) {
        return new UserFilter(newText, role, enabled);
    }

    public UserFilter withRole(@Nullable Role newRole) {
        return new UserFilter(text, newRole, enabled);
    }

    public UserFilter withEnabled(@Nullable Boolean newEnabled) {
        return new UserFilter(text, role, newEnabled);
    }

    Specification<UserAccount> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), like),
                        cb.like(cb.lower(root.get("displayName")), like)));
            }
            if (role != null) {
                predicates.add(cb.equal(root.get("role"), role));
            }
            if (enabled != null) {
                predicates.add(cb.equal(root.get("enabled"), enabled));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
