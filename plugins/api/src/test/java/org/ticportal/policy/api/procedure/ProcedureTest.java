package org.ticportal.policy.api.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;

class ProcedureTest {

    private static final LocalizedText NAME = new LocalizedText("名称", "Name");

    private static Stage stage(String code, StageKind kind) {
        return Stage.of(code, NAME, kind, "第九条");
    }

    private static Transition step(String code, String from, String to) {
        return Transition.of(code, from, to, NAME, Actor.AUTHORITY, "第九条");
    }

    /** DRAFT → REVIEW → RECOGNIZED, with a way to REJECTED. */
    private static List<Stage> stages() {
        return List.of(stage("DRAFT", StageKind.DRAFT), stage("REVIEW", StageKind.REVIEW),
                stage("RECOGNIZED", StageKind.RECOGNIZED), stage("REJECTED", StageKind.REJECTED));
    }

    private static List<Transition> transitions() {
        return List.of(step("SUBMIT", "DRAFT", "REVIEW"), step("ACCEPT", "REVIEW", "RECOGNIZED"),
                step("REJECT", "REVIEW", "REJECTED"));
    }

    private static <T> List<T> plus(List<T> list, T one) {
        List<T> copy = new ArrayList<>(list);
        copy.add(one);
        return copy;
    }

    @Test
    void aProcedureFromDraftToRecognitionIsAccepted() {
        Procedure p = new Procedure("DRAFT", stages(), transitions());

        assertThat(p.stage("REVIEW")).map(Stage::kind).contains(StageKind.REVIEW);
        assertThat(p.stage("NOWHERE")).isEmpty();
        assertThat(p.from("REVIEW")).extracting(Transition::code).containsExactly("ACCEPT", "REJECT");
        assertThat(p.from("RECOGNIZED")).isEmpty();
        assertThat(p.has(StageKind.REVIEW)).isTrue();
        assertThat(p.has(StageKind.NOTICE)).isFalse();
    }

