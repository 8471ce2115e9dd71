package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.CALL_2021;
import static org.ticportal.policy.shanxi.Sources.CALL_2022;
import static org.ticportal.policy.shanxi.Sources.CALL_2024;
import static org.ticportal.policy.shanxi.Sources.both;
import static org.ticportal.policy.shanxi.Sources.measures;
import static org.ticportal.policy.shanxi.Sources.text;

import java.math.BigDecimal;
import java.util.List;

import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.EvidenceType;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.rule.Rules;
import org.ticportal.policy.api.rule.Threshold;

/**
 * The eligibility conditions (申报条件) of the Shanxi measures, in their order. The structure is the one the Xinzhou
 * measures copy (article 8 there); the provincial calls add what the city lacks: 1000 m² instead of 500, matching
 * funds, a director who leads no other provincial platform, 3 to 5 research directions and one application per
 * platform a year.
 */
final class ShanxiRules {

    /** The usable floor area the province requires (comprehensive: headquarters; field: the whole center). */
    static final long MIN_AREA = 1000;
    /** Research directions a center sets (2024 call: 设定3-5个研究方向). */
    static final int MIN_DIRECTIONS = 3;
    static final int MAX_DIRECTIONS = 5;

    private static final String ART_8_1 = measures("第八条第（一）项");
    private static final String ART_8_2 = measures("第八条第（二）项");
    private static final String ART_8_3 = measures("第八条第（三）项");
    private static final String ART_8_4 = measures("第八条第（四）项");

    private ShanxiRules() {
    }

