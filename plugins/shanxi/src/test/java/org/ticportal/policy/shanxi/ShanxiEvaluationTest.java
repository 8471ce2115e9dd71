package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.EvaluationHistory;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.setting.PolicySettings;

class ShanxiEvaluationTest {

    private final ShanxiPolicy policy = new ShanxiPolicy();
    private final EvaluationScheme scheme = policy.evaluation();
    private final PolicySettings defaults = PolicySettings.of(policy.settings(), Map.of());

    private Grade grade(String code) {
        return scheme.grades().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal sum(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void centersAreEvaluatedEveryThreeYearsOnAHundredPoints() {
        assertThat(scheme.cycleYears()).isEqualTo(3);
        assertThat(scheme.fullScore()).isEqualByComparingTo("100");
        scheme.indicators().forEach(i -> assertThat(sum(i.children())).as(i.code())
                .isEqualByComparingTo(i.weight()));
        assertThat(scheme.article()).contains("晋科发〔2020〕64号").contains("默认值（待核实）").contains("通行做法");
    }

    @ParameterizedTest(name = "{0} points are graded {1}")
    @CsvSource({"100, EXCELLENT", "85, EXCELLENT", "84.99, GOOD", "75, GOOD", "74.99, QUALIFIED", "65, QUALIFIED",
            "64.99, UNQUALIFIED", "0, UNQUALIFIED"})
    void theScoreGivesTheGrade(String score, String grade) {
        assertThat(scheme.gradeFor(new BigDecimal(score))).get().extracting(Grade::code).isEqualTo(grade);
    }

    @Test
    void theGradesAreExcellentGoodQualifiedAndUnqualified() {
        assertThat(scheme.grades()).extracting(g -> g.name().zh()).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(scheme.grades()).filteredOn(g -> !g.passing()).extracting(Grade::code)
                .containsExactly("UNQUALIFIED");
        assertThat(scheme.lowestGrade().code()).isEqualTo("UNQUALIFIED");
    }

    @Test
    void anExcellentCenterIsRetainedAndRecommendedToTheNationalLevel() {
        EvaluationDecision d = scheme.decide(grade("EXCELLENT"), EvaluationHistory.CLEAN, defaults);
        assertThat(d.outcome()).isEqualTo(Outcome.RETAIN);
        assertThat(d.outstanding()).isTrue();
        assertThat(d.reason().zh()).contains("国家技术创新中心").contains("晋科发〔2020〕64号");
    }

    @Test
    void goodAndQualifiedCentersAreRetained() {
        for (String code : List.of("GOOD", "QUALIFIED")) {
            EvaluationDecision d = scheme.decide(grade(code), EvaluationHistory.CLEAN, defaults);
            assertThat(d.outcome()).as(code).isEqualTo(Outcome.RETAIN);
            assertThat(d.outstanding()).as(code).isFalse();
        }
    }

    @Test
    void anUnqualifiedCenterRectifiesForTheMonthsTheSettingSays() {
        EvaluationDecision d = scheme.decide(grade("UNQUALIFIED"), EvaluationHistory.CLEAN, defaults);
        assertThat(d.outcome()).isEqualTo(Outcome.RECTIFY);
        assertThat(d.reason().zh()).contains("12个月");
        var six = PolicySettings.of(policy.settings(), Map.of("rectification.months", "6"));
        assertThat(scheme.decide(grade("UNQUALIFIED"), EvaluationHistory.CLEAN, six).reason().zh())
                .contains("6个月");
        assertThat(scheme.rectifyMonths()).isEqualTo(12);
    }

    @Test
    void anUnqualifiedCenterAlreadyRectifyingOrFailingAgainIsRevoked() {
        assertThat(scheme.decide(grade("UNQUALIFIED"), new EvaluationHistory(0, false, true), defaults).outcome())
                .isEqualTo(Outcome.REVOKE);
        assertThat(scheme.decide(grade("UNQUALIFIED"), new EvaluationHistory(1, false, false), defaults).outcome())
                .isEqualTo(Outcome.REVOKE);
    }

    @Test
    void aCenterThatSubmitsNoReportIsUnqualifiedAndRevokedWhateverTheSettings() {
        var missing = new EvaluationHistory(0, true, false);
        EvaluationDecision d = scheme.decide(scheme.lowestGrade(), missing, defaults);
        assertThat(d.outcome()).isEqualTo(Outcome.REVOKE);
        assertThat(d.outstanding()).isFalse();
        assertThat(d.reason().zh()).contains("视为不合格");
        assertThat(scheme.decide(grade("EXCELLENT"), missing, defaults).outcome()).isEqualTo(Outcome.REVOKE);
        assertThat(policy.settings()).noneMatch(s -> s.key().contains("missing") || s.key().contains("submission"));
    }

    @Test
    void atMostOneFifthOfABatchIsExcellentAsAMatterOfPractice() {
        assertThat(scheme.quotaPercent()).containsExactly(Map.entry("EXCELLENT", 20));
        assertThat(scheme.mappingSummary().zh()).contains("20%").contains("通行做法");
    }

    @Test
    void renamingChangingDirectionAndRestructuringAreReviewedByTheRecommendingBodyThenApproved() {
        assertThat(policy.changeTypes()).extracting(ChangeType::code)
                .containsExactly("RENAME", "CHANGE_DIRECTION", "RESTRUCTURE");
        assertThat(policy.changeTypes()).allSatisfy(c -> {
            assertThat(c.approvalChain()).containsExactly(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);
            assertThat(c.article()).contains("晋科发〔2020〕64号");
        });
        assertThat(policy.changeTypes()).filteredOn(ChangeType::renames).extracting(ChangeType::code)
                .containsExactly("RENAME");
    }

    @Test
    void aProvincialEngineeringCenterConvertsOnAScoringSheetOfAHundredPoints() {
        assertThat(policy.conversionSources()).singleElement().satisfies(source -> {
            assertThat(source.code()).isEqualTo("PROVINCIAL_ENGINEERING_CENTER");
            assertThat(source.name().zh()).isEqualTo("山西省工程技术研究中心");
            assertThat(source.simplifiedProcedure()).isTrue();
            assertThat(source.scoringSheet()).hasSizeBetween(3, 4);
            assertThat(sum(source.scoringSheet())).isEqualByComparingTo("100");
            assertThat(source.article()).contains("晋科发〔2020〕64号").contains("通行做法");
        });
    }

    @Test
    void outstandingCentersAreRecommendedToTheNationalLevel() {
        assertThat(policy.rewards()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("NATIONAL_RECOMMENDATION");
            assertThat(r.description().zh()).contains("国家技术创新中心");
            assertThat(r.article()).contains("晋科发〔2020〕64号");
        });
    }
}
