package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.EvaluationHistory;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.setting.PolicySettings;

class XinzhouEvaluationTest {

    private final XinzhouPolicy policy = new XinzhouPolicy();
    private final EvaluationScheme scheme = policy.evaluation();
    private final PolicySettings defaults = PolicySettings.of(policy.settings(), Map.of());

    @Test
    void article14EvaluatesEveryThreeYearsWithoutQuotas() {
        assertThat(scheme.cycleYears()).isEqualTo(3);
        assertThat(scheme.article()).isEqualTo("第十四条");
        assertThat(scheme.quotaPercent()).isEmpty();
        assertThat(scheme.rectifyMonths()).isEqualTo(6);
        assertThat(scheme.mappingSummary().zh()).contains("保留", "整改", "撤销", "优先推荐");
    }

    @Test
    void theIndicatorWeightsAddUpTo100() {
        assertThat(scheme.fullScore()).isEqualByComparingTo("100");
        assertThat(scheme.indicators()).hasSize(5).allSatisfy(group -> {
            assertThat(group.children()).hasSizeBetween(2, 3);
            assertThat(group.children().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(group.weight());
        });
        assertThat(scheme.indicators()).extracting(i -> i.name().zh())
                .containsExactly("创新能力与成果", "成果转移转化", "公共服务", "运行管理", "开放合作");
    }

    @Test
    void gradeBoundaries() {
        assertThat(grade("100")).isEqualTo("优秀");
        assertThat(grade("90")).isEqualTo("优秀");
        assertThat(grade("89.99")).isEqualTo("良好");
        assertThat(grade("80")).isEqualTo("良好");
        assertThat(grade("79.99")).isEqualTo("合格");
        assertThat(grade("60")).isEqualTo("合格");
        assertThat(grade("59.99")).isEqualTo("不合格");
        assertThat(grade("0")).isEqualTo("不合格");
        assertThat(scheme.lowestGrade().passing()).isFalse();
    }

    @Test
    void anExcellentCenterIsRetainedAndFlaggedForPrioritySupportAndProvincialRecommendation() {
        EvaluationDecision d = decide("95", EvaluationHistory.CLEAN);
        assertThat(d.outcome()).isEqualTo(Outcome.RETAIN);
        assertThat(d.outstanding()).isTrue();
        assertThat(d.reason().zh()).contains("第十四条", "优先推荐申报省级");
    }

    @Test
    void goodAndQualifiedCentersAreRetained() {
        assertThat(decide("85", EvaluationHistory.CLEAN)).extracting(EvaluationDecision::outcome,
                EvaluationDecision::outstanding).containsExactly(Outcome.RETAIN, false);
        assertThat(decide("60", EvaluationHistory.CLEAN).outcome()).isEqualTo(Outcome.RETAIN);
    }

    @Test
    void aFirstFailureIsRectifiedWithinTheSetPeriod() {
        EvaluationDecision d = decide("55", EvaluationHistory.CLEAN);
        assertThat(d.outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(d.reason().zh()).contains("6个月");
        var nine = PolicySettings.of(policy.settings(), Map.of("rectification.months", "9"));
        assertThat(scheme.decide(gradeOf("55"), EvaluationHistory.CLEAN, nine).reason().zh()).contains("9个月");
    }

    @Test
    void aRepeatedFailureOrAFailureWhileRectifyingIsRevoked() {
        assertThat(decide("55", new EvaluationHistory(1, false, false)).outcome()).isEqualTo(Outcome.REVOKE);
        assertThat(decide("55", new EvaluationHistory(0, false, true)).outcome()).isEqualTo(Outcome.REVOKE);
        assertThat(decide("75", new EvaluationHistory(1, false, false)).outcome())
                .as("passing again after a failure").isEqualTo(Outcome.RETAIN);
    }

    @Test
    void aMissingSubmissionFollowsTheSettingBecauseTheMeasuresAreSilent() {
        var missing = new EvaluationHistory(0, true, false);
        Grade lowest = scheme.lowestGrade();
        assertThat(scheme.decide(lowest, missing, defaults).outcome()).as("default").isEqualTo(Outcome.REVOKE);
        var lenient = PolicySettings.of(policy.settings(), Map.of("evaluation.missingSubmission", "RECTIFY"));
        assertThat(scheme.decide(lowest, missing, lenient).outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(scheme.decide(lowest, new EvaluationHistory(1, true, false), lenient).outcome())
                .as("missing again after a failure").isEqualTo(Outcome.REVOKE);
    }

    @Test
    void article14IsAProcedureFromSelfAssessmentToExpertsWithAFinanceSeat() {
        assertThat(scheme.cycleBasis()).isEqualTo(org.ticportal.policy.api.evaluation.CycleBasis.FROM_RECOGNITION);
        assertThat(scheme.procedure().steps()).extracting(s -> s.name().zh())
                .containsExactly("绩效自评", "组织管理部门审核", "市科技局受理", "专家评估");
        assertThat(scheme.procedure().steps()).extracting(s -> s.actor().name())
                .containsExactly("APPLICANT", "RECOMMENDING_BODY", "AUTHORITY", "EXPERT_PANEL");
        assertThat(scheme.procedure().first().formCode()).isEqualTo("SELF_EVALUATION");
        assertThat(policy.documents()).anyMatch(d -> d.code().equals("SELF_EVALUATION"));
        assertThat(scheme.procedure().steps().get(1).mayReturn()).isTrue();
        assertThat(scheme.panelRules().composition()).singleElement()
                .satisfies(seat -> assertThat(seat.field()).isEqualTo(XinzhouPanel.FINANCE));
        assertThat(scheme.panelRules().scoreSheet()).isEqualTo(scheme.indicators());
        assertThat(scheme.resultNoticeWorkingDays()).isZero();
    }

    @Test
    void anExcellentCenterIsRecommendedUpwardAndAFailureCarriesTheSetPeriod() {
        EvaluationDecision excellent = decide("95", EvaluationHistory.CLEAN);
        assertThat(excellent.outstanding()).isTrue();
        assertThat(excellent.recommendUpward()).isTrue();
        assertThat(decide("85", EvaluationHistory.CLEAN).recommendUpward()).isFalse();
        var nine = PolicySettings.of(policy.settings(), Map.of("rectification.months", "9"));
        assertThat(scheme.decide(gradeOf("55"), EvaluationHistory.CLEAN, nine).rectifyMonths()).isEqualTo(9);
    }

    private String grade(String score) {
        return gradeOf(score).name().zh();
    }

    private Grade gradeOf(String score) {
        return scheme.gradeFor(new BigDecimal(score)).orElseThrow();
    }

    private EvaluationDecision decide(String score, EvaluationHistory history) {
        return scheme.decide(gradeOf(score), history, defaults);
    }
}
