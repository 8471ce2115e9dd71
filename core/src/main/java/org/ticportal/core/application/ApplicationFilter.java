package org.ticportal.core.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.procedure.StageKind;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the applications grid filters by; every part is optional and applied in the database.
 *
 * @param text      part of the reference number, the center's name or the unit's name
 * @param policyId  the policy
 * @param stage     the stage code
 * @param openOnly  only applications whose procedure has not ended
 * @param stageKind only applications in a stage of this kind (e.g. those waiting for a decision body)
 * @param jurisdictionCode only applications to this jurisdiction's authority
 * @param callId    only applications filed in this call; {@link #OUTSIDE_CALLS} for those filed outside calls
 * @param dueBefore only running applications whose stage's time limit ended before this day (已超期, the dashboard's
 *                  card), {@code null}: any
 * @param waitingForMe only the applications that wait for the user who asks (the dashboard's 待我处理 bars): the
 *                  candidates {@link WaitingWork#countByStage} counts, so that a bar's figure and the grid it opens
 *                  agree
 */
public record ApplicationFilter(@Nullable String text, @Nullable String policyId, @Nullable String stage,
                                boolean openOnly, @Nullable StageKind stageKind, @Nullable String jurisdictionCode,
                                @Nullable Long callId, @Nullable LocalDate dueBefore, boolean waitingForMe) {

    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, false, null, null, null);

    /** A filter of anyone's applications (not only those waiting for the user). */
    public ApplicationFilter(@Nullable String text, @Nullable String policyId, @Nullable String stage,
                             boolean openOnly, @Nullable StageKind stageKind, @Nullable String jurisdictionCode,
                             @Nullable Long callId, @Nullable LocalDate dueBefore) {
        this(text, policyId, stage, openOnly, stageKind, jurisdictionCode, callId, dueBefore, false);
    }

    /** A filter of any time limit. */
    public ApplicationFilter(@Nullable String text, @Nullable String policyId, @Nullable String stage,
                             boolean openOnly, @Nullable StageKind stageKind, @Nullable String jurisdictionCode,
                             @Nullable Long callId) {
        this(text, policyId, stage, openOnly, stageKind, jurisdictionCode, callId, null);
    }

    /** The {@link #callId} of applications filed outside calls (成熟一个，认定一个): no call has it. */
    public static final long OUTSIDE_CALLS = 0L;

    /** A filter of any call. */
    public ApplicationFilter(@Nullable String text, @Nullable String policyId, @Nullable String stage,
                             boolean openOnly, @Nullable StageKind stageKind, @Nullable String jurisdictionCode) {
        this(text, policyId, stage, openOnly, stageKind, jurisdictionCode, null);
    }

    public ApplicationFilter withText(@Nullable String t) {
        return new ApplicationFilter(t, policyId, stage, openOnly, stageKind, jurisdictionCode, callId,
                dueBefore, waitingForMe);
    }

    public ApplicationFilter withPolicy(@Nullable String p) {
        return new ApplicationFilter(text, p, stage, openOnly, stageKind, jurisdictionCode, callId,
                dueBefore, waitingForMe);
    }

    public ApplicationFilter withStage(@Nullable String s) {
        return new ApplicationFilter(text, policyId, s, openOnly, stageKind, jurisdictionCode, callId,
                dueBefore, waitingForMe);
    }

    public ApplicationFilter withOpenOnly(boolean o) {
        return new ApplicationFilter(text, policyId, stage, o, stageKind, jurisdictionCode, callId,
                dueBefore, waitingForMe);
    }

    public ApplicationFilter withStageKind(@Nullable StageKind k) {
        return new ApplicationFilter(text, policyId, stage, openOnly, k, jurisdictionCode, callId,
                dueBefore, waitingForMe);
    }

    public ApplicationFilter withJurisdiction(@Nullable String j) {
        return new ApplicationFilter(text, policyId, stage, openOnly, stageKind, j, callId,
                dueBefore, waitingForMe);
    }

    /** Only the applications filed in the call ({@link #OUTSIDE_CALLS}: outside calls); {@code null}: any. */
    public ApplicationFilter withCall(@Nullable Long c) {
        return new ApplicationFilter(text, policyId, stage, openOnly, stageKind, jurisdictionCode, c,
                dueBefore, waitingForMe);
    }

    /** Only the running applications past their stage's time limit on {@code today} (已超期); {@code null}: any. */
    public ApplicationFilter withOverdueOn(@Nullable LocalDate today) {
        return new ApplicationFilter(text, policyId, stage, openOnly, stageKind, jurisdictionCode, callId,
                today, waitingForMe);
    }

    /** Only the applications waiting for the user who asks ({@code true}), or anyone's. */
    public ApplicationFilter withWaitingForMe(boolean w) {
        return new ApplicationFilter(text, policyId, stage, openOnly, stageKind, jurisdictionCode, callId, dueBefore,
                w);
    }

    /**
     * The filter as SQL conditions, the same as {@link #toSpecification()}, for a query of {@code recognition_application
     * a join unit u}: each set part adds {@code and …} to {@code where} and its values to {@code parameters}, in the
     * order of their {@code ?}.
     */
    void toSql(StringBuilder where, java.util.List<Object> parameters) {
        if (searchesText()) {
            // '!' escapes, not the backslash: MariaDB reads a backslash in a string literal as an escape itself
            where.append(" and (a.reference_no like ? escape '!' or a.full_name like ? escape '!'"
                    + " or u.name like ? escape '!')");
            String like = "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            parameters.add(like);
            parameters.add(like);
            parameters.add(like);
        }
        if (policyId != null && !policyId.isBlank()) {
            where.append(" and a.policy_id = ?");
            parameters.add(policyId);
        }
        if (stage != null && !stage.isBlank()) {
            where.append(" and a.stage = ?");
            parameters.add(stage);
        }
        if (stageKind != null) {
            where.append(" and a.stage_kind = ?");
            parameters.add(stageKind.name());
        }
        if (jurisdictionCode != null && !jurisdictionCode.isBlank()) {
            where.append(" and a.jurisdiction_code = ?");
            parameters.add(jurisdictionCode);
        }
        if (callId != null) {
            if (callId == OUTSIDE_CALLS) {
                where.append(" and a.call_id is null");
            } else {
                where.append(" and a.call_id = ?");
                parameters.add(callId);
            }
        }
        if (dueBefore != null) {
            where.append(" and a.closed = false and a.stage_due < ?");
            parameters.add(dueBefore);
        }
        if (openOnly) {
            where.append(" and a.closed = false");
        }
    }

    /** Whether the filter searches a text (which reads the unit's name too). */
    boolean searchesText() {
        return text != null && !text.isBlank();
    }

    /** The text as a {@code like} pattern: contained anywhere, its wildcards taken literally (escaped by a backslash). */
    private static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The filter's own conditions; {@link #waitingForMe} is the service's to add, with the workflow's rules. */
    Specification<RecognitionApplication> toSpecification() {
        return (root, query, cb) -> {
            var p = cb.conjunction();
            if (text != null && !text.isBlank()) {
                String like = like(text);
                p = cb.and(p, cb.or(cb.like(root.get("referenceNo"), like, '\\'),
                        cb.like(root.get("fullName"), like, '\\'),
                        cb.like(root.get("unit").get("name"), like, '\\')));
            }
            if (policyId != null && !policyId.isBlank()) {
                p = cb.and(p, cb.equal(root.get("policyId"), policyId));
            }
            if (stage != null && !stage.isBlank()) {
                p = cb.and(p, cb.equal(root.get("stage"), stage));
            }
            if (stageKind != null) {
                p = cb.and(p, cb.equal(root.get("stageKind"), stageKind));
            }
            if (jurisdictionCode != null && !jurisdictionCode.isBlank()) {
                p = cb.and(p, cb.equal(root.get("jurisdictionCode"), jurisdictionCode));
            }
            if (callId != null) {
                p = cb.and(p, callId == OUTSIDE_CALLS ? cb.isNull(root.get("callId"))
                        : cb.equal(root.get("callId"), callId));
            }
            if (dueBefore != null) {
                p = cb.and(p, cb.isFalse(root.get("closed")), cb.lessThan(root.get("stageDue"), dueBefore));
            }
            if (openOnly) {
                p = cb.and(p, cb.isFalse(root.get("closed")));
            }
            return p;
        };
    }
}
