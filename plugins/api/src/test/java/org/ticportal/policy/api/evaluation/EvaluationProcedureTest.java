package org.ticportal.policy.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.panel.Aggregation;
import org.ticportal.policy.api.panel.Avoidance;
import org.ticportal.policy.api.panel.PanelSeat;
import org.ticportal.policy.api.procedure.Actor;

class EvaluationProcedureTest {

    private static final LocalizedText T = new LocalizedText("步", "Step");
    private static final List<Indicator> INDICATORS = List.of(Indicator.leaf("A", T, 100));
    private static final List<Grade> GRADES = List.of(new Grade("PASS", T, BigDecimal.valueOf(60), true),
            new Grade("FAIL", T, BigDecimal.ZERO, false));

    @Test
    void theStandardProcedureRunsFromSelfAssessmentToTheExperts() {
        EvaluationProcedure p = EvaluationProcedure.standard("第十四条");
        assertThat(p.steps()).extracting(EvaluationStep::kind).containsExactly(EvaluationStepKind.SELF_ASSESSMENT,
                EvaluationStepKind.REVIEW, EvaluationStepKind.ACCEPTANCE, EvaluationStepKind.PANEL_SCORING);
        assertThat(p.next("SELF_ASSESSMENT")).map(EvaluationStep::code).contains("SUPERVISOR_REVIEW");
        assertThat(p.previous("BUREAU_ACCEPTANCE")).map(EvaluationStep::code).contains("SUPERVISOR_REVIEW");
        assertThat(p.previous("SELF_ASSESSMENT")).isEmpty();
        assertThat(p.next("EXPERT_SCORING")).isEmpty();
    }

    @Test
    void aProcedureStartsWithTheSelfAssessmentAndEndsWithTheScoring() {
        EvaluationStep self = new EvaluationStep("SELF", T, Actor.APPLICANT, EvaluationStepKind.SELF_ASSESSMENT, 20,
                null, "", false);
        EvaluationStep review = new EvaluationStep("REVIEW", T, Actor.RECOMMENDING_BODY, EvaluationStepKind.REVIEW, 10,
                null, "", true);
        EvaluationStep score = new EvaluationStep("SCORE", T, Actor.EXPERT_PANEL, EvaluationStepKind.PANEL_SCORING, 0,
                null, "", false);
        assertThat(new EvaluationProcedure(List.of(self, score), "").steps()).hasSize(2);
        assertThatThrownBy(() -> new EvaluationProcedure(List.of(review, score), ""))
                .hasMessageContaining("self-assessment");
        assertThatThrownBy(() -> new EvaluationProcedure(List.of(self, review), "")).hasMessageContaining("scoring");
        assertThatThrownBy(() -> new EvaluationProcedure(List.of(self, review, review, score), ""))
                .hasMessageContaining("twice");
    }

    @Test
    void aStepIsTakenByTheActorItsKindAllows() {
        assertThatThrownBy(() -> new EvaluationStep("SELF", T, Actor.AUTHORITY, EvaluationStepKind.SELF_ASSESSMENT, 0,
                null, "", false)).hasMessageContaining("cannot be taken by AUTHORITY");
        assertThatThrownBy(() -> new EvaluationStep("SCORE", T, Actor.AUTHORITY, EvaluationStepKind.PANEL_SCORING, 0,
                null, "", false)).hasMessageContaining("cannot be taken");
        assertThatThrownBy(() -> new EvaluationStep("SELF", T, Actor.APPLICANT, EvaluationStepKind.SELF_ASSESSMENT, 0,
                null, "", true)).hasMessageContaining("return");
        assertThatThrownBy(() -> new EvaluationStep("self", T, Actor.APPLICANT, EvaluationStepKind.SELF_ASSESSMENT, 0,
                null, "", false)).hasMessageContaining("upper case");
    }

    @Test
    void anOldSchemeGetsTheStandardProcedureAndDefaultPanel() {
        EvaluationScheme old = new EvaluationScheme(3, INDICATORS, GRADES, (g, h, s) -> new EvaluationDecision(
                Outcome.RETAIN, false, T), T, Map.of(), 6, "第十四条");
        assertThat(old.cycleBasis()).isEqualTo(CycleBasis.FROM_RECOGNITION);
        assertThat(old.procedure()).isEqualTo(EvaluationProcedure.standard("第十四条"));
        assertThat(old.panelRules().size()).isEqualTo(3);
        assertThat(old.panelRules().aggregation()).isEqualTo(Aggregation.MEAN);
        assertThat(old.panelRules().scoreSheet()).isEqualTo(INDICATORS);
        assertThat(old.resultNoticeWorkingDays()).isZero();
        EvaluationScheme batch = old.withCycleBasis(CycleBasis.BATCH).withResultNotice(5)
                .withPanel(5, List.of(new PanelSeat("FINANCE", 1, T)), Aggregation.TRIMMED_MEAN,
                        Set.of(Avoidance.APPLICANT_UNIT), List.of());
        assertThat(batch.cycleBasis()).isEqualTo(CycleBasis.BATCH);
        assertThat(batch.resultNoticeWorkingDays()).isEqualTo(5);
        assertThat(batch.panelRules().composition()).extracting(PanelSeat::field).containsExactly("FINANCE");
        assertThat(batch.grade("PASS")).isPresent();
    }

    @Test
    void historyCountsFailuresInTotalAtLeastInARow() {
        assertThat(new EvaluationHistory(2, false, true).failuresInTotal()).isEqualTo(2);
        assertThat(new EvaluationHistory(1, 3, false, false, true).withSubmissionMissing())
                .isEqualTo(new EvaluationHistory(1, 3, true, false, true));
        assertThatThrownBy(() -> new EvaluationHistory(2, 1, false, false, false)).hasMessageContaining("in a row");
    }

    @Test
    void aDecisionKeepsItsFlagsConsistent() {
        assertThat(new EvaluationDecision(Outcome.RETAIN, true, T).recommendUpward()).isTrue();
        assertThat(new EvaluationDecision(Outcome.CONFIRM, false, true, 0, T).recommendUpward()).isTrue();
        assertThat(new EvaluationDecision(Outcome.RECTIFY, false, false, 9, T).rectifyMonths()).isEqualTo(9);
        assertThatThrownBy(() -> new EvaluationDecision(Outcome.RETAIN, false, false, 6, T))
                .hasMessageContaining("rectification");
        assertThatThrownBy(() -> new EvaluationDecision(Outcome.REVOKE, true, false, 0, T))
                .hasMessageContaining("outstanding");
    }
}
