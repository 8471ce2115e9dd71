package org.ticportal.policy.xinzhou;

import org.ticportal.policy.api.CreditCode;
import static org.ticportal.policy.api.rule.FieldKeys.CENTER_TYPE;
import static org.ticportal.policy.api.rule.FieldKeys.DIRECTOR_ID;
import static org.ticportal.policy.api.rule.FieldKeys.DIRECTOR_NAME;
import static org.ticportal.policy.api.rule.FieldKeys.DIRECTOR_TITLE_LEVEL;
import static org.ticportal.policy.api.rule.FieldKeys.EQUIPMENT;
import static org.ticportal.policy.api.rule.FieldKeys.INDUSTRY_CLUSTER;
import static org.ticportal.policy.api.rule.FieldKeys.IP_ITEMS;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_CATEGORY;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_CREDIT_CODE;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_INDEPENDENT;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_LEGAL_FORM;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_REGISTERED_BODY;
import static org.ticportal.policy.api.rule.FieldKeys.NARRATIVE_INTEGRATION;
import static org.ticportal.policy.api.rule.FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS;
import static org.ticportal.policy.api.rule.FieldKeys.STRATEGY_JUSTIFICATION;
import static org.ticportal.policy.api.rule.FieldKeys.TEAM;
import static org.ticportal.policy.api.rule.FieldKeys.USABLE_AREA;
import static org.ticportal.policy.api.rule.RuleKind.ATTEST;
import static org.ticportal.policy.api.rule.RuleKind.AUTO;
import static org.ticportal.policy.api.rule.RuleKind.SOFT;
import static org.ticportal.policy.api.rule.RuleOutcome.FAIL;
import static org.ticportal.policy.api.rule.RuleOutcome.NEEDS_REVIEW;
import static org.ticportal.policy.api.rule.RuleOutcome.NOT_APPLICABLE;
import static org.ticportal.policy.api.rule.RuleOutcome.PASS;
import static org.ticportal.policy.api.rule.RuleOutcome.WARN;
import static org.ticportal.policy.xinzhou.Articles.ART_10;
import static org.ticportal.policy.xinzhou.Articles.ART_3_6_7;
import static org.ticportal.policy.xinzhou.Articles.ART_3_7;
import static org.ticportal.policy.xinzhou.Articles.ART_6;
import static org.ticportal.policy.xinzhou.Articles.ART_8_1;
import static org.ticportal.policy.xinzhou.Articles.ART_8_2;
import static org.ticportal.policy.xinzhou.Articles.ART_8_3;
import static org.ticportal.policy.xinzhou.Articles.ART_8_4;
import static org.ticportal.policy.xinzhou.Articles.text;
import static org.ticportal.policy.xinzhou.XinzhouCatalogs.COMPREHENSIVE;
import static org.ticportal.policy.xinzhou.XinzhouCatalogs.FIELD;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.Rules;
import org.ticportal.policy.api.rule.Threshold;
import org.ticportal.policy.xinzhou.CheckedRule.Verdict;

/**
 * The eligibility conditions of 第八条 (DOMAIN.md §5), with the typical lead units of 第三、六、七条 and the legal form
 * of 第十条 as warnings.
 *
 * <p>Where a condition is "AUTO + ATTEST" it is two rules: an AUTO rule on the data, which blocks submission when the
 * condition is not met, and an ATTEST rule (id with a suffix such as {@code -proof}) requiring the document a person
 * verifies against the data. This keeps AUTO rules decidable by the portal alone, while missing evidence still fails.
 */
final class XinzhouRules {

    /** 第八条第（三）项: 使用面积不少于500平方米, for the comprehensive center's headquarters and the whole field center. */
    static final Threshold AREA = Threshold.byCategory(CENTER_TYPE,
            Map.of(COMPREHENSIVE, BigDecimal.valueOf(500), FIELD, BigDecimal.valueOf(500)), null);

    /** 第六条 (comprehensive) and 第三条、第七条 (field): the lead units the measures expect. */
    private static final Map<String, Set<String>> TYPICAL_LEAD_UNITS = Map.of(
            COMPREHENSIVE, Set.of("UNIVERSITY", "INSTITUTE", "NEW_RD_BODY"),
            FIELD, Set.of("LEADING_ENTERPRISE", "ABOVE_SCALE_ENTERPRISE", "UNIVERSITY", "INSTITUTE"));

    private XinzhouRules() {
    }

