package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.policy.api.rule.FieldKeys.CENTER_TYPE;
import static org.ticportal.policy.api.rule.FieldKeys.DIRECTOR_TITLE_LEVEL;
import static org.ticportal.policy.api.rule.FieldKeys.INDUSTRY_CLUSTER;
import static org.ticportal.policy.api.rule.FieldKeys.IP_ITEMS;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_CATEGORY;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_CREDIT_CODE;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_INDEPENDENT;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_LEGAL_FORM;
import static org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_REGISTERED_BODY;
import static org.ticportal.policy.api.rule.FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS;
import static org.ticportal.policy.api.rule.FieldKeys.STRATEGY_JUSTIFICATION;
import static org.ticportal.policy.api.rule.FieldKeys.USABLE_AREA;
import static org.ticportal.policy.api.rule.RuleOutcome.FAIL;
import static org.ticportal.policy.api.rule.RuleOutcome.NEEDS_REVIEW;
import static org.ticportal.policy.api.rule.RuleOutcome.NOT_APPLICABLE;
import static org.ticportal.policy.api.rule.RuleOutcome.PASS;
import static org.ticportal.policy.api.rule.RuleOutcome.WARN;
import static org.ticportal.policy.xinzhou.Applications.comprehensiveCenter;
import static org.ticportal.policy.xinzhou.Applications.fieldCenter;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.rule.RuleResult;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.testkit.SampleApplication;

class XinzhouRulesTest {

    private static final XinzhouPolicy POLICY = new XinzhouPolicy();
    private static final String ART_8_1 = "第八条第（一）项";
    private static final String ART_8_2 = "第八条第（二）项";
    private static final String ART_8_3 = "第八条第（三）项";
    private static final String ART_8_4 = "第八条第（四）项";

