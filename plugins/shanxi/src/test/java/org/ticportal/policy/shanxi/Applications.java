package org.ticportal.policy.shanxi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.HostQueries;
import org.ticportal.policy.api.rule.RuleContext;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.testkit.HostStub;
import org.ticportal.policy.api.testkit.SampleApplication;

/** Test applications: a complete field-center application from 忻府区, and changes to it. */
final class Applications {

    static final int YEAR = 2026;
    static final String CREDIT_CODE = "91140900MA0K123456";
    static final String DIRECTOR_ID = "14090219700101123X";

    private Applications() {
    }

    /** A field center in semiconductors that meets every condition. */
    static SampleApplication complete() {
        return SampleApplication.empty()
                .with(FieldKeys.CENTER_TYPE, "FIELD")
                .with(FieldKeys.CORE_NAME, "碳化硅半导体材料")
                .with(FieldKeys.INDUSTRY_CLUSTER, "SEMICONDUCTOR")
                .with(FieldKeys.STRATEGY_JUSTIFICATION, "服务我省半导体产业发展")
                .with(FieldKeys.RESEARCH_DIRECTIONS, directions(3))
                .with(FieldKeys.LEAD_UNIT_CREDIT_CODE, CREDIT_CODE)
                .with(FieldKeys.LEAD_UNIT_REGISTERED_BODY, "140900")
                .with(FieldKeys.LEAD_UNIT_INDEPENDENT, true)
                .with(FieldKeys.LEAD_UNIT_LEGAL_FORM, "INDEPENDENT_ENTERPRISE")
                .with(FieldKeys.LEAD_UNIT_CATEGORY, "LEADING_ENTERPRISE")
                .with(FieldKeys.NARRATIVE_INTEGRATION, "与三所高校共建，技术合同十二项")
                .with(FieldKeys.DIRECTOR_NAME, "王某")
                .with(FieldKeys.DIRECTOR_ID, DIRECTOR_ID)
                .with(FieldKeys.DIRECTOR_TITLE_LEVEL, "FULL_SENIOR")
                .with(FieldKeys.TEAM, List.of(Map.of("name", "李某", "titleLevel", "DEPUTY_SENIOR")))
                .with(FieldKeys.IP_ITEMS, List.of(Map.of("kind", "INVENTION_PATENT", "name", "一种碳化硅衬底制备方法")))
                .with(FieldKeys.USABLE_AREA, new BigDecimal("1200"))
                .with(FieldKeys.EQUIPMENT, List.of(Map.of("name", "单晶炉", "originalValue", new BigDecimal("300"))))
                .with(FieldKeys.MATCHING_FUNDS, new BigDecimal("500"))
                .with(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true)
                .withEvidence(EvidenceCodes.BUSINESS_LICENCE, EvidenceCodes.TITLE_CERTIFICATE,
                        EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN, EvidenceCodes.MATCHING_FUNDS_PROOF,
                        EvidenceCodes.INTEGRITY_PLEDGE, EvidenceCodes.CREDIT_RECORD, EvidenceCodes.IP_CERTIFICATES,
                        EvidenceCodes.DIRECTOR_CV, EvidenceCodes.TECH_CONTRACTS, EvidenceCodes.CONSTRUCTION_PLAN);
    }

    /** The complete application with a change. */
    static SampleApplication with(UnaryOperator<SampleApplication> change) {
        return change.apply(complete());
    }

    /** Research directions, {@code n} rows. */
    static List<Map<String, Object>> directions(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> Map.<String, Object>of("name", "方向" + i, "description", "研究内容"))
                .toList();
    }

    static RuleContext context(SampleApplication application, HostQueries host) {
        return application.context(host, PolicySettings.of(new ShanxiPolicy().settings(), Map.of()), YEAR);
    }

    static RuleContext context(SampleApplication application) {
        return context(application, new HostStub());
    }
}
