package org.ticportal.core.call;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the calls grid filters by, in the database: words of the title, the jurisdiction, and whether only calls open
 * now are shown.
 *
 * @param text             words the title contains, or empty
 * @param jurisdictionCode the jurisdiction, or {@code null} for all
 * @param openOnly         only calls open now
 */
public record CallFilter(String text, @Nullable String jurisdictionCode, boolean openOnly) {

    /** No filter. */
    public static final CallFilter ALL = new CallFilter("", null, false);

    public CallFilter {
        text = text == null ? "" : text.strip();
    }

    public CallFilter withText(@Nullable String value) {
        return new CallFilter(value == null ? "" : value, jurisdictionCode, openOnly);
    }

    public CallFilter withJurisdiction(@Nullable String code) {
        return new CallFilter(text, code, openOnly);
    }

    public CallFilter withOpenOnly(boolean value) {
        return new CallFilter(text, jurisdictionCode, value);
    }

    Specification<ApplicationCall> toSpecification(Instant now) {
        return (root, query, cb) -> {
            var all = cb.conjunction();
            if (!text.isEmpty()) {
                String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                all = cb.and(all, cb.like(cb.lower(root.get("title")), like, '\\'));
            }
            if (jurisdictionCode != null) {
                all = cb.and(all, cb.equal(root.get("jurisdictionCode"), jurisdictionCode));
            }
            if (openOnly) {
                all = cb.and(all, cb.lessThanOrEqualTo(root.get("opensAt"), now),
                        cb.greaterThan(root.get("closesAt"), now));
            }
            return all;
        };
    }
}
