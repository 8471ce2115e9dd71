package org.ticportal.policy.api.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.testkit.HostStub;

class RulesTest {

    private static final String ART_8_3 = "第八条第（三）项";
    private static final LocalizedText AREA = new LocalizedText("使用面积", "Usable floor area");
    private static final EvidenceType PREMISES = new EvidenceType(EvidenceCodes.PREMISES_PROOF,
            new LocalizedText("房产证或租赁合同", "Deed or lease"), true);
    private static final EvidenceType FLOOR_PLAN = new EvidenceType(EvidenceCodes.FLOOR_PLAN,
            new LocalizedText("场地平面图", "Floor plan"), true);
    private static final EvidenceType CONTRACTS = new EvidenceType(EvidenceCodes.TECH_CONTRACTS,
            new LocalizedText("技术合同", "Technology contracts"), false);

    private static RuleResult check(EligibilityRule rule, Map<String, Object> values) {
        return check(rule, values, HostQueries.NONE);
    }

    private static RuleResult check(EligibilityRule rule, Map<String, Object> values, HostQueries host) {
        return rule.check(new RuleContext(ApplicationData.of(values), host, PolicySettings.of(List.of(), Map.of()),
                2026));
    }

    private static RuleOutcome outcome(EligibilityRule rule, Map<String, Object> values) {
        return check(rule, values).outcome();
    }

    /** A map that allows the evidence set to be added. */
    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> withEvidence(Map<String, Object> m, String... codes) {
        m.put(ApplicationData.EVIDENCE, Set.of(codes));
        return m;
    }

    @Nested
    class Minimum {

        private final EligibilityRule fixed = Rules.minimum("8.3b", RuleKind.AUTO, AREA, ART_8_3,
                FieldKeys.USABLE_AREA, "m²", Threshold.of(500));