    @Test
    void twoStagesWithTheSameCodeAreRefused() {
        assertThatThrownBy(() -> new Procedure("DRAFT", plus(stages(), stage("REVIEW", StageKind.EXPERT_REVIEW)),
                transitions()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate stage REVIEW");
    }

    @Test
    void anInitialStageThatIsNotAStageIsRefused() {
        assertThatThrownBy(() -> new Procedure("START", stages(), transitions()))
                .hasMessageContaining("unknown initial stage START");
    }

    @Test
    void aTransitionToAnUnknownStageIsRefused() {
        assertThatThrownBy(() -> new Procedure("DRAFT", stages(),
                plus(transitions(), step("VISIT", "REVIEW", "SITE_VISIT"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transition VISIT joins unknown stages REVIEW → SITE_VISIT");
    }

    @Test
    void aTransitionFromAnUnknownStageIsRefused() {
        assertThatThrownBy(() -> new Procedure("DRAFT", stages(),
                plus(transitions(), step("SKIP", "SITE_VISIT", "REVIEW"))))
                .hasMessageContaining("joins unknown stages SITE_VISIT → REVIEW");
    }

    @Test
    void theSameTransitionCodeTwiceFromOneStageIsRefused() {
        assertThatThrownBy(() -> new Procedure("DRAFT", stages(),
                plus(transitions(), step("ACCEPT", "REVIEW", "REJECTED"))))
                .hasMessageContaining("duplicate transition ACCEPT from REVIEW");
    }

    @Test
    void theSameTransitionCodeFromDifferentStagesIsAllowedAsForWithdrawing() {
        List<Stage> stages = plus(stages(), stage("WITHDRAWN", StageKind.WITHDRAWN));
        List<Transition> transitions = new ArrayList<>(transitions());
        for (String open : List.of("DRAFT", "REVIEW")) {
            transitions.add(Transition.of("WITHDRAW", open, "WITHDRAWN", NAME, Actor.APPLICANT, "通行做法"));
        }

        Procedure p = new Procedure("DRAFT", stages, transitions);

        assertThat(p.from("DRAFT")).extracting(Transition::code).contains("WITHDRAW");
        assertThat(p.from("REVIEW")).extracting(Transition::code).contains("WITHDRAW");
    }

    @Test
    void aStageThatCannotBeLeftIsRefused() {
        List<Stage> stages = plus(stages(), stage("SITE_VISIT", StageKind.EXPERT_REVIEW));
        List<Transition> transitions = plus(transitions(), step("VISIT", "REVIEW", "SITE_VISIT"));

        assertThatThrownBy(() -> new Procedure("DRAFT", stages, transitions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage SITE_VISIT is not final but has no way out");
    }

    @Test
    void finalStagesNeedNoWayOut() {
        List<Stage> stages = plus(stages(), stage("WITHDRAWN", StageKind.WITHDRAWN));

        assertThatCode(() -> new Procedure("DRAFT", stages, transitions())).doesNotThrowAnyException();
    }

    @Test
    void aProcedureThatCannotReachRecognitionIsRefused() {
        List<Transition> neverRecognising = List.of(step("SUBMIT", "DRAFT", "REVIEW"),
                step("REJECT", "REVIEW", "REJECTED"), step("RETURN", "REVIEW", "DRAFT"));

        assertThatThrownBy(() -> new Procedure("DRAFT", stages(), neverRecognising))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no stage that recognises the center can be reached from DRAFT");
    }

    @Test
    void aProvisionalStatusCountsAsRecognising() {
        List<Stage> stages = List.of(stage("DRAFT", StageKind.DRAFT),
                stage("PROVISIONAL", StageKind.PROVISIONAL), stage("REJECTED", StageKind.REJECTED));
        List<Transition> transitions = List.of(step("APPROVE", "DRAFT", "PROVISIONAL"),
                step("REJECT", "DRAFT", "REJECTED"));

        Procedure p = new Procedure("DRAFT", stages, transitions);

        assertThat(p.stage("PROVISIONAL").orElseThrow().createsCenter()).isTrue();
        assertThat(p.stage("PROVISIONAL").orElseThrow().isFinal()).isTrue();
        assertThat(p.has(StageKind.PROVISIONAL)).isTrue();
    }

    @Test
    void anApprovalToBuildWithAConstructionPeriodEndsInAnAcceptanceReview() {
        List<Stage> stages = List.of(stage("DRAFT", StageKind.DRAFT),
                stage("APPROVAL", StageKind.DECISION),
                stage("CONSTRUCTION", StageKind.CONSTRUCTION).lastingAtMost(36),
                stage("ACCEPTANCE", StageKind.EXPERT_REVIEW).withDeadline(20),
                stage("RECOGNIZED", StageKind.RECOGNIZED), stage("REJECTED", StageKind.REJECTED));
        List<Transition> transitions = List.of(step("SUBMIT", "DRAFT", "APPROVAL"),
                step("APPROVE_TO_BUILD", "APPROVAL", "CONSTRUCTION"), step("REFUSE", "APPROVAL", "REJECTED"),
                step("REQUEST_ACCEPTANCE", "CONSTRUCTION", "ACCEPTANCE"),
                step("ACCEPT", "ACCEPTANCE", "RECOGNIZED"), step("FAIL", "ACCEPTANCE", "REJECTED"));

        Procedure p = new Procedure("DRAFT", stages, transitions);

        Stage construction = p.stage("CONSTRUCTION").orElseThrow();
        assertThat(construction.maxDurationMonths()).isEqualTo(36);
        assertThat(construction.isFinal()).isFalse();
        assertThat(construction.createsCenter()).isFalse();
    }

    @Test
    void stagesAndTransitionsAreCopiedSoThatTheProcedureCannotChangeAfterwards() {
        List<Stage> stages = new ArrayList<>(stages());
        Procedure p = new Procedure("DRAFT", stages, transitions());
        stages.clear();

        assertThat(p.stages()).hasSize(4);
        assertThatThrownBy(() -> p.stages().add(stage("X", StageKind.REVIEW)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