    static RuleResult check(String ruleId, SampleApplication application) {
        EligibilityRule rule = POLICY.eligibilityRules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + ruleId));
        RuleResult result = rule.check(application.context(PolicySettings.of(POLICY.settings(), Map.of()), 2026));
        assertThat(result.ruleId()).isEqualTo(ruleId);
        assertThat(result.article()).as("rule %s cites its article", ruleId).startsWith("第");
        return result;
    }

    @Test
    void theCountyVerifiesTheCreditRecordTheBureauThePledgesAndTheExpertsTheirJudgements() {
        Map<String, org.ticportal.policy.api.procedure.Actor> reviewers = new java.util.HashMap<>();
        POLICY.eligibilityRules().forEach(r -> reviewers.put(r.id(), r.verifiedBy()));
        assertThat(reviewers).containsEntry("8.4c", org.ticportal.policy.api.procedure.Actor.RECOMMENDING_BODY)
                .containsEntry("8.4b", org.ticportal.policy.api.procedure.Actor.AUTHORITY)
                .containsEntry("8.4a-policy", org.ticportal.policy.api.procedure.Actor.EXPERT_PANEL)
                .containsEntry("8.3b", org.ticportal.policy.api.procedure.Actor.SYSTEM);
    }

    @Test
    void rulesHaveUniqueIdsAndEachCitesAnArticleOfTheMeasures() {
        List<EligibilityRule> rules = POLICY.eligibilityRules();
        assertThat(rules).extracting(EligibilityRule::id).doesNotHaveDuplicates()
                .contains("3/6/7", "8.1a", "8.1b", "8.1c", "8.2a", "8.2a-ip", "8.2b", "8.2c", "8.2d", "8.3a", "8.3b",
                        "8.4a", "8.4b", "8.4c", "10");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.article()).matches("第.+条.*");
            assertThat(r.title().zh()).isNotBlank();
            assertThat(r.title().en()).isNotBlank();
            assertThat(r.fieldKeys()).isNotEmpty();
            r.evidence().forEach(e -> assertThat(e.name().en()).isNotBlank());
        });
    }

    @Test
    void aCompleteFieldApplicationFailsNothingAndPassesEveryAutoRule() {
        for (EligibilityRule rule : POLICY.eligibilityRules()) {
            RuleResult result = check(rule.id(), fieldCenter());
            assertThat(result.outcome()).as(rule.id()).isNotIn(FAIL, WARN);
            if (rule.kind() == RuleKind.AUTO) {
                assertThat(result.outcome()).as(rule.id()).isEqualTo(PASS);
            }
        }
    }

    @Test
    void aCompleteComprehensiveApplicationFailsNothing() {
        for (EligibilityRule rule : POLICY.eligibilityRules()) {
            assertThat(check(rule.id(), comprehensiveCenter()).outcome()).as(rule.id()).isNotIn(FAIL, WARN);
        }
    }

    @Test
    void expertConditionsAlwaysGoToTheExpertsWhoJudgeThemInTheArgumentation() {
        POLICY.eligibilityRules().stream().filter(r -> r.kind() == RuleKind.EXPERT).forEach(rule -> {
            assertThat(check(rule.id(), fieldCenter()).outcome()).as(rule.id()).isEqualTo(NEEDS_REVIEW);
            assertThat(check(rule.id(), SampleApplication.empty()).outcome()).as(rule.id()).isEqualTo(NEEDS_REVIEW);
        });
        assertThat(POLICY.eligibilityRules()).filteredOn(r -> r.kind() == RuleKind.EXPERT)
                .extracting(EligibilityRule::id).contains("8.1c", "8.2a", "8.2c", "8.2d", "8.3a", "8.4a-policy");
    }

    @Nested
    class Article8Clause1 {

        @Test
        void aLeadUnitRegisteredInXinfuDistrictPasses() {
            RuleResult r = check("8.1a", fieldCenter());
            assertThat(r.outcome()).isEqualTo(PASS);
            assertThat(r.article()).isEqualTo(ART_8_1);
            assertThat(r.message().zh()).contains("忻府区");
        }

        @Test
        void aMunicipalUnitAndAZoneUnitAreRegisteredInXinzhouToo() {
            assertThat(check("8.1a", fieldCenter().with(LEAD_UNIT_REGISTERED_BODY, "140900")).outcome())
                    .isEqualTo(PASS);
            assertThat(check("8.1a", fieldCenter().with(LEAD_UNIT_REGISTERED_BODY, "XZ_EDZ")).outcome())
                    .isEqualTo(PASS);
        }

        @Test
        void aLeadUnitRegisteredInTaiyuanFailsArticle8Clause1() {
            RuleResult r = check("8.1a", fieldCenter().with(LEAD_UNIT_REGISTERED_BODY, "140100"));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.article()).isEqualTo(ART_8_1);
        }

        @Test
        void aCreditCodeWithAWrongCheckCharacterFails() {
            RuleResult r = check("8.1a", fieldCenter().with(LEAD_UNIT_CREDIT_CODE, "91140902MA0K123456"));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.message().zh()).contains("统一社会信用代码");
        }

        @Test
        void theBusinessLicenceGoesToThePersonWhoVerifiesIt() {
            assertThat(check("8.1a-proof", fieldCenter()).outcome()).isEqualTo(NEEDS_REVIEW);
            RuleResult r = check("8.1a-proof", fieldCenter().withoutEvidence(EvidenceCodes.BUSINESS_LICENCE));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.message().zh()).contains("营业执照");
            assertThat(r.article()).isEqualTo(ART_8_1);
        }

        @Test
        void anIndependentLegalPersonPassesAndAnyOtherLeadUnitFails() {
            assertThat(check("8.1b", fieldCenter()).outcome()).isEqualTo(PASS);
            RuleResult r = check("8.1b", fieldCenter().with(LEAD_UNIT_INDEPENDENT, false));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.article()).isEqualTo(ART_8_1);
            assertThat(check("8.1b", fieldCenter().with(LEAD_UNIT_INDEPENDENT, null)).outcome()).isEqualTo(FAIL);
        }
    }

    @Nested
    class Article8Clause2 {

        @Test
        void oneInventionPatentIsEnoughForTheExpertsToJudgeTheResults() {
            RuleResult r = check("8.2a-ip", fieldCenter());
            assertThat(r.outcome()).isEqualTo(PASS);
            assertThat(r.article()).isEqualTo(ART_8_2);
        }

        @Test
        void anApplicationWithoutOwnIntellectualPropertyFailsArticle8Clause2() {
            RuleResult r = check("8.2a-ip", fieldCenter().with(IP_ITEMS, List.of()));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.article()).isEqualTo(ART_8_2);
        }

        @Test
        void aDirectorWithAFullSeniorTitlePasses() {
            assertThat(check("8.2b", fieldCenter()).outcome()).isEqualTo(PASS);
        }

        @Test
        void aDirectorWithADeputySeniorTitleFailsArticle8Clause2() {
            RuleResult r = check("8.2b", fieldCenter().with(DIRECTOR_TITLE_LEVEL, "DEPUTY_SENIOR"));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.article()).isEqualTo(ART_8_2);
        }

        @Test
        void theTitleCertificateIsVerifiedByAPersonAndMissingItFails() {
            assertThat(check("8.2b-cert", fieldCenter()).outcome()).isEqualTo(NEEDS_REVIEW);
            RuleResult r = check("8.2b-cert", fieldCenter().withoutEvidence(EvidenceCodes.TITLE_CERTIFICATE));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.message().zh()).contains("职称证书");
        }
    }

    @Nested
    class Article8Clause3 {

        @Test
        void aCenterWith500SquareMetresPassesArticle8Clause3() {
            RuleResult r = check("8.3b", fieldCenter().with(USABLE_AREA, 500));
            assertThat(r.outcome()).isEqualTo(PASS);
            assertThat(r.article()).isEqualTo(ART_8_3);
        }

        @Test
        void aCenterWith420SquareMetresFailsArticle8Clause3() {
            RuleResult r = check("8.3b", fieldCenter().with(USABLE_AREA, 420));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.article()).isEqualTo(ART_8_3);
            assertThat(r.message().zh()).contains("420").contains("500");
        }

        @Test
        void aComprehensiveCenterCountsItsHeadquartersOnlyNotItsInstitutes() {
            // institutes of 300 + 400 m² do not make up for a 300 m² headquarters
            RuleResult r = check("8.3b", comprehensiveCenter().with(USABLE_AREA, 300));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(check("8.3b", comprehensiveCenter()).outcome()).isEqualTo(PASS);
            assertThat(POLICY.eligibilityRules().stream().filter(x -> x.id().equals("8.3b")).findFirst().orElseThrow()
                    .fieldKeys()).contains(USABLE_AREA, CENTER_TYPE);
        }

        @Test
        void theAreaIsProvedByADeedOrLeaseAndAFloorPlan() {
            assertThat(check("8.3b-proof", fieldCenter()).outcome()).isEqualTo(NEEDS_REVIEW);
            assertThat(check("8.3b-proof", fieldCenter().withoutEvidence(EvidenceCodes.FLOOR_PLAN)).outcome())
                    .isEqualTo(FAIL);
            assertThat(check("8.3b-proof", fieldCenter().withoutEvidence(EvidenceCodes.PREMISES_PROOF)).outcome())
                    .isEqualTo(FAIL);
        }
    }

    @Nested
    class Article8Clause4 {

        @Test
        void aFieldCenterServingCoalMachineryPasses() {
            RuleResult r = check("8.4a", fieldCenter());
            assertThat(r.outcome()).isEqualTo(PASS);
            assertThat(r.article()).isEqualTo(ART_8_4);
        }

        @Test
        void aFieldCenterWithoutAClusterOrOutsideThe8Plus6FailsArticle8Clause4() {
            assertThat(check("8.4a", fieldCenter().with(INDUSTRY_CLUSTER, null)).outcome()).isEqualTo(FAIL);
            assertThat(check("8.4a", fieldCenter().with(INDUSTRY_CLUSTER, "AEROSPACE")).outcome()).isEqualTo(FAIL);
        }

        @Test
        void theClusterRuleIsNotApplicableToAComprehensiveCenter() {
            RuleResult r = check("8.4a", comprehensiveCenter());
            assertThat(r.outcome()).isEqualTo(NOT_APPLICABLE);
            assertThat(r.article()).isEqualTo(ART_8_4);
        }

        @Test
        void theFitWithThe336LayoutNeedsAJustificationAPersonReads() {
            assertThat(check("8.4b", fieldCenter()).outcome()).isEqualTo(NEEDS_REVIEW);
            RuleResult r = check("8.4b", fieldCenter().with(STRATEGY_JUSTIFICATION, " "));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.article()).isEqualTo(ART_8_4);
        }

        @Test
        void theNoMajorProblemsPledgeNeedsTheTickAndACreditRecord() {
            assertThat(check("8.4c", fieldCenter()).outcome()).isEqualTo(NEEDS_REVIEW);
            assertThat(check("8.4c", fieldCenter().with(PLEDGE_NO_MAJOR_PROBLEMS, false)).outcome()).isEqualTo(FAIL);
            RuleResult r = check("8.4c", fieldCenter().withoutEvidence(EvidenceCodes.CREDIT_RECORD));
            assertThat(r.outcome()).isEqualTo(FAIL);
            assertThat(r.message().zh()).contains("信用记录");
        }
    }

    @Nested
    class Articles3_6_7And10 {

        @Test
        void aFieldCenterLedByALeadingEnterpriseFitsArticle7() {
            RuleResult r = check("3/6/7", fieldCenter());
            assertThat(r.outcome()).isEqualTo(PASS);
            assertThat(r.article()).contains("第七条");
        }

        @Test
        void aFieldCenterLedByATechnicalBodyIsOnlyWarned() {
            RuleResult r = check("3/6/7", fieldCenter().with(LEAD_UNIT_CATEGORY, "TECHNICAL_BODY"));
            assertThat(r.outcome()).isEqualTo(WARN);
            assertThat(r.message().zh()).contains("技术机构");
        }

        @Test
        void aComprehensiveCenterLedByAUniversityFitsArticle6() {
            RuleResult r = check("3/6/7", comprehensiveCenter());
            assertThat(r.outcome()).isEqualTo(PASS);
            assertThat(r.article()).isEqualTo("第六条");
        }

        @Test
        void aComprehensiveCenterLedByAnEnterpriseIsWarnedUnderArticle6() {
            RuleResult r = check("3/6/7", comprehensiveCenter().with(LEAD_UNIT_CATEGORY, "ABOVE_SCALE_ENTERPRISE"));
            assertThat(r.outcome()).isEqualTo(WARN);
            assertThat(r.article()).isEqualTo("第六条");
        }

        @Test
        void anIndependentEnterprisePassesArticle10() {
            RuleResult r = check("10", fieldCenter());
            assertThat(r.outcome()).isEqualTo(PASS);
            assertThat(r.article()).isEqualTo("第十条");
        }

        @Test
        void anInternalUnitInTransitionIsWarnedNotBlockedByArticle10() {
            RuleResult r = check("10", fieldCenter().with(LEAD_UNIT_LEGAL_FORM, "INTERNAL_UNIT"));
            assertThat(r.outcome()).isEqualTo(WARN);
            assertThat(r.article()).isEqualTo("第十条");
        }
    }

    @Test
    void softRulesWarnAndNeverFail() {
        var softRules = POLICY.eligibilityRules().stream().filter(r -> r.kind() == RuleKind.SOFT).toList();
        assertThat(softRules).extracting(EligibilityRule::id).containsExactlyInAnyOrder("3/6/7", "10");
        softRules.forEach(rule -> assertThat(
                check(rule.id(), SampleApplication.empty().with(CENTER_TYPE, "FIELD")).outcome())
                .as(rule.id()).isEqualTo(WARN));
    }

    @Test
    void ruleEvidenceCodesAreStandardAttachmentSlots() {
        var codes = new HashSet<String>();
        POLICY.eligibilityRules().forEach(r -> r.evidence().forEach(e -> codes.add(e.code())));
        assertThat(codes).containsExactlyInAnyOrder(EvidenceCodes.BUSINESS_LICENCE, EvidenceCodes.TITLE_CERTIFICATE,
                EvidenceCodes.PREMISES_PROOF, EvidenceCodes.FLOOR_PLAN, EvidenceCodes.CREDIT_RECORD,
                EvidenceCodes.TECH_CONTRACTS, EvidenceCodes.IP_CERTIFICATES, EvidenceCodes.DIRECTOR_CV,
                EvidenceCodes.INTEGRITY_PLEDGE);
    }
}
