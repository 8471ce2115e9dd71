package org.ticportal.ui.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterStatus;

/**
 * A recognised center (技术创新中心) in the client's scope.
 *
 * @param id             its id
 * @param name           its name
 * @param type           the center type
 * @param leadUnit       the lead unit (牵头单位)
 * @param coBuilders     the co-builders, joined with 、
 * @param cluster        the industry cluster
 * @param jurisdiction   the recognising authority's jurisdiction code
 * @param division       the division (recommending body) the lead unit came through
 * @param recognizedOn   the day of recognition
 * @param decisionNumber the recognition document number
 * @param status         where it stands
 */
@Schema(description = "技术创新中心 / a recognised technology innovation center")
public record CenterDto(long id, @Schema(description = "名称 / name") String name,
                        @Schema(description = "中心类型 / center type") @Nullable ApiText type,
                        @Schema(description = "牵头单位 / lead unit") String leadUnit,
                        @Schema(description = "共建单位 / co-builders") @Nullable String coBuilders,
                        @Schema(description = "产业集群 / industry cluster") @Nullable ApiText cluster,
                        @Schema(description = "管辖区代码 / jurisdiction code", example = "140900") String jurisdiction,
                        @Schema(description = "推荐单位（区县）代码 / division code", example = "140902") String division,
                        @Schema(description = "认定日期 / recognised on") LocalDate recognizedOn,
                        @Schema(description = "认定文号 / decision number") String decisionNumber,
                        @Schema(description = "状态 / status") CenterStatus status) {

    static CenterDto of(CenterRow c) {
        return new CenterDto(c.id(), c.name(), ApiText.of(c.typeName()), c.leadUnitName(), c.coBuilders(),
                ApiText.of(c.clusterName()), c.jurisdictionCode(), c.recommendingBodyCode(), c.recognizedOn(),
                c.decisionNumber(), c.status());
    }
}