    static List<EligibilityRule> rules(PolicyCatalogs catalogs) {
        List<String> clusters = catalogs.allClusters().stream().map(IndustryCluster::code).toList();
        return List.of(
                typicalLeadUnit(catalogs),
                registeredInXinzhou(catalogs),
                Rules.attest("8.1a-proof", text("营业执照或法人证书证明注册地和独立法人资格",
                                "The business licence or legal-person certificate proves registration and legal personality"),
                        ART_8_1, List.of(LEAD_UNIT_REGISTERED_BODY, LEAD_UNIT_CREDIT_CODE, LEAD_UNIT_INDEPENDENT),
                        XinzhouEvidence.BUSINESS_LICENCE),
                Rules.required("8.1b", AUTO, text("牵头单位具有独立法人资格", "The lead unit is an independent legal person"),
                        ART_8_1, LEAD_UNIT_INDEPENDENT),
                Rules.expert("8.1c", text("牵头单位具有较强的资源整合能力和技术转移扩散能力",
                                "The lead unit integrates resources and transfers technology well"),
                        ART_8_1, List.of(NARRATIVE_INTEGRATION), XinzhouEvidence.TECH_CONTRACTS),
                Rules.expert("8.2a", text("拥有一批技术含量高、市场前景广阔，具有自主知识产权的高科技成果",
                                "A body of high-tech results with own IP and good market prospects"),
                        ART_8_2, List.of(IP_ITEMS), XinzhouEvidence.IP_CERTIFICATES),
                Rules.count("8.2a-ip", AUTO, text("至少拥有一项自主知识产权", "At least one item of own intellectual property"),
                        ART_8_2, IP_ITEMS, 1, Integer.MAX_VALUE),
                Rules.oneOf("8.2b", AUTO, text("中心负责人具有正高级专业技术职称", "The director holds a full senior title"),
                        ART_8_2, DIRECTOR_TITLE_LEVEL, List.of("FULL_SENIOR")),
                Rules.attest("8.2b-cert", text("职称证书证明中心负责人的正高级专业技术职称",
                                "The title certificate proves the director's full senior title"),
                        ART_8_2, List.of(DIRECTOR_TITLE_LEVEL, DIRECTOR_NAME), XinzhouEvidence.TITLE_CERTIFICATE),
                Rules.expert("8.2c", text("中心负责人有强烈的事业心和责任感，自觉践行新时代科学家精神，在行业内有较强的竞争力、影响力、号召力",
                                "The director is dedicated, lives the scientist spirit and has standing in the industry"),
                        ART_8_2, List.of(DIRECTOR_NAME, DIRECTOR_ID), XinzhouEvidence.DIRECTOR_CV,
                        XinzhouEvidence.INTEGRITY_PLEDGE),
                Rules.expert("8.2d", text("科研团队具有稳定的人员队伍、较强的服务创新能力和丰富的实践经验",
                                "A stable research team with service and innovation ability and practical experience"),
                        ART_8_2, List.of(TEAM)),
                Rules.expert("8.3a", text("具备一定规模的技术装备、科技资源、服务场所等基础条件",
                                "Equipment, S&T resources and service premises of some scale"),
                        ART_8_3, List.of(EQUIPMENT)),
                Rules.minimum("8.3b", AUTO, text("中心使用面积（综合类为中心（本部）面积）",
                                "Usable floor area (a comprehensive center: its headquarters)"),
                        ART_8_3, USABLE_AREA, "m²", AREA),
                Rules.attest("8.3b-proof", text("房产证明或租赁合同及平面图证明使用面积（实地考察时核实）",
                                "A deed or lease and a floor plan prove the area (checked on the site visit)"),
                        ART_8_3, List.of(USABLE_AREA), XinzhouEvidence.PREMISES_PROOF, XinzhouEvidence.FLOOR_PLAN),
                Rules.onlyWhen(CENTER_TYPE, FIELD, Rules.oneOf("8.4a", AUTO,
                        text("领域类技术创新中心选定“8+6”产业集群之一", "A field center names one of the 8+6 industry clusters"),
                        ART_8_4, INDUSTRY_CLUSTER, clusters)),
                Rules.expert("8.4a-policy", text("符合国家、省和我市产业政策，尤其符合我市“8+6”产业集群",
                                "Fits national, provincial and municipal industrial policy, especially the 8+6 clusters"),
                        ART_8_4, List.of(INDUSTRY_CLUSTER)),
                strategyJustified(),
                // practice: the county S&T body checks the credit record of a unit of its county before it
                // recommends (第九条第（一）项 审核); for a municipal unit the bureau does
                Rules.verifiedBy(Actor.RECOMMENDING_BODY, Rules.required("8.4c", ATTEST,
                        text("不存在重大安全、重大质量、严重环境问题或违法失信情况",
                                "No major safety, quality or environmental problem, no illegal or dishonest conduct"),
                        ART_8_4, PLEDGE_NO_MAJOR_PROBLEMS, XinzhouEvidence.CREDIT_RECORD)),
                legalForm());
    }

