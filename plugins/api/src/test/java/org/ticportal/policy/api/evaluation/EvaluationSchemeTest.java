package org.ticportal.policy.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingType;

class EvaluationSchemeTest {

    private static final LocalizedText SUMMARY = new LocalizedText("合格以上保留；不合格整改", "Pass: retain");

    private static Grade grade(String code, long min, boolean passing) {
        return new Grade(code, new LocalizedText(code, code), BigDecimal.valueOf(min), passing);
    }

    /** Listed out of order on purpose: the scale is read by minimum score, not by position. */
    private static final List<Grade> GRADES = List.of(grade("QUALIFIED", 60, true), grade("EXCELLENT", 90, true),
            grade("FAILED", 0, false), grade("GOOD", 80, true));

    private static final List<Indicator> INDICATORS = List.of(
            Indicator.group("INNOVATION", new LocalizedText("创新能力", "Innovation"),
                    Indicator.leaf("RD_INPUT", new LocalizedText("研发投入", "R&D input"), 30),
                    Indicator.leaf("IP", new LocalizedText("知识产权", "IP"), 30)),
            Indicator.leaf("SERVICE", new LocalizedText("公共服务", "Services"), 40));

    private static final EvaluationScheme.OutcomeMapping MAPPING = (grade, history, settings) -> {
        if (!grade.passing()) {
            return history.previousFailures() > 0 || history.underRectification()
                    ? new EvaluationDecision(Outcome.REVOKE, false, SUMMARY)
                    : new EvaluationDecision(Outcome.RECTIFY, false, new LocalizedText(
                            "限期整改" + settings.intValue("rectification.months") + "个月", "Rectify"));
        }
        return new EvaluationDecision(Outcome.RETAIN, "EXCELLENT".equals(grade.code()), SUMMARY);
    };

    private static EvaluationScheme scheme(Map<String, Integer> quota) {
        return new EvaluationScheme(3, INDICATORS, GRADES, MAPPING, SUMMARY, quota, 6, "第十四条");
    }

    private static String gradeFor(String score) {
        return scheme(Map.of()).gradeFor(new BigDecimal(score)).map(Grade::code).orElse("none");
    }

    @Test
    void aScoreEarnsTheGradeWithTheHighestMinimumNotAboveIt() {
        assertThat(gradeFor("95")).isEqualTo("EXCELLENT");
        assertThat(gradeFor("85")).isEqualTo("GOOD");
        assertThat(gradeFor("70")).isEqualTo("QUALIFIED");
        assertThat(gradeFor("30")).isEqualTo("FAILED");
    }

    @Test
    void aGradesMinimumBelongsToThatGrade() {
        assertThat(gradeFor("90")).isEqualTo("EXCELLENT");
        assertThat(gradeFor("89.99")).isEqualTo("GOOD");
        assertThat(gradeFor("60")).isEqualTo("QUALIFIED");
        assertThat(gradeFor("59.5")).isEqualTo("FAILED");
        assertThat(gradeFor("0")).isEqualTo("FAILED");
    }

    @Test
    void aScoreBelowEveryMinimumEarnsNoGrade() {
        assertThat(gradeFor("-1")).isEqualTo("none");
    }

    @Test
    void theFullScoreIsTheSumOfTheTopLevelWeights() {
        assertThat(scheme(Map.of()).fullScore()).isEqualByComparingTo("100");
    }

    @Test
    void theLowestGradeIsTheOneWithTheLowestMinimum() {
        assertThat(scheme(Map.of()).lowestGrade().code()).isEqualTo("FAILED");
    }

    @Test
    void aQuotaForAKnownGradeIsKept() {
        assertThat(scheme(Map.of("EXCELLENT", 20)).quotaPercent()).containsEntry("EXCELLENT", 20);
        assertThat(new EvaluationScheme(3, INDICATORS, GRADES, MAPPING, SUMMARY, null, 6, null).quotaPercent())
                .isEmpty();
    }

    @Test
    void aQuotaForAnUnknownGradeIsRefused() {
        assertThatThrownBy(() -> scheme(Map.of("OUTSTANDING", 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quota for unknown grade OUTSTANDING");
    }

    @Test
    void aSchemeWithoutGradesIsRefused() {
        assertThatThrownBy(() -> new EvaluationScheme(3, INDICATORS, List.of(), MAPPING, SUMMARY, Map.of(), 6, ""))
                .hasMessageContaining("needs a grade scale");
    }

    @Test
    void theCycleIsAtLeastOneYear() {
        assertThatThrownBy(() -> new EvaluationScheme(0, INDICATORS, GRADES, MAPPING, SUMMARY, Map.of(), 6, ""))
                .hasMessageContaining("at least one year");
    }

    @Test
    void theMappingDecidesFromGradeHistoryAndSettings() {
        EvaluationScheme scheme = scheme(Map.of());
        PolicySettings settings = PolicySettings.of(List.of(new SettingDefinition("rectification.months",
                new LocalizedText("整改期限", "Months"), null, SettingType.INTEGER, "6", null, "")), Map.of());
        Grade failed = scheme.lowestGrade();

        assertThat(scheme.decide(failed, EvaluationHistory.CLEAN, settings).outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(scheme.decide(failed, EvaluationHistory.CLEAN, settings).reason().zh()).contains("6个月");
        assertThat(scheme.decide(failed, new EvaluationHistory(1, false, false), settings).outcome())
                .isEqualTo(Outcome.REVOKE);
        EvaluationDecision excellent = scheme.decide(scheme.gradeFor(BigDecimal.valueOf(95)).orElseThrow(),
                EvaluationHistory.CLEAN, settings);
        assertThat(excellent.outcome()).isEqualTo(Outcome.RETAIN);
        assertThat(excellent.outstanding()).isTrue();
    }
}
