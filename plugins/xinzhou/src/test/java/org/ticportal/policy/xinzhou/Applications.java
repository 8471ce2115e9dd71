package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.api.rule.FieldKeys.CENTER_TYPE;
import static org.ticportal.policy.api.rule.FieldKeys.CORE_NAME;
import static org.ticportal.policy.api.rule.FieldKeys.DIRECTOR_ID;
import static org.ticportal.policy.api.rule.FieldKeys.DIRECTOR_NAME;
import static org.ticportal.policy.api.rule.FieldKeys.DIRECTOR_TITLE_LEVEL;
import static org.ticportal.policy.api.rule.FieldKeys.EQUIPMENT;
import static org.ticportal.policy.api.rule.FieldKeys.INDUSTRY_CLUSTER;
import static org.ticportal.policy.api.rule.FieldKeys.INSTITUTES;
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

import java.util.List;
import java.util.Map;

import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.testkit.SampleApplication;

/**
 * Complete applications that meet every condition of 第八条, to be spoiled one field at a time by a test
 * ({@code fieldCenter().with(USABLE_AREA, 420)}, {@code fieldCenter().withoutEvidence(FLOOR_PLAN)}).
 */
final class Applications {

    /** A unified social credit code with a correct check character (registered in 忻府区). */
    static final String CREDIT_CODE = "91140902MA0K123455";

    private Applications() {
    }

    /** A field center (领域类) led by an industry-leading enterprise in 忻府区, serving 煤机智能制造. */
    static SampleApplication fieldCenter() {
        return SampleApplication.empty()
                .with(CENTER_TYPE, "FIELD")
                .with(CORE_NAME, "煤机智能制造")
                .with(LEAD_UNIT_REGISTERED_BODY, "140902")
                .with(LEAD_UNIT_CREDIT_CODE, CREDIT_CODE)
                .with(LEAD_UNIT_INDEPENDENT, true)
                .with(LEAD_UNIT_LEGAL_FORM, "INDEPENDENT_ENTERPRISE")
                .with(LEAD_UNIT_CATEGORY, "LEADING_ENTERPRISE")
                .with(DIRECTOR_NAME, "张明")
                .with(DIRECTOR_ID, "14090219700101001X")
                .with(DIRECTOR_TITLE_LEVEL, "FULL_SENIOR")
                .with(USABLE_AREA, 800)
                .with(IP_ITEMS, List.of(Map.of("kind", "INVENTION_PATENT", "title", "一种液压支架电液控制系统",
                        "number", "ZL202110000001.2", "holder", "忻州某煤机公司")))
                .with(TEAM, List.of(Map.of("name", "张明", "titleLevel", "FULL_SENIOR", "degree", "DOCTOR",
                        "fullTime", true)))
                .with(EQUIPMENT, List.of(Map.of("name", "综采工作面试验台", "quantity", 1, "originalValue", 380)))
                .with(INDUSTRY_CLUSTER, "COAL_MACHINERY")
                .with(STRATEGY_JUSTIFICATION, "服务我市煤机装备智能化改造，支撑“336”战略布局中的能源产业")
                .with(PLEDGE_NO_MAJOR_PROBLEMS, true)
                .with(NARRATIVE_INTEGRATION, "联合太原理工大学等单位共建，近三年技术合同成交额1200万元")
                .withEvidence(EvidenceCodes.BUSINESS_LICENCE, EvidenceCodes.TITLE_CERTIFICATE,
                        EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN, EvidenceCodes.CREDIT_RECORD,
                        EvidenceCodes.IP_CERTIFICATES, EvidenceCodes.TECH_CONTRACTS, EvidenceCodes.DIRECTOR_CV,
                        EvidenceCodes.INTEGRITY_PLEDGE, EvidenceCodes.CONSTRUCTION_PLAN);
    }

    /** A comprehensive center (综合类) led by a university: a headquarters of 600 m² plus two institutes. */
    static SampleApplication comprehensiveCenter() {
        return fieldCenter()
                .with(CENTER_TYPE, "COMPREHENSIVE")
                .with(CORE_NAME, "杂粮产业")
                .with(LEAD_UNIT_CATEGORY, "UNIVERSITY")
                .with(LEAD_UNIT_LEGAL_FORM, "INDEPENDENT_SOCIAL_SERVICE")
                .with(USABLE_AREA, 600)
                .with(INSTITUTES, List.of(
                        Map.of("name", "杂粮育种研究所", "location", "岢岚县", "field", "杂粮育种", "area", 300),
                        Map.of("name", "杂粮食品加工研究所", "location", "五寨县", "field", "食品加工", "area", 400)))
                .without(INDUSTRY_CLUSTER);
    }
}
