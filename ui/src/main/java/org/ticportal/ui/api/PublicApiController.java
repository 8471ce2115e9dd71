package org.ticportal.ui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ticportal.core.center.CenterFilter;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notice.PublicNoticeService;

/**
 * What the public pages show, as JSON without a token: the registry of centers ({@code /public/centers}) and the
 * published notices ({@code /public/notices}).
 */
@RestController
@RequestMapping(path = "/api/public", produces = "application/json")
@Tag(name = "public", description = "公开数据（无需令牌）/ public data, no token")
class PublicApiController {

    private static final java.util.Map<String, String> PUBLIC_CENTER_SORTS = ApiV1Controller.ordered("name", "name",
            "leadUnit", "leadUnitName", "recognizedOn", "recognizedOn");

    private final CenterService centers;
    private final PublicNoticeService notices;

    PublicApiController(CenterService centers, PublicNoticeService notices) {
        this.centers = centers;
        this.notices = notices;
    }

    @GetMapping("/centers")
    @Operation(summary = "技术创新中心名录 / the public registry of centers",
            description = "未撤销的中心（含试运行），与公开页面一致 / centers not revoked (provisional ones marked), "
                    + "as the public page shows them")
    ApiPage<PublicCenterDto> centers(
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数 1–200 / page size 1–200") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "名称或牵头单位包含 / name or lead unit contains") @RequestParam(required = false) @Nullable String text,
            @Parameter(description = "排序字段，可加 ,desc 倒序 / sort field, optionally followed by ,desc: name, leadUnit, recognizedOn") @RequestParam(required = false) @Nullable String sort) {
        PageRequest request = ApiCalls.page(page, size).withSort(ApiCalls.sort(sort, PUBLIC_CENTER_SORTS,
                Sort.unsorted()));
        CenterFilter filter = CenterFilter.ALL.withText(text);
        return new ApiPage<>(centers.registry(filter, request).stream().map(PublicCenterDto::of).toList(), page, size,
                centers.registryCount(filter));
    }

    @GetMapping("/notices")
    @Operation(summary = "认定公示 / published recognition notices",
            description = "已发布的公示，最新在前 / the published notices, newest first")
    ApiPage<NoticeDto> notices(
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数 1–200 / page size 1–200") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "排序字段，可加 ,desc 倒序 / sort field, optionally followed by ,desc: publishedAt, periodEnd, title") @RequestParam(required = false) @Nullable String sort) {
        var rows = notices.published(ApiCalls.page(page, size).withSort(ApiCalls.sort(sort,
                ApiV1Controller.NOTICE_SORTS, Sort.by(Sort.Order.desc("id")))));
        return new ApiPage<>(rows.map(NoticeDto::of).getContent(), page, size, rows.getTotalElements());
    }
}
