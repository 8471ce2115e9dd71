package org.ticportal.ui.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.policy.api.evaluation.Outcome;

/**
 * A center's performance evaluation (绩效评估) in the client's scope.
 *
 * @param id          its id
 * @param roundId     its round
 * @param centerId    the center
 * @param centerName  the center's name
 * @param leadUnit    the lead unit
 * @param state       where it stands
 * @param step        the current step
 * @param stepDue     the current step's time limit
 * @param score       the total score, once scored
 * @param grade       the grade, once decided
 * @param outcome     the outcome, once decided
 * @param outstanding rated outstanding (优秀)
 * @param decidedOn   the day of the decision
 */
@Schema(description = "绩效评估 / a center's performance evaluation")
public record EvaluationDto(long id, @Schema(description = "评估批次 / round id") long roundId,
                            @Schema(description = "中心 id / center id") long centerId,
                            @Schema(description = "中心名称 / center name") String centerName,
                            @Schema(description = "牵头单位 / lead unit") String leadUnit,
                            @Schema(description = "状态 / state") EvaluationState state,
                            @Schema(description = "当前环节 / current step") @Nullable ApiText step,
                            @Schema(description = "环节期限 / step due") @Nullable LocalDate stepDue,
                            @Schema(description = "总分 / total score") @Nullable BigDecimal score,
                            @Schema(description = "等次 / grade") @Nullable ApiText grade,
                            @Schema(description = "结果 / outcome") @Nullable Outcome outcome,
                            @Schema(description = "优秀 / outstanding") boolean outstanding,
                            @Schema(description = "决定日期 / decided on") @Nullable LocalDate decidedOn) {

    static EvaluationDto of(EvaluationViews.Row e) {
        return new EvaluationDto(e.id(), e.roundId(), e.centerId(), e.centerName(), e.leadUnitName(), e.state(),
                ApiText.of(e.stepName()), e.stepDue(), e.score(), ApiText.of(e.grade()), e.outcome(), e.outstanding(),
                e.decidedOn());
    }
}
