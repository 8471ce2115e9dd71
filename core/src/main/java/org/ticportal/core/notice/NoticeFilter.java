package org.ticportal.core.notice;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * What 公示管理's grid filters by; every part optional, applied in the database.
 *
 * @param text             part of the title
 * @param jurisdictionCode the notice's jurisdiction
 * @param state            draft, published (its period running) or ended (published, its last day passed): the
 *                         state the screens show, of which only draft and published are stored
 * @param publishedFrom    published on or after this day (the portal's zone)
 * @param publishedTo      published on or before this day
 */
public record NoticeFilter(@Nullable String text, @Nullable String jurisdictionCode,
                           PublicNotice.@Nullable State state, @Nullable LocalDate publishedFrom,
                           @Nullable LocalDate publishedTo) {

    public static final NoticeFilter ALL = new NoticeFilter(null, null, null, null, null);

    public NoticeFilter withText(@Nullable String t) {
        return new NoticeFilter(t, jurisdictionCode, state, publishedFrom, publishedTo);
    }

    public NoticeFilter withJurisdiction(@Nullable String code) {
        return new NoticeFilter(text, code, state, publishedFrom, publishedTo);
    }

    public NoticeFilter withState(PublicNotice.@Nullable State s) {
        return new NoticeFilter(text, jurisdictionCode, s, publishedFrom, publishedTo);
    }

    public NoticeFilter withPublished(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new NoticeFilter(text, jurisdictionCode, state, from, to);
    }

    /**
     * The notices of the filter within the scope.
     *
     * @param scopeJurisdiction the bureau user's jurisdiction, or {@code null} for every one (administrators)
     * @param today             the portal's today, which tells a running notice from an ended one
     * @param zone              the portal's zone, in which the publication days are counted
     */
    Specification<PublicNotice> toSpecification(@Nullable String scopeJurisdiction, LocalDate today, ZoneId zone) {
        return (root, query, cb) -> {
            var p = cb.conjunction();
            if (scopeJurisdiction != null) {
                p = cb.and(p, cb.equal(root.get("jurisdictionCode"), scopeJurisdiction));
            }
            if (text != null && !text.isBlank()) {
                p = cb.and(p, cb.like(root.get("title"), like(text), '\\'));
            }
            if (jurisdictionCode != null && !jurisdictionCode.isBlank()) {
                p = cb.and(p, cb.equal(root.get("jurisdictionCode"), jurisdictionCode));
            }
            if (state != null) {
                p = cb.and(p, switch (state) {
                    case DRAFT -> cb.equal(root.get("state"), PublicNotice.State.DRAFT);
                    case PUBLISHED -> cb.and(cb.equal(root.get("state"), PublicNotice.State.PUBLISHED),
                            cb.greaterThanOrEqualTo(root.get("periodEnd"), today));
                    case ENDED -> cb.and(cb.notEqual(root.get("state"), PublicNotice.State.DRAFT),
                            cb.lessThan(root.get("periodEnd"), today));
                });
            }
            if (publishedFrom != null) {
                p = cb.and(p, cb.greaterThanOrEqualTo(root.get("publishedAt"),
                        publishedFrom.atStartOfDay(zone).toInstant()));
            }
            if (publishedTo != null) {
                p = cb.and(p, cb.lessThan(root.get("publishedAt"),
                        publishedTo.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return p;
        };
    }

    /** A {@code like} pattern matching the text anywhere, its wildcards taken literally (escape {@code \}). */
    static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
