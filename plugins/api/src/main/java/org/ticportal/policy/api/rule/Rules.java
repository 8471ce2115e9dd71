package org.ticportal.policy.api.rule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * Builders for the rules measures usually contain. Each returns a plain {@link EligibilityRule}; write your own class
 * (or use {@link #of}) for anything else.
 *
 * <p>Outcomes follow one convention: a condition that is not met fails (AUTO, ATTEST) or warns (SOFT); a condition
 * that is met passes (AUTO, SOFT) or goes to a person (ATTEST, EXPERT: {@link RuleOutcome#NEEDS_REVIEW}); required
 * evidence that is missing fails the rule (a SOFT rule warns), because a person cannot verify without it.
 */
public final class Rules {

    private Rules() {
    }

    /** A number field must reach a minimum (e.g. usable area ≥ 500 m²); a SOFT rule warns instead of failing. */
    public static EligibilityRule minimum(String id, RuleKind kind, LocalizedText title, String article,
                                          String fieldKey, String unit, Threshold threshold,
                                          EvidenceType... evidence) {
        LocalizedText requirement = new LocalizedText(title.zh() + "（不少于 " + threshold.describe() + " " + unit + "）",
                title.en() + " (at least " + threshold.describe() + " " + unit + ")");
        return new BaseRule(id, kind, title, requirement, article, fields(fieldKey, threshold.categoryFieldKey()),
                evidence, ctx -> {
            var min = threshold.resolve(ctx.data());
            if (min.isEmpty()) {
                return RuleOutcome.NOT_APPLICABLE;
            }
            var value = ctx.data().number(fieldKey);
            if (value.isEmpty() || value.get().compareTo(min.get()) < 0) {
                return notMet(kind);
            }
            return met(kind, ctx, evidence);
        }, ctx -> {
            var min = threshold.resolve(ctx.data()).map(BigDecimal::toPlainString).orElse("-");
            var value = ctx.data().number(fieldKey).map(BigDecimal::toPlainString);
            return new LocalizedText(
                    title.zh() + "：填报 " + value.orElse("（未填写）") + " " + unit + "，要求不少于 " + min + " " + unit,
                    title.en() + ": " + value.orElse("(not given)") + " " + unit + " given, at least " + min + " "
                            + unit + " required");
        });
    }

    /** A field's value must be one of the allowed codes (e.g. the registered county is in Xinzhou). */
    public static EligibilityRule oneOf(String id, RuleKind kind, LocalizedText title, String article,
                                        String fieldKey, Collection<String> allowed, EvidenceType... evidence) {
        Set<String> set = Set.copyOf(allowed);
        return new BaseRule(id, kind, title, title, article, List.of(fieldKey), evidence, ctx -> {
            var value = ctx.data().text(fieldKey);
            if (value.isEmpty() || !set.contains(value.get())) {
                return notMet(kind);
            }
            return met(kind, ctx, evidence);
        }, ctx -> title);
    }

    /**
     * A field must be filled in (or a declaration ticked, for a yes/no field: {@code false} is not met); a person or
     * unit counts as filled in with any part.
     */
    public static EligibilityRule required(String id, RuleKind kind, LocalizedText title, String article,
                                           String fieldKey, EvidenceType... evidence) {
        return new BaseRule(id, kind, title, title, article, List.of(fieldKey), evidence, ctx -> {
            var flag = ctx.data().flag(fieldKey);
            boolean present = flag.isPresent() ? flag.get() : ctx.data().has(fieldKey);
            return present ? met(kind, ctx, evidence) : notMet(kind);
        }, ctx -> title);
    }

    /** The number of rows of a table, or of choices of a multi-choice field, must lie between min and max. */
    public static EligibilityRule count(String id, RuleKind kind, LocalizedText title, String article,
                                        String fieldKey, int min, int max, EvidenceType... evidence) {
        String range = max == Integer.MAX_VALUE ? "≥ " + min : min + "–" + max;
        LocalizedText requirement = new LocalizedText(title.zh() + "（" + range + " 项）",
                title.en() + " (" + range + ")");
        return new BaseRule(id, kind, title, requirement, article, List.of(fieldKey), evidence, ctx -> {
            int n = Math.max(ctx.data().rows(fieldKey).size(), ctx.data().choices(fieldKey).size());
            return n >= min && n <= max ? met(kind, ctx, evidence) : notMet(kind);
        }, ctx -> {
            int n = Math.max(ctx.data().rows(fieldKey).size(), ctx.data().choices(fieldKey).size());
            return new LocalizedText(title.zh() + "：填报 " + n + " 项，要求 " + range + " 项",
                    title.en() + ": " + n + " given, " + range + " required");
        });
    }

    /** A declaration with evidence that a person verifies: fails only when required evidence is missing. */
    public static EligibilityRule attest(String id, LocalizedText title, String article, List<String> fieldKeys,
                                         EvidenceType... evidence) {
        return new BaseRule(id, RuleKind.ATTEST, title, title, article, fieldKeys, evidence,
                ctx -> missingEvidence(ctx, evidence) ? RuleOutcome.FAIL : RuleOutcome.NEEDS_REVIEW, ctx -> title);
    }

    /**
     * A condition the experts judge in the argumentation; it fails early only when required evidence is missing
     * (declare supporting material as not required).
     */
    public static EligibilityRule expert(String id, LocalizedText title, String article, List<String> fieldKeys,
                                         EvidenceType... evidence) {
        return new BaseRule(id, RuleKind.EXPERT, title, title, article, fieldKeys, evidence,
                ctx -> missingEvidence(ctx, evidence) ? RuleOutcome.FAIL : RuleOutcome.NEEDS_REVIEW, ctx -> title);
    }

    /**
     * A condition on other records, answered by the host (e.g. "the director leads no other platform"): not met
     * when {@code violated} is true for the field's value. The predicate gets the whole context, so it can use the
     * application's year: {@code (ctx, code) -> ctx.host().unitAppliedInYear(code, ctx.year())}.
     */
    public static EligibilityRule host(String id, RuleKind kind, LocalizedText title, String article, String fieldKey,
                                       BiPredicate<RuleContext, String> violated) {
        return new BaseRule(id, kind, title, title, article, List.of(fieldKey), new EvidenceType[0], ctx -> {
            var value = ctx.data().text(fieldKey);
            if (value.isEmpty() || violated.test(ctx, value.get())) {
                return notMet(kind);
            }
            return kind == RuleKind.AUTO || kind == RuleKind.SOFT ? RuleOutcome.PASS : RuleOutcome.NEEDS_REVIEW;
        }, ctx -> title);
    }

    /**
     * A minimum share of one figure in another (e.g. R&amp;D spending at least 3% of revenue), not applicable to the
     * categories the ratio exempts: the message gives both figures, the share, the minimum and, for an exempt
     * application, the exemption. A missing figure or a whole of 0 does not meet it.
     *
     * @since 0.2.5
     */
    public static EligibilityRule ratio(String id, RuleKind kind, LocalizedText title, String article, Ratio ratio,
                                        EvidenceType... evidence) {
        LocalizedText requirement = new LocalizedText(
                title.zh() + "（不低于 " + ratio.minimumPercent().describe() + "%）",
                title.en() + " (at least " + ratio.minimumPercent().describe() + "%)");
        List<String> keys = Stream.of(ratio.numeratorKey(), ratio.denominatorKey(),
                ratio.minimumPercent().categoryFieldKey(), ratio.exemptionFieldKey())
                .filter(k -> k != null).distinct().toList();
        return new BaseRule(id, kind, title, requirement, article, keys, evidence, ctx -> {
            if (ratio.exempt(ctx.data()) || ratio.minimumPercent().resolve(ctx.data()).isEmpty()) {
                return RuleOutcome.NOT_APPLICABLE;
            }
            return ratio.met(ctx.data()).orElse(false) ? met(kind, ctx, evidence) : notMet(kind);
        }, ctx -> {
            if (ratio.exempt(ctx.data())) {
                LocalizedText why = ratio.exemption() == null ? new LocalizedText("不适用", "not applicable")
                        : ratio.exemption();
                return new LocalizedText(title.zh() + "：" + why.zh(), title.en() + ": " + why.en());
            }
            String part = ctx.data().number(ratio.numeratorKey()).map(BigDecimal::toPlainString).orElse("-");
            String whole = ctx.data().number(ratio.denominatorKey()).map(BigDecimal::toPlainString).orElse("-");
            String min = ratio.minimumPercent().resolve(ctx.data()).map(BigDecimal::toPlainString).orElse("-");
            String share = ratio.percent(ctx.data()).map(p -> p.toPlainString() + "%").orElse(null);
            return new LocalizedText(
                    title.zh() + "：" + part + " / " + whole + " = " + (share == null ? "（无法计算）" : share)
                            + "，要求不低于 " + min + "%",
                    title.en() + ": " + part + " / " + whole + " = " + (share == null ? "(cannot be computed)" : share)
                            + ", at least " + min + "% required");
        });
    }

    /**
     * The lead unit registered for at least {@code period} before the application was filed (e.g. 注册成立满一年):
     * counted from {@link RuleContext#unitRegisteredOn()} to {@link RuleContext#filingDate()}; an application whose
     * unit's registration day is not known does not meet it.
     *
     * @since 0.2.5
     */
    public static EligibilityRule registeredFor(String id, RuleKind kind, LocalizedText title, String article,
                                                java.time.Period period, EvidenceType... evidence) {
        return before(id, kind, title, article, FieldKeys.LEAD_UNIT_REGISTERED_ON, RuleContext::unitRegistered,
                period, evidence);
    }

    /**
     * The date in {@code fieldKey} at least {@code period} before the filing date (e.g. a co-operation agreement
     * signed at least six months before filing); a missing date does not meet it.
     *
     * @since 0.2.5
     */
    public static EligibilityRule dateBeforeFiling(String id, RuleKind kind, LocalizedText title, String article,
                                                   String fieldKey, java.time.Period period,
                                                   EvidenceType... evidence) {
        return before(id, kind, title, article, fieldKey, ctx -> ctx.date(fieldKey), period, evidence);
    }

    private static EligibilityRule before(String id, RuleKind kind, LocalizedText title, String article,
                                          String fieldKey, Function<RuleContext, java.util.Optional<java.time.LocalDate>> date,
                                          java.time.Period period, EvidenceType... evidence) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the period of rule " + id + " must be positive: " + period);
        }
        String zhPeriod = zh(period);
        String enPeriod = en(period);
        LocalizedText requirement = new LocalizedText(title.zh() + "（申报时满" + zhPeriod + "）",
                title.en() + " (" + enPeriod + " by filing)");
        return new BaseRule(id, kind, title, requirement, article, List.of(fieldKey), evidence, ctx -> {
            var day = date.apply(ctx);
            if (day.isEmpty() || day.get().plus(period).isAfter(ctx.filingDate())) {
                return notMet(kind);
            }
            return met(kind, ctx, evidence);
        }, ctx -> {
            var day = date.apply(ctx);
            return new LocalizedText(
                    title.zh() + "：" + day.map(Object::toString).orElse("（日期未填写）") + " 至申报日 "
                            + ctx.filingDate() + "，要求满" + zhPeriod,
                    title.en() + ": " + day.map(Object::toString).orElse("(no date given)") + " to filing on "
                            + ctx.filingDate() + ", " + enPeriod + " required");
        });
    }

    private static String zh(java.time.Period p) {
        return (p.getYears() > 0 ? p.getYears() + "年" : "") + (p.getMonths() > 0 ? p.getMonths() + "个月" : "")
                + (p.getDays() > 0 ? p.getDays() + "天" : "");
    }

    private static String en(java.time.Period p) {
        List<String> parts = new java.util.ArrayList<>();
        if (p.getYears() > 0) {
            parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
        }
        if (p.getMonths() > 0) {
            parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
        }
        if (p.getDays() > 0) {
            parts.add(p.getDays() + (p.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" ", parts);
    }

    /**
     * Any other rule, from a function deciding the outcome; the message is the title. When the function says the
     * condition is met (PASS or NEEDS_REVIEW) but required evidence is missing, the rule fails.
     */
    public static EligibilityRule of(String id, RuleKind kind, LocalizedText title, String article,
                                     List<String> fieldKeys, Function<RuleContext, RuleOutcome> decide,
                                     EvidenceType... evidence) {
        return new BaseRule(id, kind, title, title, article, fieldKeys, evidence, ctx -> {
            RuleOutcome outcome = decide.apply(ctx);
            boolean met = outcome == RuleOutcome.PASS || outcome == RuleOutcome.NEEDS_REVIEW;
            return met && missingEvidence(ctx, evidence) ? notMet(kind) : outcome;
        }, ctx -> title);
    }

    /** The rule applies only when the field has the value (e.g. only to comprehensive centers). */
    public static EligibilityRule onlyWhen(String fieldKey, String value, EligibilityRule rule) {
        return WrappedRule.guarded(rule, fieldKey, ctx -> ctx.data().text(fieldKey).map(value::equals).orElse(false) ? null
                : new RuleResult(rule.id(), RuleOutcome.NOT_APPLICABLE, rule.title(), rule.article()));
    }

    /**
     * The rule is checked only when a condition on the data holds; otherwise it is not met (fails, or warns for a
     * SOFT rule) with the given message. For conditions no builder states, e.g. "matching funds of more than zero"
     * before the attested proof is looked at.
     */
    public static EligibilityRule provided(Predicate<ApplicationData> condition, LocalizedText notMetMessage,
                                           EligibilityRule rule) {
        return WrappedRule.guarded(rule, null, ctx -> condition.test(ctx.data()) ? null
                : new RuleResult(rule.id(), notMet(rule.kind()), notMetMessage, rule.article()));
    }

    /**
     * The rule, confirmed by another reviewer than its kind's default (e.g. the recommending body checks a pledge
     * before the bureau sees the file). Everything else is the rule's.
     *
     * @since 0.2.2
     */
    public static EligibilityRule verifiedBy(org.ticportal.policy.api.procedure.Actor reviewer, EligibilityRule rule) {
        java.util.Objects.requireNonNull(reviewer, "reviewer");
        return WrappedRule.reviewed(rule, reviewer);
    }

    private static RuleOutcome notMet(RuleKind kind) {
        return kind == RuleKind.SOFT ? RuleOutcome.WARN : RuleOutcome.FAIL;
    }

    private static RuleOutcome met(RuleKind kind, RuleContext ctx, EvidenceType[] evidence) {
        if (missingEvidence(ctx, evidence)) {
            return kind == RuleKind.SOFT ? RuleOutcome.WARN : RuleOutcome.FAIL;
        }
        return kind == RuleKind.AUTO || kind == RuleKind.SOFT ? RuleOutcome.PASS : RuleOutcome.NEEDS_REVIEW;
    }

    private static boolean missingEvidence(RuleContext ctx, EvidenceType[] evidence) {
        for (EvidenceType e : evidence) {
            if (e.required() && !ctx.data().hasEvidence(e.code())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> fields(String first, @Nullable String second) {
        return second == null || second.equals(first) ? List.of(first) : List.of(first, second);
    }
}
