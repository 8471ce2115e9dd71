package org.ticportal.core.meeting;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the meetings grid filters by; every part optional, applied in the database.
 *
 * @param text             part of the title or the minutes number
 * @param jurisdictionCode the jurisdiction
 * @param state            planned or recorded
 */
public record MeetingFilter(@Nullable String text, @Nullable String jurisdictionCode,
                            DecisionMeeting.@Nullable State state) {

    public static final MeetingFilter ALL = new MeetingFilter(null, null, null);

    public MeetingFilter withText(@Nullable String t) {
        return new MeetingFilter(t, jurisdictionCode, state);
    }

    public MeetingFilter withJurisdiction(@Nullable String j) {
        return new MeetingFilter(text, j, state);
    }

    public MeetingFilter withState(DecisionMeeting.@Nullable State s) {
        return new MeetingFilter(text, jurisdictionCode, s);
    }

    Specification<DecisionMeeting> toSpecification(@Nullable String scopeJurisdiction) {
        return (root, query, cb) -> {
            var p = cb.conjunction();
            if (scopeJurisdiction != null) {
                p = cb.and(p, cb.equal(root.get("jurisdictionCode"), scopeJurisdiction));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                p = cb.and(p, cb.or(cb.like(root.get("title"), like, '\\'),
                        cb.like(root.get("minutesNumber"), like, '\\')));
            }
            if (jurisdictionCode != null && !jurisdictionCode.isBlank()) {
                p = cb.and(p, cb.equal(root.get("jurisdictionCode"), jurisdictionCode));
            }
            if (state != null) {
                p = cb.and(p, cb.equal(root.get("state"), state));
            }
            return p;
        };
    }
}