        @Test
        void theMinimumItselfIsEnough() {
            assertThat(outcome(fixed, values(FieldKeys.USABLE_AREA, 500))).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(fixed, values(FieldKeys.USABLE_AREA, new BigDecimal("500.00"))))
                    .isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(fixed, values(FieldKeys.USABLE_AREA, 1200))).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void lessThanTheMinimumFails() {
            assertThat(outcome(fixed, values(FieldKeys.USABLE_AREA, new BigDecimal("499.99"))))
                    .isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void anAreaNotGivenFails() {
            assertThat(outcome(fixed, values())).isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(fixed, values(FieldKeys.USABLE_AREA, "not a number"))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void numericTextIsReadAsANumber() {
            assertThat(outcome(fixed, values(FieldKeys.USABLE_AREA, "650.5"))).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void theMessageGivesTheValueAndTheMinimumAndTheResultCitesTheArticle() {
            RuleResult r = check(fixed, values(FieldKeys.USABLE_AREA, 420));

            assertThat(r.ruleId()).isEqualTo("8.3b");
            assertThat(r.article()).isEqualTo(ART_8_3);
            assertThat(r.message().zh()).contains("420").contains("500").contains("m²");
            assertThat(r.message().en()).contains("420").contains("at least 500 m²");
        }

        @Test
        void theRequirementContainsTheThreshold() {
            assertThat(fixed.requirement().zh()).contains("不少于 500 m²");
            assertThat(fixed.requirement().en()).contains("at least 500 m²");
            assertThat(fixed.title()).isEqualTo(AREA);
        }

        @Test
        void theRuleReadsItsFieldAndIsAboutIt() {
            assertThat(fixed.fieldKeys()).containsExactly(FieldKeys.USABLE_AREA);
            assertThat(fixed.topic()).isEqualTo(FieldKeys.USABLE_AREA);
            assertThat(fixed.kind()).isEqualTo(RuleKind.AUTO);
        }

        @Test
        void aThresholdByCategoryAppliesTheCategorysMinimum() {
            EligibilityRule rule = Rules.minimum("AREA", RuleKind.AUTO, AREA, ART_8_3, FieldKeys.USABLE_AREA, "m²",
                    Threshold.byCategory(FieldKeys.CENTER_TYPE, Map.of("COMPREHENSIVE", BigDecimal.valueOf(500),
                            "FIELD", BigDecimal.valueOf(1000)), null));

            assertThat(outcome(rule, values(FieldKeys.CENTER_TYPE, "COMPREHENSIVE", FieldKeys.USABLE_AREA, 500)))
                    .isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(rule, values(FieldKeys.CENTER_TYPE, "FIELD", FieldKeys.USABLE_AREA, 999)))
                    .isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(rule, values(FieldKeys.CENTER_TYPE, "FIELD", FieldKeys.USABLE_AREA, 1000)))
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void aCategoryWithoutMinimumAndWithoutDefaultIsNotConcerned() {
            EligibilityRule rule = Rules.minimum("AREA", RuleKind.AUTO, AREA, ART_8_3, FieldKeys.USABLE_AREA, "m²",
                    Threshold.byCategory(FieldKeys.CENTER_TYPE, Map.of("FIELD", BigDecimal.valueOf(1000)), null));

            RuleResult r = check(rule, values(FieldKeys.CENTER_TYPE, "COMPREHENSIVE", FieldKeys.USABLE_AREA, 10));

            assertThat(r.outcome()).isEqualTo(RuleOutcome.NOT_APPLICABLE);
            assertThat(r.article()).isEqualTo(ART_8_3);
        }

        @Test
        void aCategoryWithoutMinimumUsesTheDefault() {
            EligibilityRule rule = Rules.minimum("AREA", RuleKind.AUTO, AREA, ART_8_3, FieldKeys.USABLE_AREA, "m²",
                    Threshold.byCategory(FieldKeys.CENTER_TYPE, Map.of("FIELD", BigDecimal.valueOf(1000)),
                            BigDecimal.valueOf(300)));

            assertThat(outcome(rule, values(FieldKeys.CENTER_TYPE, "COMPREHENSIVE", FieldKeys.USABLE_AREA, 300)))
                    .isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(rule, values(FieldKeys.USABLE_AREA, 299))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aThresholdByCategoryAlsoReadsTheCategoryField() {
            EligibilityRule rule = Rules.minimum("AREA", RuleKind.AUTO, AREA, ART_8_3, FieldKeys.USABLE_AREA, "m²",
                    Threshold.byCategory(FieldKeys.CENTER_TYPE, Map.of("FIELD", BigDecimal.valueOf(1000)), null));

            assertThat(rule.fieldKeys()).containsExactly(FieldKeys.USABLE_AREA, FieldKeys.CENTER_TYPE);
            assertThat(rule.requirement().zh()).contains("FIELD 1000");
        }

        @Test
        void aSoftMinimumWarnsInsteadOfFailing() {
            EligibilityRule soft = Rules.minimum("RD", RuleKind.SOFT, new LocalizedText("研发投入", "R&D spending"),
                    "第三条", "rdSpending", "万元", Threshold.of(100));

            assertThat(outcome(soft, values("rdSpending", 50))).isEqualTo(RuleOutcome.WARN);
            assertThat(outcome(soft, values())).isEqualTo(RuleOutcome.WARN);
            assertThat(outcome(soft, values("rdSpending", 100))).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void anAttestedMinimumThatIsMetGoesToAPerson() {
            EligibilityRule attested = Rules.minimum("8.3b", RuleKind.ATTEST, AREA, ART_8_3, FieldKeys.USABLE_AREA,
                    "m²", Threshold.of(500), PREMISES);

            assertThat(outcome(attested, withEvidence(values(FieldKeys.USABLE_AREA, 600),
                    EvidenceCodes.PREMISES_PROOF))).isEqualTo(RuleOutcome.NEEDS_REVIEW);
            assertThat(outcome(attested, withEvidence(values(FieldKeys.USABLE_AREA, 400),
                    EvidenceCodes.PREMISES_PROOF))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aMinimumThatIsMetFailsWithoutItsRequiredEvidenceAndSaysWhichIsMissing() {
            EligibilityRule rule = Rules.minimum("8.3b", RuleKind.AUTO, AREA, ART_8_3, FieldKeys.USABLE_AREA, "m²",
                    Threshold.of(500), PREMISES, FLOOR_PLAN);

            RuleResult r = check(rule, withEvidence(values(FieldKeys.USABLE_AREA, 800),
                    EvidenceCodes.PREMISES_PROOF));

            assertThat(r.outcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(r.message().zh()).contains("缺少证明材料").contains("场地平面图").doesNotContain("房产证");
            assertThat(r.message().en()).contains("missing evidence: Floor plan");
            assertThat(rule.evidence()).containsExactly(PREMISES, FLOOR_PLAN);
            assertThat(outcome(rule, withEvidence(values(FieldKeys.USABLE_AREA, 800), EvidenceCodes.PREMISES_PROOF,
                    EvidenceCodes.FLOOR_PLAN))).isEqualTo(RuleOutcome.PASS);
        }
    }

    @Nested
    class OneOf {

        private final EligibilityRule registered = Rules.oneOf("8.1a", RuleKind.AUTO,
                new LocalizedText("牵头单位在忻州市内注册登记", "Registered in Xinzhou"), "第八条第（一）项",
                FieldKeys.LEAD_UNIT_REGISTERED_BODY, List.of("140902", "140921"));

        @Test
        void anAllowedCodePasses() {
            assertThat(outcome(registered, values(FieldKeys.LEAD_UNIT_REGISTERED_BODY, "140921")))
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void anotherCodeOrNoneFails() {
            assertThat(outcome(registered, values(FieldKeys.LEAD_UNIT_REGISTERED_BODY, "140100")))
                    .isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(registered, values())).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aSoftOneOfWarns() {
            EligibilityRule soft = Rules.oneOf("10", RuleKind.SOFT, new LocalizedText("独立法人实体", "Legal entity"),
                    "第十条", FieldKeys.LEAD_UNIT_LEGAL_FORM, List.of("INDEPENDENT_ENTERPRISE"));

            assertThat(outcome(soft, values(FieldKeys.LEAD_UNIT_LEGAL_FORM, "INTERNAL_UNIT")))
                    .isEqualTo(RuleOutcome.WARN);
            assertThat(outcome(soft, values(FieldKeys.LEAD_UNIT_LEGAL_FORM, "INDEPENDENT_ENTERPRISE")))
                    .isEqualTo(RuleOutcome.PASS);
        }
    }

    @Nested
    class Required {

        private final EligibilityRule text = Rules.required("8.4b", RuleKind.ATTEST,
                new LocalizedText("符合“336”战略布局", "Fits the 336 layout"), "第八条第（四）项",
                FieldKeys.STRATEGY_JUSTIFICATION);
        private final EligibilityRule pledge = Rules.required("8.4c", RuleKind.ATTEST,
                new LocalizedText("无重大问题的承诺", "Pledge"), "第八条第（四）项", FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS);
        private final EligibilityRule independent = Rules.required("8.1b", RuleKind.AUTO,
                new LocalizedText("独立法人资格", "Independent legal person"), "第八条第（一）项",
                FieldKeys.LEAD_UNIT_INDEPENDENT);
        private final EligibilityRule team = Rules.required("8.2d", RuleKind.AUTO,
                new LocalizedText("科研团队", "Team"), "第八条第（二）项", FieldKeys.TEAM);

        @Test
        void aTextThatIsFilledInGoesToAPerson() {
            assertThat(outcome(text, values(FieldKeys.STRATEGY_JUSTIFICATION, "服务煤机装备智能化")))
                    .isEqualTo(RuleOutcome.NEEDS_REVIEW);
        }

        @Test
        void aTextThatIsEmptyOrBlankFails() {
            assertThat(outcome(text, values())).isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(text, values(FieldKeys.STRATEGY_JUSTIFICATION, "   "))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aTickedDeclarationPasses() {
            assertThat(outcome(pledge, values(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true)))
                    .isEqualTo(RuleOutcome.NEEDS_REVIEW);
            assertThat(outcome(independent, values(FieldKeys.LEAD_UNIT_INDEPENDENT, true)))
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void aDeclarationThatWasNeverAnsweredFails() {
            assertThat(outcome(pledge, values())).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void anUntickedDeclarationFails() {
            assertThat(outcome(pledge, values(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, false)))
                    .isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(independent, values(FieldKeys.LEAD_UNIT_INDEPENDENT, false)))
                    .isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(independent, values(FieldKeys.LEAD_UNIT_INDEPENDENT, "false")))
                    .isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aPersonOrUnitWithAnyPartIsFilledIn() {
            EligibilityRule director = Rules.required("8.2b", RuleKind.AUTO, new LocalizedText("中心主任", "Director"),
                    "第八条第（二）项", "director");

            assertThat(outcome(director, values("director", Map.of("name", "王研究员")))).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(director, values())).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aTableWithARowPasses() {
            assertThat(outcome(team, values(FieldKeys.TEAM, List.of(Map.of("name", "张明")))))
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void aTableThatWasNeverFilledInFails() {
            assertThat(outcome(team, values())).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void anEmptyTableFails() {
            assertThat(outcome(team, values(FieldKeys.TEAM, List.of()))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aFilledInFieldFailsWithoutItsRequiredEvidence() {
            EligibilityRule withProof = Rules.required("8.4c", RuleKind.ATTEST,
                    new LocalizedText("无重大问题的承诺", "Pledge"), "第八条第（四）项", FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS,
                    new EvidenceType(EvidenceCodes.CREDIT_RECORD, new LocalizedText("信用记录证明", "Credit record"),
                            true));

            assertThat(outcome(withProof, values(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true)))
                    .isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(withProof, withEvidence(values(FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS, true),
                    EvidenceCodes.CREDIT_RECORD))).isEqualTo(RuleOutcome.NEEDS_REVIEW);
        }
    }

    @Nested
    class Count {

        private final EligibilityRule directions = Rules.count("SX-DIRECTIONS", RuleKind.AUTO,
                new LocalizedText("设定3至5个研究方向", "Three to five research directions"), "2024年申报通知",
                FieldKeys.RESEARCH_DIRECTIONS, 3, 5);

        private static List<Map<String, Object>> rows(int n) {
            return java.util.stream.IntStream.range(0, n).<Map<String, Object>>mapToObj(i -> Map.of("name", "方向" + i))
                    .toList();
        }

        @Test
        void aCountWithinTheBoundsPassesBoundsIncluded() {
            assertThat(outcome(directions, values(FieldKeys.RESEARCH_DIRECTIONS, rows(3)))).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(directions, values(FieldKeys.RESEARCH_DIRECTIONS, rows(5)))).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void tooFewOrTooManyFail() {
            assertThat(outcome(directions, values(FieldKeys.RESEARCH_DIRECTIONS, rows(2)))).isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(directions, values(FieldKeys.RESEARCH_DIRECTIONS, rows(6)))).isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(directions, values())).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void theChoicesOfAMultiChoiceFieldAreCounted() {
            assertThat(outcome(directions, values(FieldKeys.RESEARCH_DIRECTIONS, List.of("A", "B", "C", "D"))))
                    .isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(directions, values(FieldKeys.RESEARCH_DIRECTIONS, List.of("A", "B"))))
                    .isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void theRequirementAndTheMessageGiveTheRange() {
            assertThat(directions.requirement().zh()).contains("3–5");
            RuleResult r = check(directions, values(FieldKeys.RESEARCH_DIRECTIONS, rows(6)));
            assertThat(r.message().zh()).contains("填报 6 项").contains("3–5");
            assertThat(r.article()).isEqualTo("2024年申报通知");
        }

        @Test
        void aCountWithoutUpperBoundSaysAtLeast() {
            EligibilityRule ip = Rules.count("8.2a-ip", RuleKind.AUTO, new LocalizedText("至少一项知识产权", "IP"),
                    "第八条第（二）项", FieldKeys.IP_ITEMS, 1, Integer.MAX_VALUE);

            assertThat(ip.requirement().zh()).contains("≥ 1");
            assertThat(outcome(ip, values(FieldKeys.IP_ITEMS, rows(40)))).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(ip, values(FieldKeys.IP_ITEMS, List.of()))).isEqualTo(RuleOutcome.FAIL);
        }
    }

    @Nested
    class AttestAndExpert {

        private final EligibilityRule attest = Rules.attest("8.3b-proof",
                new LocalizedText("房产证明或租赁合同及平面图", "Deed or lease and floor plan"), ART_8_3,
                List.of(FieldKeys.USABLE_AREA), PREMISES, FLOOR_PLAN);
        private final EligibilityRule expert = Rules.expert("8.1c",
                new LocalizedText("较强的资源整合能力", "Integrates resources well"), "第八条第（一）项",
                List.of(FieldKeys.NARRATIVE_INTEGRATION), CONTRACTS);

        @Test
        void anAttestationWithItsEvidenceGoesToAPerson() {
            assertThat(attest.kind()).isEqualTo(RuleKind.ATTEST);
            assertThat(outcome(attest, withEvidence(values(), EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN)))
                    .isEqualTo(RuleOutcome.NEEDS_REVIEW);
        }

        @Test
        void anAttestationFailsWhenRequiredEvidenceIsMissing() {
            RuleResult r = check(attest, withEvidence(values(), EvidenceCodes.PREMISES_PROOF));

            assertThat(r.outcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(r.message().zh()).contains("场地平面图");
            assertThat(r.article()).isEqualTo(ART_8_3);
        }

        @Test
        void anExpertConditionGoesToTheExpertsEvenWithoutOptionalEvidence() {
            assertThat(expert.kind()).isEqualTo(RuleKind.EXPERT);
            assertThat(outcome(expert, values())).isEqualTo(RuleOutcome.NEEDS_REVIEW);
        }

        @Test
        void anExpertConditionFailsEarlyOnlyWhenRequiredEvidenceIsMissing() {
            EligibilityRule needsContracts = Rules.expert("8.1c", new LocalizedText("资源整合", "Integration"),
                    "第八条第（一）项", List.of(FieldKeys.NARRATIVE_INTEGRATION),
                    new EvidenceType(EvidenceCodes.TECH_CONTRACTS, new LocalizedText("技术合同", "Contracts"), true));

            assertThat(outcome(needsContracts, values())).isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(needsContracts, withEvidence(values(), EvidenceCodes.TECH_CONTRACTS)))
                    .isEqualTo(RuleOutcome.NEEDS_REVIEW);
        }

        @Test
        void aRuleWithoutFieldsIsAboutItsId() {
            EligibilityRule noFields = Rules.expert("8.2c", new LocalizedText("科学家精神", "Scientist spirit"),
                    "第八条第（二）项", List.of());

            assertThat(noFields.topic()).isEqualTo("8.2c");
        }
    }

    @Nested
    class Host {

        /** A host that knows one director of another platform and one unit that applied in 2026. */
        private final HostQueries host = new HostStub().directing("14090219700101001X")
                .applied("91140902MA0K123455", 2026);

        private final EligibilityRule onePlatform = Rules.host("SX-DIRECTOR-ONE-PLATFORM", RuleKind.AUTO,
                new LocalizedText("负责人不得是其他省级平台负责人", "The director leads no other platform"),
                "2022年申报通知", FieldKeys.DIRECTOR_ID, (ctx, id) -> ctx.host().personDirectsAnotherPlatform(id));
        private final EligibilityRule oncePerYear = Rules.host("SX-ONE-PER-YEAR", RuleKind.AUTO,
                new LocalizedText("同一平台同一年度仅限申报一次", "Once a year"), "2024年申报通知",
                FieldKeys.LEAD_UNIT_CREDIT_CODE, (ctx, code) -> ctx.host().unitAppliedInYear(code, ctx.year()));

        @Test
        void aDirectorOfAnotherPlatformFails() {
            RuleResult r = check(onePlatform, values(FieldKeys.DIRECTOR_ID, "14090219700101001X"), host);

            assertThat(r.outcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(r.article()).isEqualTo("2022年申报通知");
        }

        @Test
        void aDirectorOfNoOtherPlatformPasses() {
            assertThat(check(onePlatform, values(FieldKeys.DIRECTOR_ID, "140902198001010011"), host).outcome())
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void withoutTheValueTheHostCannotBeAskedAndTheRuleFails() {
            assertThat(check(onePlatform, values(), host).outcome()).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void thePredicateReadsTheApplicationsYear() {
            assertThat(check(oncePerYear, values(FieldKeys.LEAD_UNIT_CREDIT_CODE, "91140902MA0K123455"), host)
                    .outcome()).isEqualTo(RuleOutcome.FAIL);
            RuleResult in2027 = oncePerYear.check(new RuleContext(
                    ApplicationData.of(values(FieldKeys.LEAD_UNIT_CREDIT_CODE, "91140902MA0K123455")), host,
                    PolicySettings.of(List.of(), Map.of()), 2027));
            assertThat(in2027.outcome()).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void anAttestedHostRuleThatHoldsGoesToAPerson() {
            EligibilityRule attested = Rules.host("H", RuleKind.ATTEST, new LocalizedText("平台", "Platform"), "第八条",
                    FieldKeys.DIRECTOR_ID, (ctx, id) -> ctx.host().personDirectsAnotherPlatform(id));

            assertThat(check(attested, values(FieldKeys.DIRECTOR_ID, "someone else"), host).outcome())
                    .isEqualTo(RuleOutcome.NEEDS_REVIEW);
        }

        @Test
        void aSoftHostRuleThatIsViolatedWarns() {
            EligibilityRule soft = Rules.host("H", RuleKind.SOFT, new LocalizedText("平台", "Platform"), "第八条",
                    FieldKeys.DIRECTOR_ID, (ctx, id) -> ctx.host().personDirectsAnotherPlatform(id));

            assertThat(check(soft, values(FieldKeys.DIRECTOR_ID, "14090219700101001X"), host).outcome())
                    .isEqualTo(RuleOutcome.WARN);
        }

        @Test
        void aSoftHostRuleThatHoldsPasses() {
            EligibilityRule soft = Rules.host("H", RuleKind.SOFT, new LocalizedText("平台", "Platform"), "第八条",
                    FieldKeys.DIRECTOR_ID, (ctx, id) -> ctx.host().personDirectsAnotherPlatform(id));

            assertThat(check(soft, values(FieldKeys.DIRECTOR_ID, "someone else"), host).outcome())
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void theHostThatKnowsNothingAnswersNoToEverything() {
            assertThat(HostQueries.NONE.personDirectsAnotherPlatform("x")).isFalse();
            assertThat(HostQueries.NONE.unitAppliedInYear("x", 2026)).isFalse();
            assertThat(HostQueries.NONE.unitHoldsPlatform("x", "KEY_LAB")).isFalse();
            assertThat(HostQueries.NONE.centerNameTaken("x")).isFalse();
        }
    }

    @Nested
    class Of {

        private final EvidenceType funds = new EvidenceType(EvidenceCodes.MATCHING_FUNDS_PROOF,
                new LocalizedText("配套经费证明", "Proof of matching funds"), true);

        private EligibilityRule matchingFunds(RuleKind kind) {
            return Rules.of("SX-MATCHING-FUNDS", kind, new LocalizedText("具有一定的配套经费", "Matching funds"),
                    "2022年申报通知", List.of(FieldKeys.MATCHING_FUNDS),
                    ctx -> ctx.data().number(FieldKeys.MATCHING_FUNDS).filter(v -> v.signum() > 0).isPresent()
                            ? RuleOutcome.NEEDS_REVIEW : RuleOutcome.FAIL,
                    funds);
        }

        @Test
        void theFunctionDecidesWhenTheEvidenceIsThere() {
            EligibilityRule rule = matchingFunds(RuleKind.ATTEST);

            assertThat(outcome(rule, withEvidence(values(FieldKeys.MATCHING_FUNDS, 50),
                    EvidenceCodes.MATCHING_FUNDS_PROOF))).isEqualTo(RuleOutcome.NEEDS_REVIEW);
            assertThat(outcome(rule, withEvidence(values(FieldKeys.MATCHING_FUNDS, 0),
                    EvidenceCodes.MATCHING_FUNDS_PROOF))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void aMetConditionFailsWithoutItsRequiredEvidence() {
            RuleResult r = check(matchingFunds(RuleKind.ATTEST), values(FieldKeys.MATCHING_FUNDS, 50));

            assertThat(r.outcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(r.message().zh()).contains("配套经费证明");
            assertThat(r.article()).isEqualTo("2022年申报通知");
        }

        @Test
        void aSoftRuleWithoutItsEvidenceWarns() {
            assertThat(outcome(matchingFunds(RuleKind.SOFT), values(FieldKeys.MATCHING_FUNDS, 50)))
                    .isEqualTo(RuleOutcome.WARN);
        }

        @Test
        void theMessageIsTheTitle() {
            EligibilityRule rule = matchingFunds(RuleKind.ATTEST);

            assertThat(check(rule, withEvidence(values(FieldKeys.MATCHING_FUNDS, 50),
                    EvidenceCodes.MATCHING_FUNDS_PROOF)).message()).isEqualTo(rule.title());
        }
    }

    @Nested
    class OnlyWhen {

        private final EligibilityRule cluster = Rules.onlyWhen(FieldKeys.CENTER_TYPE, "FIELD",
                Rules.oneOf("8.4a", RuleKind.AUTO, new LocalizedText("选定产业集群", "Names a cluster"), "第八条第（四）项",
                        FieldKeys.INDUSTRY_CLUSTER, List.of("SEMICONDUCTOR", "NEW_ENERGY")));

        @Test
        void anotherValueMakesTheRuleNotApplicable() {
            RuleResult r = check(cluster, values(FieldKeys.CENTER_TYPE, "COMPREHENSIVE"));

            assertThat(r.outcome()).isEqualTo(RuleOutcome.NOT_APPLICABLE);
            assertThat(r.ruleId()).isEqualTo("8.4a");
            assertThat(r.article()).isEqualTo("第八条第（四）项");
        }

        @Test
        void noValueMakesTheRuleNotApplicable() {
            assertThat(outcome(cluster, values())).isEqualTo(RuleOutcome.NOT_APPLICABLE);
        }

        @Test
        void theValueLetsTheRuleDecide() {
            assertThat(outcome(cluster, values(FieldKeys.CENTER_TYPE, "FIELD", FieldKeys.INDUSTRY_CLUSTER,
                    "NEW_ENERGY"))).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(cluster, values(FieldKeys.CENTER_TYPE, "FIELD"))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void theWrapperKeepsTheRulesFactsAndAlsoReadsTheConditionField() {
            assertThat(cluster.id()).isEqualTo("8.4a");
            assertThat(cluster.kind()).isEqualTo(RuleKind.AUTO);
            assertThat(cluster.article()).isEqualTo("第八条第（四）项");
            assertThat(cluster.fieldKeys()).containsExactly(FieldKeys.INDUSTRY_CLUSTER, FieldKeys.CENTER_TYPE);
            assertThat(cluster.topic()).isEqualTo(FieldKeys.INDUSTRY_CLUSTER);
        }

        @Test
        void theConditionFieldIsNotListedTwice() {
            EligibilityRule rule = Rules.onlyWhen(FieldKeys.CENTER_TYPE, "FIELD", Rules.oneOf("T", RuleKind.AUTO,
                    new LocalizedText("类型", "Type"), "第三条", FieldKeys.CENTER_TYPE, List.of("FIELD")));

            assertThat(rule.fieldKeys()).containsExactly(FieldKeys.CENTER_TYPE);
        }
    }

    @Nested
    class Provided {

        private final EligibilityRule funds = Rules.provided(
                data -> data.number(FieldKeys.MATCHING_FUNDS).map(v -> v.signum() > 0).orElse(false),
                new LocalizedText("未填报配套经费或为零", "No matching funds given"),
                Rules.attest("SX-FUNDS", new LocalizedText("具有一定的配套经费", "Some matching funds"), "2022年申报通知",
                        List.of(FieldKeys.MATCHING_FUNDS),
                        new EvidenceType(EvidenceCodes.MATCHING_FUNDS_PROOF, new LocalizedText("证明", "Proof"), true)));

        @Test
        void zeroFundsFailWithTheGivenMessageBeforeTheProofIsLookedAt() {
            RuleResult r = check(funds, values(FieldKeys.MATCHING_FUNDS, 0));
            assertThat(r.outcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(r.message().zh()).isEqualTo("未填报配套经费或为零");
            assertThat(r.article()).isEqualTo("2022年申报通知");
        }

        @Test
        void someFundsLetTheAttestedRuleDecide() {
            assertThat(outcome(funds, values(FieldKeys.MATCHING_FUNDS, 50))).as("no proof").isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(funds, withEvidence(values(FieldKeys.MATCHING_FUNDS, 50),
                    EvidenceCodes.MATCHING_FUNDS_PROOF))).isEqualTo(RuleOutcome.NEEDS_REVIEW);
            assertThat(funds.id()).isEqualTo("SX-FUNDS");
            assertThat(funds.fieldKeys()).containsExactly(FieldKeys.MATCHING_FUNDS);
        }
    }

    @Test
    void everyBuilderCitesTheRulesArticleInItsResults() {
        List<EligibilityRule> rules = List.of(
                Rules.minimum("a", RuleKind.AUTO, AREA, "第一条", FieldKeys.USABLE_AREA, "m²", Threshold.of(1)),
                Rules.oneOf("b", RuleKind.AUTO, AREA, "第二条", FieldKeys.CENTER_TYPE, List.of("X")),
                Rules.required("c", RuleKind.AUTO, AREA, "第三条", FieldKeys.CORE_NAME),
                Rules.count("d", RuleKind.AUTO, AREA, "第四条", FieldKeys.TEAM, 1, 2),
                Rules.attest("e", AREA, "第五条", List.of(), PREMISES),
                Rules.expert("f", AREA, "第六条", List.of()),
                Rules.host("g", RuleKind.AUTO, AREA, "第七条", FieldKeys.DIRECTOR_ID, (ctx, v) -> false),
                Rules.of("h", RuleKind.AUTO, AREA, "第八条", List.of(), ctx -> RuleOutcome.PASS));

        for (EligibilityRule rule : rules) {
            RuleResult r = check(rule, values());
            assertThat(r.ruleId()).isEqualTo(rule.id());
            assertThat(r.article()).as(rule.id()).isEqualTo(rule.article()).isNotBlank();
        }
    }

    @Test
    void aRuleIsVerifiedByTheReviewerOfItsKindUnlessThePolicyNamesAnother() {
        EligibilityRule pledge = Rules.attest("8.4c", AREA, ART_8_3, List.of("pledge"));
        EligibilityRule judged = Rules.expert("8.4a", AREA, ART_8_3, List.of("cluster"));
        EligibilityRule area = Rules.minimum("8.3b", RuleKind.AUTO, AREA, ART_8_3, "area", "m²", Threshold.of(500));
        assertThat(pledge.verifiedBy()).isEqualTo(org.ticportal.policy.api.procedure.Actor.AUTHORITY);
        assertThat(judged.verifiedBy()).isEqualTo(org.ticportal.policy.api.procedure.Actor.EXPERT_PANEL);
        assertThat(area.verifiedBy()).isEqualTo(org.ticportal.policy.api.procedure.Actor.SYSTEM);

        EligibilityRule county = Rules.verifiedBy(org.ticportal.policy.api.procedure.Actor.RECOMMENDING_BODY, pledge);
        assertThat(county.verifiedBy()).isEqualTo(org.ticportal.policy.api.procedure.Actor.RECOMMENDING_BODY);
        assertThat(county.id()).isEqualTo("8.4c");
        assertThat(county.kind()).isEqualTo(RuleKind.ATTEST);
        assertThat(check(county, Map.of("pledge", true)).outcome()).isEqualTo(RuleOutcome.NEEDS_REVIEW);
        // a rule limited to a case keeps the reviewer it was given
        assertThat(Rules.onlyWhen("type", "FIELD", county).verifiedBy())
                .isEqualTo(org.ticportal.policy.api.procedure.Actor.RECOMMENDING_BODY);
    }
}
