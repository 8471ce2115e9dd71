package org.ticportal.policy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How a recognised center is named: a pattern around the core name the applicant chooses, and rules for that core.
 * Whether a name is taken is asked of the host when an application is checked.
 *
 * @param pattern     the official name with {@code {core}} for the chosen part, e.g. {@code 忻州市{core}技术创新中心}
 * @param constraints what the core may not contain
 * @param forbiddenWords words that mark an enterprise name and may not appear (有限公司, 集团 …)
 * @param article     the article that sets the naming
 */
public record NamingRules(String pattern, Set<Constraint> constraints, List<String> forbiddenWords, String article) {

    /** What a name may not contain. */
    public enum Constraint {
        /** Latin letters (including pinyin). */
        NO_LATIN,
        /** Arabic numerals. */
        NO_DIGITS,
        /** Punctuation and symbols. */
        NO_PUNCTUATION,
        /** Words of an enterprise's name ({@link NamingRules#forbiddenWords()}). */
        NO_ENTERPRISE_NAME,
        /**
         * The applicant unit's own name: its name without the organisation form and the place the pattern names
         * (忻州示范新材料有限公司 → 示范新材料, {@link NamingRules#unitNameCore}), checked by
         * {@link NamingRules#problems(String, String)} with the lead unit's registered name.
         *
         * @since 0.2.5
         */
        NO_APPLICANT_UNIT_NAME,
        /** A name another center has or near-duplicates. */
        UNIQUE
    }

    private static final Pattern LATIN = Pattern.compile("[A-Za-zＡ-Ｚａ-ｚ]");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    public NamingRules {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.contains("{core}")) {
            throw new IllegalArgumentException("the naming pattern needs {core}: " + pattern);
        }
        constraints = Set.copyOf(constraints);
        forbiddenWords = List.copyOf(forbiddenWords);
        article = article == null ? "" : article;
    }

    /** The official name for a core name. */
    public String fullName(String core) {
        return pattern.replace("{core}", core.strip());
    }

    /** Organisation forms that end a unit's name, longest first (also its {@link #forbiddenWords()}). */
    private static final List<String> ORGANISATION_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司",
            "有限公司", "集团公司", "集团", "公司", "分公司", "研究院", "研究所", "大学", "学院");

    /**
     * The distinctive part of an applicant unit's name that a center's name may not contain: the name without its
     * organisation form (有限公司, 股份有限公司, 集团 … and the policy's {@link #forbiddenWords()}) and without the place
     * the naming pattern starts with (忻州市 and 忻州 for {@code 忻州市{core}技术创新中心}); empty when less than two
     * characters remain.
     *
     * @since 0.2.5
     */
    public String unitNameCore(@Nullable String unitName) {
        String name = unitName == null ? "" : unitName.strip().replaceAll("[（(].*?[）)]", "");
        List<String> forms = new ArrayList<>(ORGANISATION_FORMS);
        forms.addAll(forbiddenWords);
        forms.sort((a, b) -> b.length() - a.length());
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String form : forms) {
                if (!form.isEmpty() && name.endsWith(form) && name.length() > form.length()) {
                    name = name.substring(0, name.length() - form.length());
                    stripped = true;
                    break;
                }
            }
        }
        String place = pattern.substring(0, pattern.indexOf("{core}")).strip();
        for (String p : List.of(place, place.replaceAll("[省市县区]$", ""))) {
            if (p.length() >= 2 && name.startsWith(p) && name.length() > p.length()) {
                name = name.substring(p.length());
                break;
            }
        }
        return name.length() >= 2 ? name : "";
    }

    /**
     * What is wrong with a core name for a center the unit applies for: {@link #problems(String)}, and, under
     * {@link Constraint#NO_APPLICANT_UNIT_NAME}, the unit's own name in it ({@link #unitNameCore}).
     *
     * @param applicantUnitName the lead unit's registered name, or {@code null} where unknown
     * @since 0.2.5
     */
    public List<LocalizedText> problems(@Nullable String core, @Nullable String applicantUnitName) {
        List<LocalizedText> problems = problems(core);
        String c = core == null ? "" : core.strip();
        String own = unitNameCore(applicantUnitName);
        if (constraints.contains(Constraint.NO_APPLICANT_UNIT_NAME) && !c.isEmpty() && !own.isEmpty()
                && c.contains(own)) {
            problems.add(new LocalizedText("名称不得含有申报单位的名称（“" + own + "”）",
                    "The name must not contain the applicant unit's name (\"" + own + "\")"));
        }
        return problems;
    }

    /** What is wrong with a core name (empty when it fits), not counting uniqueness, which the host checks. */
    public List<LocalizedText> problems(@Nullable String core) {
        List<LocalizedText> problems = new ArrayList<>();
        String c = core == null ? "" : core.strip();
        if (c.isEmpty()) {
            problems.add(new LocalizedText("请填写中心名称", "Enter the center's name"));
            return problems;
        }
        if (constraints.contains(Constraint.NO_LATIN) && LATIN.matcher(c).find()) {
            problems.add(new LocalizedText("名称不得含有拉丁字母或拼音", "The name must not contain Latin letters"));
        }
        if (constraints.contains(Constraint.NO_DIGITS) && DIGITS.matcher(c).find()) {
            problems.add(new LocalizedText("名称不得含有阿拉伯数字", "The name must not contain digits"));
        }
        if (constraints.contains(Constraint.NO_PUNCTUATION) && PUNCTUATION.matcher(c).find()) {
            problems.add(new LocalizedText("名称不得含有标点符号", "The name must not contain punctuation"));
        }
        if (constraints.contains(Constraint.NO_ENTERPRISE_NAME)) {
            for (String word : forbiddenWords) {
                if (c.contains(word)) {
                    problems.add(new LocalizedText("名称不得含有企业名称（“" + word + "”）",
                            "The name must not contain an enterprise's name (\"" + word + "\")"));
                }
            }
        }
        return problems;
    }
}
