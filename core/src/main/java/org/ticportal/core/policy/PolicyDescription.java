package org.ticportal.core.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.RuleKind;

/**
 * A policy described as comparable lines, keyed by section and aspect. Built inside a provider call: it holds texts
 * only.
 */
final class PolicyDescription {

    /**
     * One described aspect.
     *
     * @param comparable what two policies must share for the aspect to count as the same: the value without the
     *                   citation, for rules their requirements and kinds
     */
    record Line(String section, String key, LocalizedText aspect, LocalizedText value, String comparable) {
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();

    private PolicyDescription() {
    }

    List<Line> lines() {
        return List.copyOf(lines.values());
    }

    static PolicyDescription of(PolicyProvider p) {
        PolicyDescription d = new PolicyDescription();
        var id = p.identity();
        d.add("IDENTITY", "title", t("名称", "Title"), id.title());
        d.add("IDENTITY", "jurisdiction", t("适用地区", "Jurisdiction"), id.jurisdiction());
        d.add("IDENTITY", "issuer", t("发布机关", "Issuer"), id.issuer());
        d.add("IDENTITY", "number", t("文号", "Document number"), plain(id.documentNumber()));
        d.add("IDENTITY", "status", t("状态", "Status"), switch (id.status()) {
            case TRIAL -> t("试行", "Trial");
            case FINAL -> t("正式", "Final");
        });
        var naming = p.naming();
        d.add("NAMING", "pattern", t("命名方式", "Naming pattern"), plain(naming.pattern().replace("{core}", "××")));
        d.add("NAMING", "constraints", t("命名规则", "Naming rules"), join(naming.constraints().stream().sorted()
                .map(c -> switch (c) {
                    case NO_LATIN -> t("不含拉丁字母", "no Latin letters");
                    case NO_DIGITS -> t("不含阿拉伯数字", "no digits");
                    case NO_PUNCTUATION -> t("不含标点符号", "no punctuation");
                    case NO_ENTERPRISE_NAME -> t("不含企业名称", "no enterprise name");
                    case UNIQUE -> t("不得重名", "unique");
                }).toList()));
        describeCatalogs(d, p);
        for (EligibilityRule rule : p.eligibilityRules()) {
            d.merge("RULES", "rule:" + rule.topic(), rule.title(), t(
                    rule.requirement().zh() + "〔" + kind(rule.kind()).zh() + "，" + rule.article() + "〕",
                    rule.requirement().en() + " [" + kind(rule.kind()).en() + ", " + rule.article() + "]"),
                    rule.requirement().zh() + "/" + rule.kind());
        }
        describeProcedure(d, p.procedure());
        describeNotice(d, p.notice());
        describeEvaluation(d, p.evaluation());
        d.add("CHANGES", "types", t("变更事项", "Change types"), join(p.changeTypes().stream()
                .map(c -> t(c.name().zh() + "（" + c.approvalChain().size() + "级审批）",
                        c.name().en() + " (" + c.approvalChain().size() + " approvals)")).toList()));
        d.add("CHANGES", "conversion", t("可转建的平台", "Conversion from"), join(p.conversionSources().stream()
                .map(c -> c.name()).toList()));
        d.add("CHANGES", "rewards", t("支持政策", "Rewards"), join(p.rewards().stream()
                .map(r -> r.description()).toList()));
        p.settings().forEach(s -> d.add("SETTINGS", "setting:" + s.key(), s.label(),
                plain(s.defaultValue().isEmpty() ? "—" : s.defaultValue())));
        return d;
    }

