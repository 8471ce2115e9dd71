package org.ticportal.core.policy;

import static org.ticportal.core.common.CoreMessages.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    private static final LocalizedText NONE = new LocalizedText("—", "—");

    private final Map<String, Line> lines = new LinkedHashMap<>();

    private PolicyDescription() {
    }

    List<Line> lines() {
        return List.copyOf(lines.values());
    }

    static PolicyDescription of(PolicyProvider p) {
        PolicyDescription d = new PolicyDescription();
        var id = p.identity();
        d.add("IDENTITY", "title", text("policy.describe.title"), id.title());
        d.add("IDENTITY", "jurisdiction", text("policy.describe.jurisdiction"), id.jurisdiction());
        d.add("IDENTITY", "issuer", text("policy.describe.issuer"), id.issuer());
        d.add("IDENTITY", "number", text("policy.describe.number"), plain(id.documentNumber()));
        d.add("IDENTITY", "status", text("policy.describe.status"), switch (id.status()) {
            case TRIAL -> text("policy.describe.status.trial");
            case FINAL -> text("policy.describe.status.final");
        });
        var naming = p.naming();
        d.add("NAMING", "pattern", text("policy.describe.naming"), plain(naming.pattern().replace("{core}", "××")));
        d.add("NAMING", "constraints", text("policy.describe.namingRules"), join(naming.constraints().stream().sorted()
                .map(c -> switch (c) {
                    case NO_LATIN -> text("policy.describe.naming.noLatin");
                    case NO_DIGITS -> text("policy.describe.naming.noDigits");
                    case NO_PUNCTUATION -> text("policy.describe.naming.noPunctuation");
                    case NO_ENTERPRISE_NAME -> text("policy.describe.naming.noEnterpriseName");
                    case NO_APPLICANT_UNIT_NAME -> text("policy.describe.naming.noApplicantUnitName");
                    case UNIQUE -> text("policy.describe.naming.unique");
                }).toList()));
        describeCatalogs(d, p);
        for (EligibilityRule rule : p.eligibilityRules()) {
            d.merge("RULES", "rule:" + rule.topic(), rule.title(), text("policy.describe.rule", rule.requirement(),
                    kind(rule.kind()), rule.article()), rule.requirement().zh() + "/" + rule.kind());
        }
        describeProcedure(d, p.procedure());
        describeNotice(d, p.notice());
        describeEvaluation(d, p.evaluation());
        d.add("CHANGES", "types", text("policy.describe.changeTypes"), join(p.changeTypes().stream()
                .map(c -> text("policy.describe.changeType", c.name(), c.approvalChain().size())).toList()));
        d.add("CHANGES", "conversion", text("policy.describe.conversion"), join(p.conversionSources().stream()
                .map(c -> c.name()).toList()));
        d.add("CHANGES", "rewards", text("policy.describe.rewards"), join(p.rewards().stream()
                .map(r -> r.description()).toList()));
        p.settings().forEach(s -> d.add("SETTINGS", "setting:" + s.key(), s.label(),
                plain(s.defaultValue().isEmpty() ? "—" : s.defaultValue())));
        return d;
    }

    private static void describeCatalogs(PolicyDescription d, PolicyProvider p) {
        var c = p.catalogs();
        d.add("CATALOGS", "types", text("policy.describe.centerTypes"), join(c.centerTypes().stream()
                .map(x -> x.name()).toList()));
        d.add("CATALOGS", "industries", text("policy.describe.industries"), join(c.industryGroups().stream()
                .map(g -> text("policy.describe.industryGroup", g.name(), g.clusters().size())).toList()));
        Map<String, List<RecommendingBody>> byChannel = c.recommendingBodies().stream()
                .collect(Collectors.groupingBy(b -> b.channel().name(), LinkedHashMap::new, Collectors.toList()));
        d.add("CATALOGS", "bodies", text("policy.describe.channels"), join(byChannel.entrySet().stream()
                .map(e -> e.getKey().equals("DIRECT") ? text("policy.describe.channel.direct", e.getValue().size())
                        : text("policy.describe.channel.recommended", e.getValue().size()))
                .toList()));
    }

    private static void describeProcedure(PolicyDescription d, Procedure procedure) {
        List<Stage> open = procedure.stages().stream().filter(s -> !s.isFinal() || s.createsCenter()).toList();
        d.add("PROCEDURE", "stages", text("policy.describe.steps"), arrow(open.stream().map(Stage::name).toList()));
        d.add("PROCEDURE", "count", text("policy.describe.stepCount"), plain(Integer.toString(open.size())));
        for (StageKind kind : List.of(StageKind.REVIEW, StageKind.EXPERT_REVIEW, StageKind.DECISION,
                StageKind.CONSTRUCTION, StageKind.PROVISIONAL)) {
            d.add("PROCEDURE", "kind:" + kind, stageKind(kind), join(procedure.stages().stream()
                    .filter(s -> s.kind() == kind).map(Stage::name).toList()));
        }
        d.add("PROCEDURE", "deadlines", text("policy.describe.timeLimits"), join(procedure.stages().stream()
                .filter(s -> s.deadlineWorkingDays() > 0 || s.maxDurationMonths() > 0)
                .map(s -> s.maxDurationMonths() > 0
                        ? text("policy.describe.timeLimit.months", s.name(), s.maxDurationMonths())
                        : text("policy.describe.timeLimit.workingDays", s.name(), s.deadlineWorkingDays())).toList()));
        d.add("PROCEDURE", "optional", text("policy.describe.optionalSteps"), join(procedure.stages().stream()
                .filter(Stage::optional).map(Stage::name).toList()));
    }

    private static void describeNotice(PolicyDescription d, NoticeRules n) {
        d.add("NOTICE", "days", text("policy.describe.noticePeriod"), text("policy.describe.workingDays", n.workingDays()));
        d.add("NOTICE", "dayOne", text("policy.describe.publicationDayCounts"), n.publicationDayCounts()
                ? text("policy.describe.publicationDayCounts.yes") : text("policy.describe.publicationDayCounts.no"));
        d.add("NOTICE", "where", text("policy.describe.publishedOn"), plain(n.where()));
        var o = n.objections();
        List<LocalizedText> rules = new ArrayList<>();
        if (o.writtenOnly()) {
            rules.add(text("policy.describe.objection.written"));
        }
        if (o.unitMustStamp()) {
            rules.add(text("policy.describe.objection.unitStamps"));
        }
        if (o.personMustSign()) {
            rules.add(text("policy.describe.objection.personSigns"));
        }
        if (o.lateRefused()) {
            rules.add(text("policy.describe.objection.lateRefused"));
        }
        if (o.handlingWorkingDays() > 0) {
            rules.add(text("policy.describe.objection.handledWithin", o.handlingWorkingDays()));
        }
        d.add("NOTICE", "objections", text("policy.describe.objections"), join(rules));
    }

    private static void describeEvaluation(PolicyDescription d, EvaluationScheme e) {
        d.add("EVALUATION", "cycle", text("policy.describe.cycle"), text("policy.describe.years", e.cycleYears()));
        d.add("EVALUATION", "full", text("policy.describe.fullScore"),
                plain(e.fullScore().stripTrailingZeros().toPlainString()));
        d.add("EVALUATION", "indicators", text("policy.describe.indicators"), join(e.indicators().stream()
                .map(i -> text("policy.describe.indicator", i.name(), num(i.weight()))).toList()));
        d.add("EVALUATION", "grades", text("policy.describe.grades"), join(e.grades().stream()
                .sorted((a, b) -> b.minScore().compareTo(a.minScore()))
                .map(g -> text("policy.describe.grade", g.name(), num(g.minScore())))
                .toList()));
        d.add("EVALUATION", "mapping", text("policy.describe.outcomes"), e.mappingSummary());
        d.add("EVALUATION", "quota", text("policy.describe.quotas"), join(e.quotaPercent().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(q -> text("policy.describe.quota", gradeName(e, q.getKey()), q.getValue())).toList()));
        d.add("EVALUATION", "rectify", text("policy.describe.rectification"), text("policy.describe.months",
                e.rectifyMonths()));
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
            lines.put(section + "/" + key, new Line(section, key, existing.aspect(),
                    text("policy.describe.also", existing.value(), value), existing.comparable() + "\n" + comparable));
        }
    }

    static LocalizedText kind(RuleKind kind) {
        return switch (kind) {
            case AUTO -> text("policy.describe.ruleKind.auto");
            case ATTEST -> text("policy.describe.ruleKind.attest");
            case EXPERT -> text("policy.describe.ruleKind.expert");
            case SOFT -> text("policy.describe.ruleKind.soft");
        };
    }

    private static LocalizedText stageKind(StageKind kind) {
        return switch (kind) {
            case REVIEW -> text("policy.describe.stageKind.review");
            case EXPERT_REVIEW -> text("policy.describe.stageKind.expertReview");
            case DECISION -> text("policy.describe.stageKind.decision");
            case CONSTRUCTION -> text("policy.describe.stageKind.construction");
            case PROVISIONAL -> text("policy.describe.stageKind.provisional");
            default -> plain(kind.name());
        };
    }

    private static String num(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A list ("A、B、C" / "A, B, C"); a part without English reads in Chinese in the English list. */
    private static LocalizedText join(List<LocalizedText> parts) {
        return parts.stream().reduce((a, b) -> text("policy.describe.list", a, b)).orElse(NONE);
    }

    private static LocalizedText arrow(List<LocalizedText> parts) {
        if (parts.isEmpty()) {
            return NONE;
        }
        return new LocalizedText(parts.stream().map(LocalizedText::zh).collect(Collectors.joining(" → ")),
                parts.stream().map(x -> x.get(Locale.ENGLISH)).collect(Collectors.joining(" → ")));
    }

    private static LocalizedText plain(String s) {
        return s.isBlank() ? NONE : new LocalizedText(s, s);
    }
}