    static List<EligibilityRule> rules(PolicyCatalogs catalogs) {
        return List.of(
                Rules.oneOf("SX-REGISTERED", RuleKind.AUTO,
                        text("牵头单位在山西省内注册登记", "The lead unit is registered in Shanxi"), ART_8_1,
                        FieldKeys.LEAD_UNIT_REGISTERED_BODY,
                        catalogs.recommendingBodies().stream().map(RecommendingBody::code).toList(),
                        evidence(EvidenceCodes.BUSINESS_LICENCE, "营业执照或法人证书", "Business licence or legal-person certificate")),
                Rules.required("SX-LEGAL-PERSON", RuleKind.AUTO,
                        text("牵头单位具有独立法人资格", "The lead unit is an independent legal person"), ART_8_1,
                        FieldKeys.LEAD_UNIT_INDEPENDENT,
                        evidence(EvidenceCodes.BUSINESS_LICENCE, "营业执照或法人证书", "Business licence or legal-person certificate")),
                Rules.expert("SX-INTEGRATION",
                        text("具有较强的资源整合能力和技术转移扩散能力", "Strong resource integration and technology transfer"),
                        ART_8_1, List.of(FieldKeys.NARRATIVE_INTEGRATION),
                        optional(EvidenceCodes.TECH_CONTRACTS, "技术合同", "Technology contracts")),
                Rules.expert("SX-IP-RESULTS",
                        text("拥有一批技术含量高、市场前景广阔，具有自主知识产权的高科技成果",
                                "A body of high-tech results with own IP and good market prospects"),
                        ART_8_2, List.of(FieldKeys.IP_ITEMS),
                        optional(EvidenceCodes.IP_CERTIFICATES, "知识产权证书", "IP certificates")),
                Rules.count("SX-IP-ITEMS", RuleKind.AUTO,
                        text("至少列出一项自主知识产权", "At least one own IP item is listed"), ART_8_2,
                        FieldKeys.IP_ITEMS, 1, Integer.MAX_VALUE),
                Rules.oneOf("SX-DIRECTOR-TITLE", RuleKind.AUTO,
                        text("中心负责人具有正高级专业技术职称", "The director holds a full senior professional title"),
                        ART_8_2, FieldKeys.DIRECTOR_TITLE_LEVEL, List.of("FULL_SENIOR"),
                        evidence(EvidenceCodes.TITLE_CERTIFICATE, "职称证书", "Title certificate")),
                Rules.host("SX-DIRECTOR-ONE-PLATFORM", RuleKind.AUTO,
                        text("中心主要负责人不得是已建省重点实验室、省工程技术研究中心等省级平台的负责人",
                                "The director does not already lead another provincial platform (key lab, "
                                        + "engineering center …)"),
                        CALL_2022, FieldKeys.DIRECTOR_ID,
                        (ctx, id) -> ctx.host().personDirectsAnotherPlatform(id)),
                Rules.expert("SX-DIRECTOR-QUALITIES",
                        text("中心负责人有强烈的事业心和责任感，践行新时代科学家精神，在行业内有较强的竞争力、影响力、号召力",
                                "The director's dedication, scientist spirit and standing in the industry"),
                        ART_8_2, List.of(FieldKeys.DIRECTOR_NAME),
                        optional(EvidenceCodes.DIRECTOR_CV, "负责人简历", "Director's CV")),
                Rules.expert("SX-TEAM",
                        text("科研团队具有稳定的人员队伍、较强的服务创新能力和丰富的实践经验",
                                "A stable team with service and innovation ability and practical experience"),
                        ART_8_2, List.of(FieldKeys.TEAM)),
                Rules.expert("SX-EQUIPMENT",
                        text("具备一定规模的技术装备、科技资源、服务场所等基础条件",
                                "Equipment, S&T resources and service premises of some scale"),
                        ART_8_3, List.of(FieldKeys.EQUIPMENT)),
                Rules.minimum("SX-AREA", RuleKind.AUTO,
                        text("综合类中心（本部）和领域类中心使用面积不少于1000平方米",
                                "Usable area (comprehensive: the headquarters; field: the whole center)"),
                        both(ART_8_3, CALL_2021), FieldKeys.USABLE_AREA, "m²", Threshold.of(MIN_AREA),
                        evidence(EvidenceCodes.PREMISES_PROOF, "房产证或租赁合同", "Deed or lease"),
                        evidence(EvidenceCodes.FLOOR_PLAN, "场地平面图", "Floor plan")),
                matchingFunds(),
                Rules.onlyWhen(FieldKeys.CENTER_TYPE, ShanxiCatalogs.FIELD,
                        Rules.oneOf("SX-INDUSTRY", RuleKind.AUTO,
                                text("领域类中心属于我省“14+N”重点产业集群",
                                        "A field center serves one of the \"14+N\" key industries"),
                                both(ART_8_4, CALL_2021), FieldKeys.INDUSTRY_CLUSTER,
                                catalogs.allClusters().stream().map(IndustryCluster::code).toList())),
                Rules.expert("SX-POLICY-FIT",
                        text("符合国家和我省产业政策，服务我省传统优势产业和战略性新兴产业发展重大需求",
                                "Fits national and provincial industrial policy and serves Shanxi's major needs"),
                        both(ART_8_4, CALL_2022), List.of(FieldKeys.STRATEGY_JUSTIFICATION)),
                Rules.count("SX-DIRECTIONS", RuleKind.AUTO,
                        text("设定3至5个研究方向", "Three to five research directions"), CALL_2024,
                        FieldKeys.RESEARCH_DIRECTIONS, MIN_DIRECTIONS, MAX_DIRECTIONS),
                Rules.host("SX-ONE-PER-YEAR", RuleKind.AUTO,
                        text("同一平台同一年度仅限申报一次", "One application per platform a year"), CALL_2024,
                        FieldKeys.LEAD_UNIT_CREDIT_CODE,
                        (ctx, code) -> ctx.host().unitAppliedInYear(code, ctx.year())),
                Rules.required("SX-NO-MAJOR-PROBLEMS", RuleKind.ATTEST,
                        text("不存在重大安全、重大质量、严重环境问题或违法失信情况",
                                "No major safety, quality or environmental problem and no dishonesty listing"),
                        ART_8_4, FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS,
                        evidence(EvidenceCodes.INTEGRITY_PLEDGE, "诚信承诺书", "Integrity pledge"),
                        evidence(EvidenceCodes.CREDIT_RECORD, "信用记录证明", "Credit record")),
                Rules.onlyWhen(FieldKeys.CENTER_TYPE, ShanxiCatalogs.COMPREHENSIVE,
                        Rules.oneOf("SX-LEAD-UNIT-COMPREHENSIVE", RuleKind.SOFT,
                                text("综合类中心一般由高校院所或新型研发机构牵头",
                                        "A comprehensive center is usually led by a university, institute or new-type "
                                                + "R&D body"),
                                measures("第六条"), FieldKeys.LEAD_UNIT_CATEGORY,
                                List.of("UNIVERSITY", "INSTITUTE", "NEW_RD_BODY"))),
                Rules.onlyWhen(FieldKeys.CENTER_TYPE, ShanxiCatalogs.FIELD,
                        Rules.oneOf("SX-LEAD-UNIT-FIELD", RuleKind.SOFT,
                                text("领域类中心一般由行业龙头骨干企业或科研优势突出的高校院所牵头",
                                        "A field center is usually led by an industry-leading enterprise or a strong "
                                                + "university or institute"),
                                measures("第七条"), FieldKeys.LEAD_UNIT_CATEGORY,
                                List.of("LEADING_ENTERPRISE", "UNIVERSITY", "INSTITUTE"))),
                Rules.oneOf("SX-LEGAL-FORM", RuleKind.SOFT,
                        text("原则上应为独立法人实体（内设机构应逐渐向独立法人实体过渡）",
                                "In principle an independent legal entity (an internal unit moves towards one)"),
                        measures("第十条"), FieldKeys.LEAD_UNIT_LEGAL_FORM,
                        List.of("INDEPENDENT_ENTERPRISE", "INDEPENDENT_SOCIAL_SERVICE")));
    }

    /** 具有一定的配套经费: some matching funds (more than zero), with the proof a person checks. */
    private static EligibilityRule matchingFunds() {
        EligibilityRule attest = Rules.attest("SX-MATCHING-FUNDS",
                text("具有一定的配套经费", "Some matching funds are committed"), both(ART_8_3, CALL_2022),
                List.of(FieldKeys.MATCHING_FUNDS),
                evidence(EvidenceCodes.MATCHING_FUNDS_PROOF, "配套经费证明", "Proof of matching funds"));
        return Rules.provided(
                data -> data.number(FieldKeys.MATCHING_FUNDS).map(v -> v.compareTo(BigDecimal.ZERO) > 0).orElse(false),
                text("具有一定的配套经费：未填报配套经费或为零", "Some matching funds are committed: none given"), attest);
    }

    private static EvidenceType evidence(String code, String zh, String en) {
        return new EvidenceType(code, text(zh, en), true);
    }

    private static EvidenceType optional(String code, String zh, String en) {
        return new EvidenceType(code, text(zh, en), false);
    }
}
