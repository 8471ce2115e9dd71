package org.ticportal.policy.shanxi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.ticportal.policy.api.rule.ApplicationData;
import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.HostQueries;
import org.ticportal.policy.api.rule.RuleContext;
import org.ticportal.policy.api.setting.PolicySettings;

/** Test applications: a complete field-center application from 忻府区, and changes to it. */
final class Applications {

    static final int YEAR = 2026;
    static final String CREDIT_CODE = "91140900MA0K123456";
    static final String DIRECTOR_ID = "14090219700101123X";

    private Applications() {
    }

    /** A field center in semiconductors that meets every condition. */
    static Map<String, Object> complete() {
        Map<String, Object> v = new HashMap<>();
        v.put(FieldKeys.CENTER_TYPE, "FIELD");
        v.put(FieldKeys.CORE_NAME, "碳化硅半导体材料");
        v.put(FieldKeys.INDUSTRY_CLUSTER, "SEMICONDUCTOR");
        v.put(FieldKeys.STRATEGY_JUSTIFICATION, "服务我省半导体产业发展");
        v.put(FieldKeys.RESEARCH_DIRECTIONS, directions(3));
        v.put(FieldKeys.LEAD_UNIT_CREDIT_CODE, CREDIT_CODE);
        v.put(FieldKeys.LEAD_UNIT_REGISTERED_BODY, "140900");
        v.put(FieldKeys.LEAD_UNIT_INDEPENDENT, true);
        v.put(FieldKeys.LEAD_UNIT_LEGAL_FORM, "INDEPENDENT_ENTERPRISE");
        v.put(FieldKeys.LEAD_UNIT_CATEGORY, "LEADING_ENTERPRISE");
        v.put(FieldKeys.NARRATIVE_INTEGRATION, "与三所高校共建，技术合同十二项");
        v.put(FieldKeys.DIRECTOR_NAME, "王某");
        v.put(FieldKeys.DIRECTOR_ID, DIRECTOR_ID);
        v.put(FieldKeys.DIRECTOR_TITLE_LEVEL, "FULL_SENIOR");
        v.put(FieldKeys.TEAM, List.of(Map.of("name", "李某", "titleLevel", "DEPUTY_SENIOR")));
        v.put(FieldKeys.IP_ITEMS, List.of(Map.of("kind", "INVENTION_PATENT", "name", "一种碳化硅衬底制备方法")));
        v.put(FieldKeys.USABLE_AREA, new BigDecimal("1200"));
        v.put(FieldKeys.EQUIPMENT, List.of(Map.of("name", "单晶炉", "originalValue", new BigDecimal("300"))));
        v.put(FieldKeys.MATCHING_FUNDS, new BigDecimal("500"));
        v.put(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true);
        v.put(ApplicationData.EVIDENCE, new HashSet<>(Set.of(
                EvidenceCodes.BUSINESS_LICENCE, EvidenceCodes.TITLE_CERTIFICATE, EvidenceCodes.PREMISES_PROOF,
                EvidenceCodes.FLOOR_PLAN, EvidenceCodes.MATCHING_FUNDS_PROOF, EvidenceCodes.INTEGRITY_PLEDGE,
                EvidenceCodes.CREDIT_RECORD, EvidenceCodes.IP_CERTIFICATES, EvidenceCodes.DIRECTOR_CV,
                EvidenceCodes.TECH_CONTRACTS, EvidenceCodes.CONSTRUCTION_PLAN)));
        return v;
    }

    /** The complete application with a change. */
    static Map<String, Object> with(Consumer<Map<String, Object>> change) {
        Map<String, Object> v = complete();
        change.accept(v);
        return v;
    }

    /** Research directions, {@code n} rows. */
    static List<Map<String, Object>> directions(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> Map.<String, Object>of("name", "方向" + i, "description", "研究内容"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static void withoutEvidence(Map<String, Object> values, String code) {
        ((Set<String>) values.get(ApplicationData.EVIDENCE)).remove(code);
    }

    static RuleContext context(Map<String, Object> values, HostQueries host) {
        return new RuleContext(ApplicationData.of(values), host,
                PolicySettings.of(new ShanxiPolicy().settings(), Map.of()), YEAR);
    }

    static RuleContext context(Map<String, Object> values) {
        return context(values, new FakeHost());
    }

    /** A host that knows some directors of other platforms and some applications by year. */
    static final class FakeHost implements HostQueries {

        private final Set<String> directors = new HashSet<>();
        private final Set<String> applied = new HashSet<>();

        FakeHost directing(String personKey) {
            directors.add(personKey);
            return this;
        }

        FakeHost applied(String creditCode, int year) {
            applied.add(creditCode + "/" + year);
            return this;
        }

        @Override
        public boolean personDirectsAnotherPlatform(String personKey) {
            return directors.contains(personKey);
        }

        @Override
        public boolean unitAppliedInYear(String creditCode, int year) {
            return applied.contains(creditCode + "/" + year);
        }

        @Override
        public boolean unitHoldsPlatform(String creditCode, String platformKind) {
            return false;
        }

        @Override
        public boolean centerNameTaken(String fullName) {
            return false;
        }
    }
}
