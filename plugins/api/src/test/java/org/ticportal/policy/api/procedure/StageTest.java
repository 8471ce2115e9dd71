package org.ticportal.policy.api.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;

class StageTest {

    private static final LocalizedText NAME = new LocalizedText("专家论证", "Expert argumentation");

    @Test
    void aStageOfHasNoDeadlineAndCannotBeSkipped() {
        Stage s = Stage.of("EXPERT", NAME, StageKind.EXPERT_REVIEW, "第九条第（二）项");

        assertThat(s.deadlineWorkingDays()).isZero();
        assertThat(s.maxDurationMonths()).isZero();
        assertThat(s.optional()).isFalse();
        assertThat(s.article()).isEqualTo("第九条第（二）项");
    }

    @Test
    void theWithersKeepEverythingElse() {
        Stage s = Stage.of("EXPERT", NAME, StageKind.EXPERT_REVIEW, "第九条").withDeadline(20).asOptional()
                .lastingAtMost(3);

        assertThat(s).isEqualTo(new Stage("EXPERT", NAME, StageKind.EXPERT_REVIEW, "第九条", 20, 3, true));
    }

    @Test
    void negativeDurationsAreRefused() {
        Stage s = Stage.of("EXPERT", NAME, StageKind.EXPERT_REVIEW, "第九条");

        assertThatThrownBy(() -> s.withDeadline(-1)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> s.lastingAtMost(-1)).hasMessageContaining("must not be negative");
    }

    @Test
    void aMissingArticleBecomesEmpty() {
        assertThat(Stage.of("EXPERT", NAME, StageKind.EXPERT_REVIEW, null).article()).isEmpty();
    }

    @Test
    void recognisingRejectingAndWithdrawingStagesAreFinal() {
        for (StageKind kind : StageKind.values()) {
            Stage s = Stage.of("S", NAME, kind, "");
            boolean expectedFinal = kind == StageKind.RECOGNIZED || kind == StageKind.PROVISIONAL
                    || kind == StageKind.REJECTED || kind == StageKind.WITHDRAWN
                    || kind == StageKind.ACCEPTANCE_FAILED;
            assertThat(s.isFinal()).as(kind.name()).isEqualTo(expectedFinal);
            assertThat(s.createsCenter()).as(kind.name())
                    .isEqualTo(kind == StageKind.RECOGNIZED || kind == StageKind.PROVISIONAL);
        }
    }
}
