package org.ticportal.core.evaluation;

import java.util.List;

import org.ticportal.policy.api.evaluation.EvaluationHistory;

/** Builds the history the policy's mapping reads from a center's earlier evaluations (oldest first). */
final class EvaluationHistories {

    private EvaluationHistories() {
    }

    /**
     * @param passed             whether each earlier decided evaluation was passed, oldest first
     * @param underRectification the center is rectifying now
     * @param provisional        the center is provisional now
     */
    static EvaluationHistory of(List<Boolean> passed, boolean underRectification, boolean provisional) {
        int total = (int) passed.stream().filter(p -> !p).count();
        int inRow = 0;
        for (int i = passed.size() - 1; i >= 0 && !passed.get(i); i--) {
            inRow++;
        }
        return new EvaluationHistory(inRow, total, false, underRectification, provisional);
    }
}
