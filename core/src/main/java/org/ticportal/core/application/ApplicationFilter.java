package org.ticportal.core.application;

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
 */
public record ApplicationFilter(@Nullable String text, @Nullable String policyId, @Nullable String stage,
                                boolean openOnly, @Nullable StageKind stageKind, @Nullable String jurisdictionCode) {

    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, false, null, null);

    public ApplicationFilter withText(@Nullable String t) {
        return new ApplicationFilter(t, policyId, stage, openOnly, stageKind, jurisdictionCode);
    }

    public ApplicationFilter withPolicy(@Nullable String p) {
        return new ApplicationFilter(text, p, stage, openOnly, stageKind, jurisdictionCode);
    }

    public ApplicationFilter withStage(@Nullable String s) {
        return new ApplicationFilter(text, policyId, s, openOnly, stageKind, jurisdictionCode);
    }

    public ApplicationFilter withOpenOnly(boolean o) {
        return new ApplicationFilter(text, policyId, stage, o, stageKind, jurisdictionCode);
    }

    public ApplicationFilter withStageKind(@Nullable StageKind k) {
        return new ApplicationFilter(text, policyId, stage, openOnly, k, jurisdictionCode);
    }

    public ApplicationFilter withJurisdiction(@Nullable String j) {
        return new ApplicationFilter(text, policyId, stage, openOnly, stageKind, j);
    }

    Specification<RecognitionApplication> toSpecification() {
        return (root, query, cb) -> {
            var p = cb.conjunction();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
            if (openOnly) {
                p = cb.and(p, cb.isFalse(root.get("closed")));
            }
            return p;
        };
    }
}
