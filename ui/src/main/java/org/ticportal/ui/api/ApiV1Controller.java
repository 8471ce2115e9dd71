package org.ticportal.ui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.call.CallFilter;
import org.ticportal.core.call.CallService;
import org.ticportal.core.center.CenterFilter;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.notice.PublicNoticeService;
import org.ticportal.core.user.ApiPrincipal;
import org.ticportal.policy.api.evaluation.Outcome;

/**
 * The read-only API for other systems (开放接口 v1): centers, applications, calls, notices and evaluations, paged and
 * filtered like the management grids, each through the core service's own scoped query, so a client sees what a user
 * of its scope sees (a jurisdiction: the bureau's view; a division: the county reviewer's). Every call is audited.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "v1", description = "只读数据接口（需令牌）/ read-only data for machine clients (bearer token)")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@ApiResponse(responseCode = "401", description = "缺少令牌、令牌无效或已吊销 / no token, an unknown or a revoked one")
class ApiV1Controller {

    /** What each endpoint sorts by: the API's field name → the property (in the order the description lists them). */
    static final Map<String, String> CENTER_SORTS = ordered("name", "name", "leadUnit", "leadUnitName",
            "recognizedOn", "recognizedOn", "decisionNumber", "decisionNumber", "status", "status");
    static final Map<String, String> APPLICATION_SORTS = ordered("updatedAt", "updatedAt", "submittedAt",
            "submittedAt", "referenceNo", "referenceNo", "stage", "stage");
    static final Map<String, String> CALL_SORTS = ordered("closesAt", "closesAt", "opensAt", "opensAt", "title",
            "title");
    static final Map<String, String> NOTICE_SORTS = ordered("publishedAt", "publishedAt", "periodEnd", "periodEnd",
            "title", "title");
    static final Map<String, String> EVALUATION_SORTS = ordered("center", "centerName", "leadUnit", "leadUnitName",
            "state", "state", "due", "stepDue", "score", "score", "decidedOn", "decidedOn", "outcome", "outcome");

    private final ApiCalls calls;
    private final CenterService centers;
    private final ApplicationGrid applications;
    private final CallService applicationCalls;
    private final PublicNoticeService notices;
    private final EvaluationReader evaluations;

    ApiV1Controller(ApiCalls calls, CenterService centers, ApplicationGrid applications,
                    CallService applicationCalls, PublicNoticeService notices, EvaluationReader evaluations) {
        this.calls = calls;
        this.centers = centers;
        this.applications = applications;
        this.applicationCalls = applicationCalls;
        this.notices = notices;
        this.evaluations = evaluations;
    }

    @GetMapping("/centers")
    @Operation(summary = "技术创新中心 / recognised centers",
            description = "客户端范围内的中心，按认定日期倒序 / the centers in the client's scope, newest recognition first")
    ApiPage<CenterDto> centers(
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数 1–200 / page size 1–200") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "名称或牵头单位包含 / name or lead unit contains") @RequestParam(required = false) @Nullable String text,
            @Parameter(description = "认定文号包含 / decision number contains") @RequestParam(required = false) @Nullable String number,
            @Parameter(description = "状态 / status") @RequestParam(required = false) @Nullable CenterStatus status,
            @Parameter(description = "中心类型代码 / center type code") @RequestParam(required = false) @Nullable String type,
            @Parameter(description = "产业集群代码 / cluster code") @RequestParam(required = false) @Nullable String cluster,
            @Parameter(description = "推荐单位（区县）代码 / division code") @RequestParam(required = false) @Nullable String division,
            @Parameter(description = "排序字段，可加 ,desc 倒序 / sort field, optionally followed by ,desc: name, leadUnit, recognizedOn, decisionNumber, status") @RequestParam(required = false) @Nullable String sort) {
        PageRequest request = ApiCalls.page(page, size).withSort(ApiCalls.sort(sort, CENTER_SORTS, Sort.unsorted()));
        CenterFilter filter = new CenterFilter(text, number, status, type, cluster, division);
        return calls.read("/api/v1/centers", new ApiCalls.Filter().with("text", text).with("number", number)
                        .with("status", status).with("type", type).with("cluster", cluster).with("division", division)
                        .with("sort", sort).with("page", page).with("size", size),
                () -> new ApiPage<>(centers.list(filter, request).stream().map(CenterDto::of).toList(), page, size,
                        centers.count(filter)));
    }

    @GetMapping("/applications")
    @Operation(summary = "认定申请 / recognition applications",
            description = "客户端范围内已提交的申请，最近更新在前 / the submitted applications in the client's scope, "
                    + "latest change first")
    ApiPage<ApplicationDto> applications(
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数 1–200 / page size 1–200") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "编号、单位或中心名称包含 / reference, unit or center name contains") @RequestParam(required = false) @Nullable String text,
            @Parameter(description = "政策 / policy id") @RequestParam(required = false) @Nullable String policy,
            @Parameter(description = "阶段代码 / stage code") @RequestParam(required = false) @Nullable String stage,
            @Parameter(description = "仅未办结 / open ones only") @RequestParam(defaultValue = "false") boolean openOnly,
            @Parameter(description = "排序字段，可加 ,desc 倒序 / sort field, optionally followed by ,desc: updatedAt, submittedAt, referenceNo, stage") @RequestParam(required = false) @Nullable String sort) {
        PageRequest request = ApiCalls.page(page, size).withSort(ApiCalls.sort(sort, APPLICATION_SORTS,
                Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))));
        ApplicationFilter filter = new ApplicationFilter(text, policy, stage, openOnly, null, null);
        return calls.read("/api/v1/applications", new ApiCalls.Filter().with("text", text).with("policy", policy)
                        .with("stage", stage).with("openOnly", openOnly).with("sort", sort).with("page", page)
                        .with("size", size),
                () -> {
                    var rows = applications.list(filter, request);
                    return new ApiPage<>(rows.map(ApplicationDto::of).getContent(), page, size,
                            rows.getTotalElements());
                });
    }

    @GetMapping("/calls")
    @Operation(summary = "申报批次 / calls for applications",
            description = "客户端管辖区的申报批次，截止时间倒序 / the calls of the client's jurisdiction, latest close first")
    ApiPage<CallDto> calls(
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数 1–200 / page size 1–200") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "标题包含 / title contains") @RequestParam(required = false) @Nullable String text,
            @Parameter(description = "仅正在受理 / open now only") @RequestParam(defaultValue = "false") boolean openOnly,
            @Parameter(description = "排序字段，可加 ,desc 倒序 / sort field, optionally followed by ,desc: closesAt, opensAt, title") @RequestParam(required = false) @Nullable String sort) {
        PageRequest request = ApiCalls.page(page, size).withSort(ApiCalls.sort(sort, CALL_SORTS,
                Sort.by(Sort.Order.desc("closesAt"), Sort.Order.desc("id"))));
        CallFilter filter = new CallFilter(text == null ? "" : text, client().jurisdictionCode(), openOnly);
        return calls.read("/api/v1/calls", new ApiCalls.Filter().with("text", text).with("openOnly", openOnly)
                        .with("sort", sort).with("page", page).with("size", size),
                () -> {
                    var rows = applicationCalls.list(filter, request);
                    return new ApiPage<>(rows.map(CallDto::of).getContent(), page, size, rows.getTotalElements());
                });
    }

    @GetMapping("/notices")
    @Operation(summary = "认定公示 / recognition notices",
            description = "客户端管辖区已发布的公示，最新在前 / the published notices of the client's jurisdiction, "
                    + "newest first")
    ApiPage<NoticeDto> notices(
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数 1–200 / page size 1–200") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "排序字段，可加 ,desc 倒序 / sort field, optionally followed by ,desc: publishedAt, periodEnd, title") @RequestParam(required = false) @Nullable String sort) {
        PageRequest request = ApiCalls.page(page, size).withSort(ApiCalls.sort(sort, NOTICE_SORTS,
                Sort.by(Sort.Order.desc("id"))));
        return calls.read("/api/v1/notices", new ApiCalls.Filter().with("sort", sort).with("page", page)
                .with("size", size), () -> {
            var rows = notices.published(client().jurisdictionCode(), request);
            return new ApiPage<>(rows.map(NoticeDto::of).getContent(), page, size, rows.getTotalElements());
        });
    }

    @GetMapping("/evaluations")
    @Operation(summary = "绩效评估 / performance evaluations",
            description = "客户端范围内中心的绩效评估，最新在前 / the evaluations of the centers in the client's scope, "
                    + "newest first")
    ApiPage<EvaluationDto> evaluations(
            @Parameter(description = "页码，从 0 开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数 1–200 / page size 1–200") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "评估批次 / round id") @RequestParam(required = false) @Nullable Long round,
            @Parameter(description = "中心或牵头单位包含 / center or lead unit contains") @RequestParam(required = false) @Nullable String text,
            @Parameter(description = "状态 / state") @RequestParam(required = false) @Nullable EvaluationState state,
            @Parameter(description = "结果 / outcome") @RequestParam(required = false) @Nullable Outcome outcome,
            @Parameter(description = "排序字段，可加 ,desc 倒序 / sort field, optionally followed by ,desc: center, leadUnit, state, due, score, decidedOn, outcome") @RequestParam(required = false) @Nullable String sort) {
        PageRequest request = ApiCalls.page(page, size).withSort(ApiCalls.sort(sort, EVALUATION_SORTS,
                Sort.unsorted()));
        EvaluationFilter filter = new EvaluationFilter(round, text, state, outcome);
        return calls.read("/api/v1/evaluations", new ApiCalls.Filter().with("round", round).with("text", text)
                        .with("state", state).with("outcome", outcome).with("sort", sort).with("page", page)
                        .with("size", size),
                () -> new ApiPage<>(evaluations.list(filter, request).stream().map(EvaluationDto::of).toList(), page,
                        size, evaluations.count(filter)));
    }

    /** Pairs of (API name, property), kept in their order. */
    static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static ApiPrincipal client() {
        ApiPrincipal client = ApiPrincipal.current();
        if (client == null) {
            throw new IllegalStateException("the API's filter chain lets no call through without a client");
        }
        return client;
    }
}
