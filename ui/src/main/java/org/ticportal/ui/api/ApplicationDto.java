package org.ticportal.ui.api;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * A recognition application (认定申请) in the client's scope.
 *
 * @param id            its id
 * @param referenceNo   its reference number
 * @param policy        the policy it is handled under
 * @param jurisdiction  the authority's jurisdiction code
 * @param unit          the applicant unit
 * @param division      the division it arrives through
 * @param channel       direct or recommended
 * @param stage         the stage code it is in
 * @param stageKind     that stage's kind
 * @param stageDue      when the stage's time limit ends
 * @param closed        whether its procedure has ended
 * @param centerName    the center's proposed name
 * @param centerType    the center type's code
 * @param submittedAt   when it was first submitted
 * @param updatedAt     when it last changed
 * @param callId        the call it was filed in
 */
@Schema(description = "认定申请 / a recognition application")
public record ApplicationDto(long id, @Schema(description = "申报编号 / reference number") String referenceNo,
                             @Schema(description = "政策 / policy id", example = "xinzhou") String policy,
                             @Schema(description = "管辖区代码 / jurisdiction code") String jurisdiction,
                             @Schema(description = "申报单位 / applicant unit") String unit,
                             @Schema(description = "推荐单位（区县）代码 / division code") String division,
                             @Schema(description = "申报渠道 / channel") SubmissionChannel channel,
                             @Schema(description = "所处阶段代码 / stage code") String stage,
                             @Schema(description = "阶段类型 / stage kind") StageKind stageKind,
                             @Schema(description = "阶段期限 / stage due") @Nullable LocalDate stageDue,
                             @Schema(description = "已办结 / closed") boolean closed,
                             @Schema(description = "拟定中心名称 / proposed center name") @Nullable String centerName,
                             @Schema(description = "中心类型代码 / center type code") @Nullable String centerType,
                             @Schema(description = "首次提交时间 / first submitted") @Nullable Instant submittedAt,
                             @Schema(description = "最近更新时间 / last changed") Instant updatedAt,
                             @Schema(description = "申报批次 / call id") @Nullable Long callId) {

    static ApplicationDto of(ApplicationRow a) {
        return new ApplicationDto(a.id(), a.referenceNo(), a.pin().policyId(), a.jurisdictionCode(), a.unitName(),
                a.recommendingBodyCode(), a.channel(), a.stage(), a.stageKind(), a.stageDue(), a.closed(),
                a.fullName(), a.centerType(), a.submittedAt(), a.updatedAt(), a.callId());
    }
}
