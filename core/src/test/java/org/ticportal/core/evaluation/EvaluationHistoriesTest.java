package org.ticportal.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.evaluation.EvaluationHistory;

class EvaluationHistoriesTest {

    @Test
    void aCenterWithoutEvaluationsHasACleanHistory() {
        assertThat(EvaluationHistories.of(List.of(), false, false)).isEqualTo(EvaluationHistory.CLEAN);
    }

    @Test
    void failuresAreCountedInARowFromTheLatestAndInTotal() {
        EvaluationHistory h = EvaluationHistories.of(List.of(false, true, false, false), false, false);
        assertThat(h.previousFailures()).isEqualTo(2);
        assertThat(h.failuresInTotal()).isEqualTo(3);
        EvaluationHistory passedLast = EvaluationHistories.of(List.of(false, false, true), true, false);
        assertThat(passedLast.previousFailures()).isZero();
        assertThat(passedLast.failuresInTotal()).isEqualTo(2);
        assertThat(passedLast.underRectification()).isTrue();
    }

    @Test
    void aProvisionalCenterIsSaidToBe() {
        assertThat(EvaluationHistories.of(List.of(), false, true).provisional()).isTrue();
        assertThat(EvaluationHistories.of(List.of(), false, true).submissionMissing()).isFalse();
    }
}
