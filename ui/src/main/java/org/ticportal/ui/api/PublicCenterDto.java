package org.ticportal.ui.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.center.PublicCenter;

/**
 * A center of the public registry (技术创新中心名录), as {@code /public/centers} shows it.
 *
 * @param name           its name
 * @param type           the center type
 * @param leadUnit       the lead unit
 * @param cluster        the industry cluster
 * @param recognizedOn   the day of recognition
 * @param decisionNumber the recognition document number
 * @param provisional    recognised provisionally (试运行)
 */
@Schema(description = "名录中的技术创新中心 / a center of the public registry")
public record PublicCenterDto(@Schema(description = "名称 / name") String name,
                              @Schema(description = "中心类型 / center type") @Nullable ApiText type,
                              @Schema(description = "牵头单位 / lead unit") String leadUnit,
                              @Schema(description = "产业集群 / industry cluster") @Nullable ApiText cluster,
                              @Schema(description = "认定日期 / recognised on") LocalDate recognizedOn,
                              @Schema(description = "认定文号 / decision number") String decisionNumber,
                              @Schema(description = "试运行 / provisional") boolean provisional) {

    static PublicCenterDto of(PublicCenter c) {
        return new PublicCenterDto(c.name(), ApiText.of(c.typeName()), c.leadUnitName(), ApiText.of(c.clusterName()),
                c.recognizedOn(), c.decisionNumber(), c.provisional());
    }
}
