package org.ticportal.core.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.Grade;

/**
 * What the policy said of an evaluated center besides its outcome: the grade on its scale (code, name and whether it
 * passes), the distinctions of its decision (运行良好、成绩突出, to be recommended upward) and the reason with the
 * article cited. One thing because {@link Evaluation#decided} copies it at once from the policy's {@link Grade} and
 * {@link EvaluationDecision}, and nothing changes it after. The total, the outcome and the dates stay on the
 * evaluation, where the grids sort and filter by them. Mapped onto the evaluation's own columns; its two flags are
 * never null, so Hibernate always loads a value.
 *
 * @param gradeCode       the grade's stable code; {@code null}: not decided
 * @param gradeNameZh     the grade's name as the policy gave it
 * @param gradeNameEn     its English name, when the policy gave one
 * @param passing         whether the grade counts as passed
 * @param outstanding     the center is flagged 运行良好、成绩突出
 * @param recommendUpward the center is to be recommended to the next level
 * @param reasonZh        the decision's reason, at most 2,000 characters
 * @param reasonEn        its English text, at most 2,000 characters
 * @param article         the article cited
 */
@Embeddable
record Verdict(@Column(name = "grade_code") @Nullable String gradeCode,
               @Column(name = "grade_name_zh") @Nullable String gradeNameZh,
               @Column(name = "grade_name_en") @Nullable String gradeNameEn,
               @Column(name = "passing") @Nullable Boolean passing,
               @Column(name = "outstanding", nullable = false) boolean outstanding,
               @Column(name = "recommend_upward", nullable = false) boolean recommendUpward,
               @Column(name = "reason_zh") @Nullable String reasonZh,
               @Column(name = "reason_en") @Nullable String reasonEn,
               @Column(name = "article") @Nullable String article) {

    /** Not decided. */
    static final Verdict NONE = new Verdict(null, null, null, null, false, false, null, null, null);

    private static final int TEXT_LIMIT = 2000;

    /** The grade and the decision as the policy gave them, with the article cited; long reasons are cut. */
    static Verdict of(Grade grade, EvaluationDecision decision, String articleCited) {
        return new Verdict(grade.code(), grade.name().zh(), grade.name().en(), grade.passing(), decision.outstanding(),
                decision.recommendUpward(), cut(decision.reason().zh()), cut(decision.reason().en()), articleCited);
    }

    /** The grade's name, its Chinese name standing for a missing English one; {@code null}: not decided. */
    @Nullable LocalizedText gradeName() {
        return gradeNameZh == null ? null : new LocalizedText(gradeNameZh, gradeNameEn == null ? gradeNameZh
                : gradeNameEn);
    }

    /** The reason, its Chinese text standing for a missing English one; {@code null}: not decided. */
    @Nullable LocalizedText reason() {
        return reasonZh == null ? null : new LocalizedText(reasonZh, reasonEn == null ? reasonZh : reasonEn);
    }

    private static @Nullable String cut(@Nullable String s) {
        return s == null || s.length() <= TEXT_LIMIT ? s : s.substring(0, TEXT_LIMIT);
    }
}