    private static void describeCatalogs(PolicyDescription d, PolicyProvider p) {
        var c = p.catalogs();
        d.add("CATALOGS", "types", t("中心类型", "Center types"), join(c.centerTypes().stream()
                .map(x -> x.name()).toList()));
        d.add("CATALOGS", "industries", t("产业方向", "Industries"), join(c.industryGroups().stream()
                .map(g -> t(g.name().zh() + "（" + g.clusters().size() + "个）",
                        g.name().en() + " (" + g.clusters().size() + ")")).toList()));
        Map<String, List<RecommendingBody>> byChannel = c.recommendingBodies().stream()
                .collect(Collectors.groupingBy(b -> b.channel().name(), LinkedHashMap::new, Collectors.toList()));
        d.add("CATALOGS", "bodies", t("推荐渠道", "Channels"), join(byChannel.entrySet().stream()
                .map(e -> t((e.getKey().equals("DIRECT") ? "直接申报：" : "推荐申报：") + e.getValue().size() + "个",
                        (e.getKey().equals("DIRECT") ? "direct: " : "recommended: ") + e.getValue().size()))
                .toList()));
    }

    private static void describeProcedure(PolicyDescription d, Procedure procedure) {
        List<Stage> open = procedure.stages().stream().filter(s -> !s.isFinal() || s.createsCenter()).toList();
        d.add("PROCEDURE", "stages", t("程序", "Steps"), arrow(open.stream().map(Stage::name).toList()));
        d.add("PROCEDURE", "count", t("环节数", "Number of steps"), plain(Integer.toString(open.size())));
        for (StageKind kind : List.of(StageKind.REVIEW, StageKind.EXPERT_REVIEW, StageKind.DECISION,
                StageKind.CONSTRUCTION, StageKind.PROVISIONAL)) {
            d.add("PROCEDURE", "kind:" + kind, stageKind(kind), join(procedure.stages().stream()
                    .filter(s -> s.kind() == kind).map(Stage::name).toList()));
        }
        d.add("PROCEDURE", "deadlines", t("办理时限", "Time limits"), join(procedure.stages().stream()
                .filter(s -> s.deadlineWorkingDays() > 0 || s.maxDurationMonths() > 0)
                .map(s -> s.maxDurationMonths() > 0
                        ? t(s.name().zh() + " ≤" + s.maxDurationMonths() + "个月", s.name().en() + " ≤ "
                        + s.maxDurationMonths() + " months")
                        : t(s.name().zh() + " " + s.deadlineWorkingDays() + "个工作日", s.name().en() + " "
                        + s.deadlineWorkingDays() + " working days")).toList()));
        d.add("PROCEDURE", "optional", t("可简化环节", "Optional steps"), join(procedure.stages().stream()
                .filter(Stage::optional).map(Stage::name).toList()));
    }

    private static void describeNotice(PolicyDescription d, NoticeRules n) {
        d.add("NOTICE", "days", t("公示期", "Notice period"), t(n.workingDays() + "个工作日",
                n.workingDays() + " working days"));
        d.add("NOTICE", "dayOne", t("发布日是否计入", "Publication day counts"),
                n.publicationDayCounts() ? t("计入（工作日时为第1天）", "yes, as day 1") : t("不计入", "no"));
        d.add("NOTICE", "where", t("公示渠道", "Published on"), plain(n.where()));
        var o = n.objections();
        List<LocalizedText> rules = new ArrayList<>();
        if (o.writtenOnly()) {
            rules.add(t("书面提出", "in writing"));
        }
        if (o.unitMustStamp()) {
            rules.add(t("单位加盖公章", "units stamp"));
        }
        if (o.personMustSign()) {
            rules.add(t("个人署真实姓名和联系方式", "persons sign with real name"));
        }
        if (o.lateRefused()) {
            rules.add(t("逾期不予受理", "late objections refused"));
        }
        if (o.handlingWorkingDays() > 0) {
            rules.add(t(o.handlingWorkingDays() + "个工作日内处理", "handled within " + o.handlingWorkingDays()
                    + " working days"));
        }
        d.add("NOTICE", "objections", t("异议规则", "Objections"), join(rules));
    }

