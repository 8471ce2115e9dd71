package org.ticportal.ui.api;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ticportal.core.call.CallSummary;

/**
 * A call for applications (申报批次) of the client's jurisdiction.
 *
 * @param id           its id
 * @param policy       the policy it is for
 * @param jurisdiction the jurisdiction that opened it
 * @param title        its title
 * @param opensAt      when submissions start
 * @param closesAt     when submissions end
 * @param quotas       division code → how many applications it may recommend
 */
@Schema(description = "申报批次 / a call for applications")
public record CallDto(long id, @Schema(description = "政策 / policy id") String policy,
                      @Schema(description = "管辖区代码 / jurisdiction code") String jurisdiction,
                      @Schema(description = "标题 / title") String title,
                      @Schema(description = "开始时间 / opens at") Instant opensAt,
                      @Schema(description = "截止时间 / closes at") Instant closesAt,
                      @Schema(description = "各推荐单位名额 / quota per division code") Map<String, Integer> quotas) {

    public CallDto {
        quotas = Map.copyOf(quotas);
    }

    static CallDto of(CallSummary c) {
        return new CallDto(c.id(), c.policyId(), c.jurisdictionCode(), c.title(), c.opensAt(), c.closesAt(),
                c.quotas());
    }
}
