package org.ticportal.core.center;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;

/**
 * Where a center stands after its evaluations (art. 14 of the Xinzhou measures): its status, the flags of its last
 * evaluation and the rectification period, with what an evaluation needs to know about the center.
 *
 * @param id                   the center's id
 * @param version              its version (optimistic lock)
 * @param name                 its name
 * @param leadUnitName         the lead unit
 * @param unitId               the lead unit's id
 * @param coBuilders           the co-builders, joined, when there are any
 * @param jurisdictionCode     the authority's jurisdiction
 * @param recommendingBodyCode its supervising department
 * @param pin                  the policy it was recognised under
 * @param recognizedOn         the day of recognition
 * @param status               its status
 * @param outstanding          运行良好、成绩突出 after its last evaluation
 * @param recommendedUpward    to be recommended to the next level
 * @param lastEvaluatedOn      the day its last evaluation was decided, if any
 * @param lastGrade            the grade of its last evaluation, if any
 * @param evaluationOpen       whether an evaluation of it is running
 * @param rectifyDue           the end of the rectification period while it rectifies
 */
public record CenterStandingRow(long id, long version, String name, String leadUnitName, long unitId,
                                @Nullable String coBuilders, String jurisdictionCode, String recommendingBodyCode,
                                PolicyPin pin, LocalDate recognizedOn, CenterStatus status, boolean outstanding,
                                boolean recommendedUpward, @Nullable LocalDate lastEvaluatedOn,
                                @Nullable LocalizedText lastGrade, boolean evaluationOpen,
                                @Nullable LocalDate rectifyDue) {

    static CenterStandingRow of(Center c) {
        return new CenterStandingRow(c.getId(), c.getVersion(), c.getName(), c.getLeadUnitName(), c.getUnitId(),
                c.getCoBuilders(), c.getJurisdictionCode(), c.getRecommendingBodyCode(), c.getPin(),
                c.getRecognizedOn(), c.getStatus(), c.isOutstanding(), c.isRecommendedUpward(),
                c.getLastEvaluatedOn(), CenterRow.text(c.getLastGradeZh(), c.getLastGradeEn()),
                c.isEvaluationOpen(), c.getRectifyDue());
    }

    /** The co-builders' names, one by one. */
    public java.util.List<String> coBuilderNames() {
        if (coBuilders == null || coBuilders.isBlank()) {
            return java.util.List.of();
        }
        String sep = org.ticportal.core.common.CoreMessages.text("center.coBuilders.separator").zh();
        return java.util.Arrays.stream(coBuilders.split(java.util.regex.Pattern.quote(sep))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