    private static void describeEvaluation(PolicyDescription d, EvaluationScheme e) {
        d.add("EVALUATION", "cycle", t("评估周期", "Cycle"), t(e.cycleYears() + "年", e.cycleYears() + " years"));
        d.add("EVALUATION", "full", t("满分", "Full score"), plain(e.fullScore().stripTrailingZeros().toPlainString()));
        d.add("EVALUATION", "indicators", t("一级指标", "Top-level indicators"), join(e.indicators().stream()
                .map(i -> t(i.name().zh() + " " + num(i.weight()), i.name().en() + " " + num(i.weight()))).toList()));
        d.add("EVALUATION", "grades", t("等级", "Grades"), join(e.grades().stream()
                .sorted((a, b) -> b.minScore().compareTo(a.minScore()))
                .map(g -> t(g.name().zh() + "≥" + num(g.minScore()), g.name().en() + " ≥ " + num(g.minScore())))
                .toList()));
        d.add("EVALUATION", "mapping", t("结果运用", "Outcomes"), e.mappingSummary());
        d.add("EVALUATION", "quota", t("等级比例限制", "Grade quotas"), join(e.quotaPercent().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(q -> t(gradeName(e, q.getKey()).zh() + "≤" + q.getValue() + "%",
                        gradeName(e, q.getKey()).en() + " ≤ " + q.getValue() + "%")).toList()));
        d.add("EVALUATION", "rectify", t("整改期限", "Rectification period"), t(e.rectifyMonths() + "个月",
                e.rectifyMonths() + " months"));
    }

    private static LocalizedText gradeName(EvaluationScheme e, String code) {
        return e.grades().stream().filter(g -> g.code().equals(code)).map(Grade::name).findFirst()
                .orElse(plain(code));
    }

    private void add(String section, String key, LocalizedText aspect, LocalizedText value) {
        lines.put(section + "/" + key, new Line(section, key, aspect, value, value.zh()));
    }

    /** Adds, or appends to an aspect that has a value already (two rules on one topic). */
    private void merge(String section, String key, LocalizedText aspect, LocalizedText value, String comparable) {
        Line existing = lines.get(section + "/" + key);
        if (existing == null) {
            lines.put(section + "/" + key, new Line(section, key, aspect, value, comparable));
        } else {
            lines.put(section + "/" + key, new Line(section, key, existing.aspect(), t(existing.value().zh() + "；"
                    + value.zh(), existing.value().en() + "; " + value.en()), existing.comparable() + "；" + comparable));
        }
    }

    static LocalizedText kind(RuleKind kind) {
        return switch (kind) {
            case AUTO -> t("系统核验", "automatic");
            case ATTEST -> t("承诺+证明材料", "declaration and evidence");
            case EXPERT -> t("专家论证", "expert judgement");
            case SOFT -> t("提示", "warning");
        };
    }

    private static LocalizedText stageKind(StageKind kind) {
        return switch (kind) {
            case REVIEW -> t("审核环节", "Reviews");
            case EXPERT_REVIEW -> t("专家环节", "Expert steps");
            case DECISION -> t("决策环节", "Decision");
            case CONSTRUCTION -> t("建设期", "Construction period");
            case PROVISIONAL -> t("试运行", "Provisional status");
            default -> t(kind.name(), kind.name());
        };
    }

    private static String num(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static LocalizedText join(List<LocalizedText> parts) {
        return joinWith(parts, "、", ", ");
    }

    private static LocalizedText arrow(List<LocalizedText> parts) {
        return joinWith(parts, " → ", " → ");
    }

    private static LocalizedText joinWith(List<LocalizedText> parts, String zh, String en) {
        if (parts.isEmpty()) {
            return t("—", "—");
        }
        return t(parts.stream().map(LocalizedText::zh).collect(Collectors.joining(zh)),
                parts.stream().map(x -> x.en().isBlank() ? x.zh() : x.en()).collect(Collectors.joining(en)));
    }

    private static LocalizedText plain(String s) {
        return t(s.isBlank() ? "—" : s, s.isBlank() ? "—" : s);
    }

    private static LocalizedText t(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
