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

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ticportal.policy.api.rule.ApplicationData;
import org.ticportal.policy.api.rule.EvidenceCodes;

/** Complete applications that meet every condition of 第八条, to be spoiled one field at a time by a test. */
final class Applications {

    /** A unified social credit code with a correct check character (registered in 忻府区). */
    static final String CREDIT_CODE = "91140902MA0K123455";

    private Applications() {
    }

    /** A field center (领域类) led by an industry-leading enterprise in 忻府区, serving 煤机智能制造. */
    static Map<String, Object> fieldCenter() {
        Map<String, Object> m = new HashMap<>();
        m.put(CENTER_TYPE, "FIELD");
        m.put(CORE_NAME, "煤机智能制造");
        m.put(LEAD_UNIT_REGISTERED_BODY, "140902");
        m.put(LEAD_UNIT_CREDIT_CODE, CREDIT_CODE);
        m.put(LEAD_UNIT_INDEPENDENT, true);
        m.put(LEAD_UNIT_LEGAL_FORM, "INDEPENDENT_ENTERPRISE");
        m.put(LEAD_UNIT_CATEGORY, "LEADING_ENTERPRISE");
        m.put(DIRECTOR_NAME, "张明");
        m.put(DIRECTOR_ID, "14090219700101001X");
        m.put(DIRECTOR_TITLE_LEVEL, "FULL_SENIOR");
        m.put(USABLE_AREA, 800);
        m.put(IP_ITEMS, List.of(Map.of("kind", "INVENTION_PATENT", "title", "一种液压支架电液控制系统",
                "number", "ZL202110000001.2", "holder", "忻州某煤机公司")));
        m.put(TEAM, List.of(Map.of("name", "张明", "titleLevel", "FULL_SENIOR", "degree", "DOCTOR", "fullTime", true)));
        m.put(EQUIPMENT, List.of(Map.of("name", "综采工作面试验台", "quantity", 1, "originalValue", 380)));
        m.put(INDUSTRY_CLUSTER, "COAL_MACHINERY");
        m.put(STRATEGY_JUSTIFICATION, "服务我市煤机装备智能化改造，支撑“336”战略布局中的能源产业");
        m.put(PLEDGE_NO_MAJOR_PROBLEMS, true);
        m.put(NARRATIVE_INTEGRATION, "联合太原理工大学等单位共建，近三年技术合同成交额1200万元");
        m.put(ApplicationData.EVIDENCE, Set.of(EvidenceCodes.BUSINESS_LICENCE, EvidenceCodes.TITLE_CERTIFICATE,
                EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN, EvidenceCodes.CREDIT_RECORD,
                EvidenceCodes.IP_CERTIFICATES, EvidenceCodes.TECH_CONTRACTS, EvidenceCodes.DIRECTOR_CV,
                EvidenceCodes.INTEGRITY_PLEDGE, EvidenceCodes.CONSTRUCTION_PLAN));
        return m;
    }

    /** A comprehensive center (综合类) led by a university: a headquarters of 600 m² plus two institutes. */
    static Map<String, Object> comprehensiveCenter() {
        Map<String, Object> m = fieldCenter();
        m.put(CENTER_TYPE, "COMPREHENSIVE");
        m.put(CORE_NAME, "杂粮产业");
        m.put(LEAD_UNIT_CATEGORY, "UNIVERSITY");
        m.put(LEAD_UNIT_LEGAL_FORM, "INDEPENDENT_SOCIAL_SERVICE");
        m.put(USABLE_AREA, 600);
        m.put(INSTITUTES, List.of(
                Map.of("name", "杂粮育种研究所", "location", "岢岚县", "field", "杂粮育种", "area", 300),
                Map.of("name", "杂粮食品加工研究所", "location", "五寨县", "field", "食品加工", "area", 400)));
        m.remove(INDUSTRY_CLUSTER);
        return m;
    }

    /** The application with one value changed; {@code null} removes it. */
    static Map<String, Object> with(Map<String, Object> application, String key, Object value) {
        Map<String, Object> m = new HashMap<>(application);
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
        return m;
    }

    /** The application without an attachment of the evidence type. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> without(Map<String, Object> application, String evidenceCode) {
        Set<String> evidence = new HashSet<>((Set<String>) application.get(ApplicationData.EVIDENCE));
        evidence.remove(evidenceCode);
        return with(application, ApplicationData.EVIDENCE, Set.copyOf(evidence));
    }
}
