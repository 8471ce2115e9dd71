package org.ticportal.ui.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notice.PublicNotice;

/**
 * A published recognition notice (认定公示).
 *
 * @param id             its id
 * @param jurisdiction   its jurisdiction code
 * @param title          its title
 * @param state          published (period running or to come) or ended
 * @param periodStart    the first day of its period
 * @param periodEnd      the last day
 * @param provisional    whether the end is provisional (the calendar year is not loaded)
 * @param period         the period in words
 * @param contactPhone   the telephone for objections
 * @param contactAddress the address for objections
 * @param openForObjections whether objections are accepted today
 */
@Schema(description = "认定公示 / a published recognition notice")
public record NoticeDto(long id, @Schema(description = "管辖区代码 / jurisdiction code") String jurisdiction,
                        @Schema(description = "标题 / title") String title,
                        @Schema(description = "状态 / state") PublicNotice.State state,
                        @Schema(description = "公示开始日 / first day") @Nullable LocalDate periodStart,
                        @Schema(description = "公示结束日 / last day") @Nullable LocalDate periodEnd,
                        @Schema(description = "结束日为暂定 / end provisional") boolean provisional,
                        @Schema(description = "公示期 / the period in words") String period,
                        @Schema(description = "异议联系电话 / telephone for objections") String contactPhone,
                        @Schema(description = "异议联系地址 / address for objections") String contactAddress,
                        @Schema(description = "今日受理异议 / objections accepted today") boolean openForObjections) {

    static NoticeDto of(NoticeSummary n) {
        return new NoticeDto(n.id(), n.jurisdictionCode(), n.title(), n.state(), n.periodStart(), n.periodEnd(),
                n.provisional(), n.periodText(), n.contactPhone(), n.contactAddress(), n.openOn());
    }
}
