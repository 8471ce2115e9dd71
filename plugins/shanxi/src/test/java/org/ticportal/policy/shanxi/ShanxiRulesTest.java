package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.policy.shanxi.Applications.CREDIT_CODE;
import static org.ticportal.policy.shanxi.Applications.DIRECTOR_ID;
import static org.ticportal.policy.shanxi.Applications.YEAR;
import static org.ticportal.policy.shanxi.Applications.complete;
import static org.ticportal.policy.shanxi.Applications.context;
import static org.ticportal.policy.shanxi.Applications.directions;
import static org.ticportal.policy.shanxi.Applications.with;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.HostQueries;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.rule.RuleOutcome;
import org.ticportal.policy.api.rule.RuleResult;
import org.ticportal.policy.api.testkit.HostStub;
import org.ticportal.policy.api.testkit.SampleApplication;

class ShanxiRulesTest {

    private static final ShanxiPolicy POLICY = new ShanxiPolicy();

    private static EligibilityRule rule(String id) {
        return POLICY.eligibilityRules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static RuleResult check(String id, SampleApplication application) {
        return rule(id).check(context(application));
    }

    private static RuleResult check(String id, SampleApplication application, HostQueries host) {
        return rule(id).check(context(application, host));
    }

    @Test
    void everyRuleHasAUniqueIdAndCitesItsSource() {
        List<EligibilityRule> rules = POLICY.eligibilityRules();
        assertThat(rules).extracting(EligibilityRule::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("SX-"));
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.article()).as(r.id()).matches(".*(晋科发〔2020〕64号|申报通知).*");
            assertThat(r.title().zh()).as(r.id()).isNotBlank();
            assertThat(r.title().en()).as(r.id()).isNotBlank();
            assertThat(r.fieldKeys()).as(r.id()).isNotEmpty();
        });
    }

    @Test
    void aCompleteApplicationMeetsEveryConditionAndEachResultCitesItsSource() {
        for (EligibilityRule r : POLICY.eligibilityRules()) {
            RuleResult result = r.check(context(complete()));
            assertThat(result.outcome()).as(r.id()).isIn(RuleOutcome.PASS, RuleOutcome.NEEDS_REVIEW,
                    RuleOutcome.NOT_APPLICABLE);
            assertThat(result.ruleId()).isEqualTo(r.id());
            assertThat(result.article()).as(r.id()).isEqualTo(r.article()).isNotBlank();
        }
    }

    @Test
    void expertAndAttestedConditionsAreLeftToAPerson() {
        assertThat(POLICY.eligibilityRules()).filteredOn(r -> r.kind() == RuleKind.EXPERT)
                .extracting(EligibilityRule::id)
                .containsExactlyInAnyOrder("SX-INTEGRATION", "SX-IP-RESULTS", "SX-DIRECTOR-QUALITIES", "SX-TEAM",
                        "SX-EQUIPMENT", "SX-POLICY-FIT");
        assertThat(POLICY.eligibilityRules()).filteredOn(r -> r.kind() == RuleKind.ATTEST)
                .extracting(EligibilityRule::id)
                .containsExactlyInAnyOrder("SX-MATCHING-FUNDS", "SX-NO-MAJOR-PROBLEMS");
    }

    static Stream<Arguments> passingAndFailingApplications() {
        return Stream.of(
                // 第八条第（一）项: registered in Shanxi, independent legal person
                arguments("a unit registered through 忻州市科技局 is registered in Shanxi", "SX-REGISTERED",
                        v -> v, RuleOutcome.PASS),
                arguments("a unit registered outside Shanxi is refused", "SX-REGISTERED",
                        v -> v.with(FieldKeys.LEAD_UNIT_REGISTERED_BODY, "110000"), RuleOutcome.FAIL),
                arguments("registration without a business licence is refused", "SX-REGISTERED",
                        v -> v.withoutEvidence(EvidenceCodes.BUSINESS_LICENCE), RuleOutcome.FAIL),
                arguments("an independent legal person passes", "SX-LEGAL-PERSON", v -> v, RuleOutcome.PASS),
                arguments("a unit that is not an independent legal person is refused", "SX-LEGAL-PERSON",
                        v -> v.with(FieldKeys.LEAD_UNIT_INDEPENDENT, false), RuleOutcome.FAIL),
                // 第八条第（二）项: IP, director's title
                arguments("a unit with one own IP item passes", "SX-IP-ITEMS", v -> v, RuleOutcome.PASS),
                arguments("a unit without any own IP item is refused", "SX-IP-ITEMS",
                        v -> v.with(FieldKeys.IP_ITEMS, List.of()), RuleOutcome.FAIL),
                arguments("a director with a full senior title passes", "SX-DIRECTOR-TITLE", v -> v,
                        RuleOutcome.PASS),
                arguments("a director with a deputy senior title is refused", "SX-DIRECTOR-TITLE",
                        v -> v.with(FieldKeys.DIRECTOR_TITLE_LEVEL, "DEPUTY_SENIOR"), RuleOutcome.FAIL),
                arguments("a full senior title without its certificate is refused", "SX-DIRECTOR-TITLE",
                        v -> v.withoutEvidence(EvidenceCodes.TITLE_CERTIFICATE), RuleOutcome.FAIL),
                // 第八条第（三）项 and the 2021 call: 1000 m²
                arguments("a usable area of 1000 m² passes", "SX-AREA",
                        v -> v.with(FieldKeys.USABLE_AREA, new BigDecimal("1000")), RuleOutcome.PASS),
                arguments("a usable area of 999 m² is refused", "SX-AREA",
                        v -> v.with(FieldKeys.USABLE_AREA, new BigDecimal("999")), RuleOutcome.FAIL),
                arguments("Xinzhou's 500 m² is not enough for the province", "SX-AREA",
                        v -> v.with(FieldKeys.USABLE_AREA, 500), RuleOutcome.FAIL),
                arguments("an area without its floor plan is refused", "SX-AREA",
                        v -> v.withoutEvidence(EvidenceCodes.FLOOR_PLAN), RuleOutcome.FAIL),
                // 2022 call: matching funds
                arguments("matching funds with their proof go to review", "SX-MATCHING-FUNDS", v -> v,
                        RuleOutcome.NEEDS_REVIEW),
                arguments("no matching funds is refused", "SX-MATCHING-FUNDS",
                        v -> v.with(FieldKeys.MATCHING_FUNDS, BigDecimal.ZERO), RuleOutcome.FAIL),
                arguments("matching funds left empty are refused", "SX-MATCHING-FUNDS",
                        v -> v.without(FieldKeys.MATCHING_FUNDS), RuleOutcome.FAIL),
                arguments("matching funds without proof are refused", "SX-MATCHING-FUNDS",
                        v -> v.withoutEvidence(EvidenceCodes.MATCHING_FUNDS_PROOF), RuleOutcome.FAIL),
                // 2021 call: 14+N
                arguments("a field center in semiconductors serves the 14+N industries", "SX-INDUSTRY", v -> v,
                        RuleOutcome.PASS),
                arguments("a field center in an N industry serves the 14+N industries", "SX-INDUSTRY",
                        v -> v.with(FieldKeys.INDUSTRY_CLUSTER, "OTHER_EMERGING"), RuleOutcome.PASS),
                arguments("a field center in Xinzhou's optoelectronics cluster is refused", "SX-INDUSTRY",
                        v -> v.with(FieldKeys.INDUSTRY_CLUSTER, "OPTOELECTRONICS"), RuleOutcome.FAIL),
                arguments("a field center without an industry is refused", "SX-INDUSTRY",
                        v -> v.without(FieldKeys.INDUSTRY_CLUSTER), RuleOutcome.FAIL),
                arguments("the industry list does not bind a comprehensive center", "SX-INDUSTRY",
                        v -> v.with(FieldKeys.CENTER_TYPE, "COMPREHENSIVE").without(FieldKeys.INDUSTRY_CLUSTER),
                        RuleOutcome.NOT_APPLICABLE),
                // 第八条第（四）项: pledge and credit record
                arguments("the pledge with credit record goes to review", "SX-NO-MAJOR-PROBLEMS", v -> v,
                        RuleOutcome.NEEDS_REVIEW),
                arguments("an unticked pledge is refused", "SX-NO-MAJOR-PROBLEMS",
                        v -> v.with(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, false), RuleOutcome.FAIL),
                arguments("a pledge without credit record is refused", "SX-NO-MAJOR-PROBLEMS",
                        v -> v.withoutEvidence(EvidenceCodes.CREDIT_RECORD), RuleOutcome.FAIL),
                // 第六条, 第七条, 第十条: soft rules
                arguments("a university leading a comprehensive center is typical", "SX-LEAD-UNIT-COMPREHENSIVE",
                        v -> v.with(FieldKeys.CENTER_TYPE, "COMPREHENSIVE")
                                .with(FieldKeys.LEAD_UNIT_CATEGORY, "UNIVERSITY"),
                        RuleOutcome.PASS),
                arguments("an enterprise leading a comprehensive center is warned", "SX-LEAD-UNIT-COMPREHENSIVE",
                        v -> v.with(FieldKeys.CENTER_TYPE, "COMPREHENSIVE")
                                .with(FieldKeys.LEAD_UNIT_CATEGORY, "ABOVE_SCALE_ENTERPRISE"),
                        RuleOutcome.WARN),
                arguments("the comprehensive lead-unit rule does not bind a field center",
                        "SX-LEAD-UNIT-COMPREHENSIVE", v -> v, RuleOutcome.NOT_APPLICABLE),
                arguments("a leading enterprise leading a field center is typical", "SX-LEAD-UNIT-FIELD", v -> v,
                        RuleOutcome.PASS),
                arguments("a new-type R&D body leading a field center is warned", "SX-LEAD-UNIT-FIELD",
                        v -> v.with(FieldKeys.LEAD_UNIT_CATEGORY, "NEW_RD_BODY"), RuleOutcome.WARN),
                arguments("an independent enterprise has the expected legal form", "SX-LEGAL-FORM", v -> v,
                        RuleOutcome.PASS),
                arguments("an internal unit is warned to become a legal entity", "SX-LEGAL-FORM",
                        v -> v.with(FieldKeys.LEAD_UNIT_LEGAL_FORM, "INTERNAL_UNIT"), RuleOutcome.WARN));
    }

    private static Arguments arguments(String name, String ruleId, UnaryOperator<SampleApplication> change,
                                       RuleOutcome expected) {
        return Arguments.of(name, ruleId, change, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingAndFailingApplications")
    void eachConditionPassesOrFailsAndCitesItsSource(String name, String ruleId,
                                                     UnaryOperator<SampleApplication> change, RuleOutcome expected) {
        RuleResult result = check(ruleId, with(change));
        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(result.article()).isEqualTo(rule(ruleId).article()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SX-INTEGRATION", "SX-IP-RESULTS", "SX-DIRECTOR-QUALITIES", "SX-TEAM", "SX-EQUIPMENT",
            "SX-POLICY-FIT"})
    void expertConditionsAreNeverDecidedByThePortalForAStrongOrAWeakApplication(String ruleId) {
        assertThat(check(ruleId, complete()).outcome()).isEqualTo(RuleOutcome.NEEDS_REVIEW);
        assertThat(check(ruleId, SampleApplication.empty()).outcome()).isEqualTo(RuleOutcome.NEEDS_REVIEW);
    }

    @Test
    void aUsableAreaOf999SquareMetresFailsAnd1000Passes() {
        assertThat(check("SX-AREA", with(v -> v.with(FieldKeys.USABLE_AREA, new BigDecimal("999.99")))).outcome())
                .isEqualTo(RuleOutcome.FAIL);
        RuleResult pass = check("SX-AREA", with(v -> v.with(FieldKeys.USABLE_AREA, 1000)));
        assertThat(pass.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(pass.message().zh()).contains("1000");
        assertThat(rule("SX-AREA").requirement().zh()).contains("1000");
        assertThat(rule("SX-AREA").evidence()).extracting(e -> e.code())
                .containsExactly(EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void threeToFiveResearchDirectionsPass(int n) {
        assertThat(check("SX-DIRECTIONS", with(v -> v.with(FieldKeys.RESEARCH_DIRECTIONS, directions(n))))
                .outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 6})
    void fewerThanThreeOrMoreThanFiveResearchDirectionsFail(int n) {
        RuleResult result = check("SX-DIRECTIONS", with(v -> v.with(FieldKeys.RESEARCH_DIRECTIONS, directions(n))));
        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(result.article()).isEqualTo("2024年申报通知");
    }

    @Test
    void aDirectorWhoAlreadyLeadsAProvincialPlatformIsRefused() {
        var host = new HostStub().directing(DIRECTOR_ID);
        RuleResult result = check("SX-DIRECTOR-ONE-PLATFORM", complete(), host);
        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(result.article()).isEqualTo("2022年申报通知");
    }

    @Test
    void aDirectorWhoLeadsNoOtherPlatformPasses() {
        var host = new HostStub().directing("140902198001010011");
        assertThat(check("SX-DIRECTOR-ONE-PLATFORM", complete(), host).outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void aDirectorWithoutAnIdentityNumberCannotBeCheckedAndIsRefused() {
        assertThat(check("SX-DIRECTOR-ONE-PLATFORM", with(v -> v.without(FieldKeys.DIRECTOR_ID))).outcome())
                .isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void aUnitThatAppliedThisYearIsRefused() {
        var host = new HostStub().applied(CREDIT_CODE, YEAR);
        RuleResult result = check("SX-ONE-PER-YEAR", complete(), host);
        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(result.article()).isEqualTo("2024年申报通知");
    }

    @Test
    void aUnitThatAppliedLastYearMayApplyAgain() {
        var host = new HostStub().applied(CREDIT_CODE, YEAR - 1);
        assertThat(check("SX-ONE-PER-YEAR", complete(), host).outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void theRulesTheCityLacksAreThereAndCiteTheProvincialCalls() {
        assertThat(POLICY.eligibilityRules()).extracting(EligibilityRule::id)
                .contains("SX-AREA", "SX-MATCHING-FUNDS", "SX-DIRECTOR-ONE-PLATFORM", "SX-DIRECTIONS",
                        "SX-ONE-PER-YEAR");
        assertThat(rule("SX-MATCHING-FUNDS").evidence()).extracting(e -> e.code())
                .containsExactly(EvidenceCodes.MATCHING_FUNDS_PROOF);
        assertThat(rule("SX-MATCHING-FUNDS").fieldKeys()).containsExactly(FieldKeys.MATCHING_FUNDS);
        assertThat(rule("SX-MATCHING-FUNDS").article()).contains("2022年申报通知");
        assertThat(rule("SX-AREA").article()).contains("2021年申报通知");
        assertThat(rule("SX-INDUSTRY").article()).contains("2021年申报通知");
    }
}