    /** 8.1a: registered in a county, functional zone or as a municipal unit of Xinzhou, with a valid credit code. */
    private static EligibilityRule registeredInXinzhou(PolicyCatalogs catalogs) {
        return new CheckedRule("8.1a", AUTO, text("牵头单位在忻州市内注册登记", "The lead unit is registered in Xinzhou"),
                ART_8_1, List.of(LEAD_UNIT_REGISTERED_BODY, LEAD_UNIT_CREDIT_CODE), List.of(), ctx -> {
            var body = ctx.data().text(LEAD_UNIT_REGISTERED_BODY).flatMap(catalogs::recommendingBody);
            if (body.isEmpty()) {
                return Verdict.of(FAIL, "牵头单位的注册登记地不在忻州市各县（市、区）、功能区或市直单位之列",
                        "The lead unit's place of registration is not a county, zone or municipal unit of Xinzhou");
            }
            String code = ctx.data().text(LEAD_UNIT_CREDIT_CODE).orElse("");
            if (!CreditCode.isValid(code)) {
                return Verdict.of(FAIL, "统一社会信用代码缺失或校验位不正确：" + code,
                        "The unified social credit code is missing or its check character is wrong: " + code);
            }
            RecommendingBody b = body.get();
            return Verdict.of(PASS, "牵头单位注册登记于" + b.name().zh(), "The lead unit is registered in " + b.name().en());
        });
    }

    /** 第三、六、七条: who typically leads each type of center; anything else is a warning the applicant explains. */
    private static EligibilityRule typicalLeadUnit(PolicyCatalogs catalogs) {
        return new CheckedRule("3/6/7", SOFT, text("牵头单位类别与中心类型相符", "The lead unit's category suits the center type"),
                ART_3_6_7, List.of(LEAD_UNIT_CATEGORY, CENTER_TYPE), List.of(), ctx -> {
            var type = ctx.data().text(CENTER_TYPE).filter(TYPICAL_LEAD_UNITS::containsKey);
            if (type.isEmpty()) {
                return Verdict.of(NOT_APPLICABLE, "未选择中心类型", "No center type chosen");
            }
            boolean comprehensive = type.get().equals(COMPREHENSIVE);
            String article = comprehensive ? ART_6 : ART_3_7;
            String expectedZh = comprehensive ? "综合类技术创新中心主要依托高校院所的优势科研力量或新型研发机构等牵头组建"
                    : "领域类技术创新中心主要由行业龙头骨干企业、规模以上企业或科研优势突出的高校院所牵头";
            String expectedEn = comprehensive ? "A comprehensive center is mainly led by universities, institutes or new-type R&D bodies"
                    : "A field center is mainly led by industry-leading or above-scale enterprises, or strong universities and institutes";
            var category = ctx.data().text(LEAD_UNIT_CATEGORY);
            if (category.isPresent() && TYPICAL_LEAD_UNITS.get(type.get()).contains(category.get())) {
                return Verdict.of(PASS, expectedZh, expectedEn).citing(article);
            }
            var name = category.flatMap(c -> catalogs.list(Catalog.UNIT_CATEGORIES).flatMap(l -> l.entry(c)))
                    .map(e -> e.name()).orElse(text("未填写", "not given"));
            return Verdict.of(WARN, expectedZh + "；牵头单位类别为“" + name.zh() + "”，请说明理由",
                    expectedEn + "; the lead unit is \"" + name.en() + "\": please explain").citing(article);
        });
    }

    /**
     * 8.4b: the "336" layout is not public, so the applicant justifies the fit in words and a person judges it. Not
     * {@code Rules.required}: that reads a text field through {@code flag()}, which {@code ApplicationData.of} parses
     * as {@code false} for any text.
     */
    private static EligibilityRule strategyJustified() {
        return new CheckedRule("8.4b", ATTEST, text("符合我市“336”战略布局", "Fits Xinzhou's \"336\" strategic layout"),
                ART_8_4, List.of(STRATEGY_JUSTIFICATION), List.of(), ctx -> ctx.data().text(STRATEGY_JUSTIFICATION)
                .map(t -> Verdict.of(NEEDS_REVIEW, "已说明符合“336”战略布局的理由，待审核",
                        "The fit with the \"336\" layout is explained, for review"))
                .orElse(Verdict.of(FAIL, "请说明符合我市“336”战略布局的理由",
                        "Explain how the center fits the \"336\" layout")));
    }

    /** 第十条: an independent legal entity in principle; an internal unit may transition (a warning, not a block). */
    private static EligibilityRule legalForm() {
        return new CheckedRule("10", SOFT, text("中心原则上为独立法人实体", "The center is in principle an independent legal entity"),
                ART_10, List.of(LEAD_UNIT_LEGAL_FORM), List.of(), ctx -> switch (ctx.data().text(LEAD_UNIT_LEGAL_FORM).orElse("")) {
            case "INDEPENDENT_ENTERPRISE", "INDEPENDENT_SOCIAL_SERVICE" -> Verdict.of(PASS,
                    "中心为独立法人实体", "The center is an independent legal entity");
            case "INTERNAL_UNIT" -> Verdict.of(WARN,
                    "中心为人财物相对独立的内设机构，应逐渐向独立法人实体过渡，请说明过渡安排",
                    "The center is an internal unit; it should move towards an independent legal entity: describe how");
            default -> Verdict.of(WARN, "未选择中心的法人形态", "The center's legal form is not given");
        });
    }
}
