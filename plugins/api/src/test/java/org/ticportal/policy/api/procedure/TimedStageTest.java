package org.ticportal.policy.api.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;

/** Timed stages, construction and failed acceptance (API 0.2.5). */
class TimedStageTest {

    private static LocalizedText t(String s) {
        return new LocalizedText(s, s);
    }

    private static Stage stage(String code, StageKind kind) {
        return Stage.of(code, t(code), kind, "第八条");
    }

    @Test
    void aTimedStageEndsTheDayBeforeTheSameDayMonthsLater() {
        Stage s = stage("CONSTRUCTION", StageKind.CONSTRUCTION).lastingAtMost(36, "EXPIRE");

        assertThat(s.isTimed()).isTrue();
        assertThat(s.timeoutTransition()).isEqualTo("EXPIRE");
        assertThat(s.lastDayFrom(LocalDate.of(2026, 3, 1))).contains(LocalDate.of(2029, 2, 28));
        assertThat(stage("REVIEW", StageKind.REVIEW).lastDayFrom(LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void theWithersKeepTheTimeoutTheStartAndTheReminder() {
        Stage s = stage("CONSTRUCTION", StageKind.CONSTRUCTION).lastingAtMost(36, "EXPIRE")
                .countedFrom("stage:APPROVED").remindingDaysBefore(90).withDeadline(5).asOptional();

        assertThat(s).isEqualTo(new Stage("CONSTRUCTION", t("CONSTRUCTION"), StageKind.CONSTRUCTION, "第八条", 5, 36,
                true, "", "EXPIRE", "stage:APPROVED", 90));
        assertThat(s.durationFromStage()).contains("APPROVED");
        assertThat(s.countedFrom("partyGroup.meetingDate").durationFromStage()).isEmpty();
    }

    @Test
    void theOldConstructorsHaveNoTimeout() {
        Stage s = new Stage("C", t("C"), StageKind.CONSTRUCTION, "", 0, 36, false, "");

        assertThat(s.timeoutTransition()).isEmpty();
        assertThat(s.durationFrom()).isEqualTo(Stage.FROM_ENTRY);
        assertThat(s.remindDaysBefore()).isZero();
        assertThat(s.lastingAtMost(12).timeoutTransition()).isEmpty();
    }

    @Test
    void aTimeoutOrReminderNeedsMonths() {
        assertThatThrownBy(() -> stage("C", StageKind.CONSTRUCTION).remindingDaysBefore(30))
                .hasMessageContaining("no maximum duration");
        assertThatThrownBy(() -> stage("C", StageKind.CONSTRUCTION).lastingAtMost(0, "EXPIRE"))
                .hasMessageContaining("no maximum duration");
        assertThatThrownBy(() -> stage("C", StageKind.CONSTRUCTION).lastingAtMost(12, " "))
                .hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> stage("C", StageKind.CONSTRUCTION).lastingAtMost(12).remindingDaysBefore(-1))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> stage("C", StageKind.CONSTRUCTION).lastingAtMost(12).countedFrom("stage:"))
                .hasMessageContaining("without code");
    }

    @Test
    void aFailedAcceptanceIsFinalAFailureAndNoRecognition() {
        Stage failed = stage("NOT_ACCEPTED", StageKind.ACCEPTANCE_FAILED);

        assertThat(failed.isFinal()).isTrue();
        assertThat(failed.isFailure()).isTrue();
        assertThat(failed.createsCenter()).isFalse();
        assertThat(stage("REJECTED", StageKind.REJECTED).isFailure()).isTrue();
        assertThat(stage("RECOGNIZED", StageKind.RECOGNIZED).isFailure()).isFalse();
    }

    private static List<Stage> stages(Stage construction) {
        return List.of(stage("DRAFT", StageKind.DRAFT), stage("APPROVED", StageKind.DECISION), construction,
                stage("ACCEPTANCE", StageKind.EXPERT_REVIEW), stage("RECOGNIZED", StageKind.RECOGNIZED),
                stage("NOT_ACCEPTED", StageKind.ACCEPTANCE_FAILED));
    }

    private static List<Transition> transitions(Actor expiryActor) {
        return List.of(
                Transition.of("APPROVE", "DRAFT", "APPROVED", t("批准"), Actor.AUTHORITY, ""),
                Transition.of("BUILD", "APPROVED", "CONSTRUCTION", t("建设"), Actor.AUTHORITY, ""),
                Transition.of("APPLY", "CONSTRUCTION", "ACCEPTANCE", t("申请验收"), Actor.APPLICANT, ""),
                Transition.of("EXPIRE", "CONSTRUCTION", "NOT_ACCEPTED", t("建设期满"), expiryActor, ""),
                Transition.of("PASS", "ACCEPTANCE", "RECOGNIZED", t("验收通过"), Actor.EXPERT_PANEL, ""),
                Transition.of("FAIL", "ACCEPTANCE", "NOT_ACCEPTED", t("验收不通过"), Actor.EXPERT_PANEL, ""));
    }

    @Test
    void theProcedureFindsTheTimeoutTransition() {
        Procedure p = new Procedure("DRAFT", stages(stage("CONSTRUCTION", StageKind.CONSTRUCTION)
                .lastingAtMost(36, "EXPIRE").countedFrom("stage:APPROVED")), transitions(Actor.SYSTEM));

        assertThat(p.timeout("CONSTRUCTION")).map(Transition::to).contains("NOT_ACCEPTED");
        assertThat(p.timeout("ACCEPTANCE")).isEmpty();
    }

    @Test
    void theProcedureRefusesATimeoutThatIsNoSystemStepOutOfTheStage() {
        assertThatThrownBy(() -> new Procedure("DRAFT", stages(stage("CONSTRUCTION", StageKind.CONSTRUCTION)
                .lastingAtMost(36, "EXPIRE")), transitions(Actor.AUTHORITY)))
                .hasMessageContaining("no SYSTEM transition leaving it");
        assertThatThrownBy(() -> new Procedure("DRAFT", stages(stage("CONSTRUCTION", StageKind.CONSTRUCTION)
                .lastingAtMost(36, "PASS")), transitions(Actor.SYSTEM)))
                .hasMessageContaining("no SYSTEM transition leaving it");
        assertThatThrownBy(() -> new Procedure("DRAFT", stages(stage("CONSTRUCTION", StageKind.CONSTRUCTION)
                .lastingAtMost(36, "EXPIRE").countedFrom("stage:NOWHERE")), transitions(Actor.SYSTEM)))
                .hasMessageContaining("unknown stage NOWHERE");
    }
}
