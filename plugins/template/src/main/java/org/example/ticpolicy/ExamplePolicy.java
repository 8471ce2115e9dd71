package org.example.ticpolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.pf4j.Extension;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CatalogEntry;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.IndustryGroup;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.PolicyCatalogs;
import org.ticportal.policy.api.PolicyIdentity;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.PolicyStatus;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.RecommendingBodyKind;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.evaluation.CycleBasis;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.EvaluationProcedure;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.notice.ObjectionRules;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.rule.Rules;
import org.ticportal.policy.api.rule.Threshold;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingKeys;
import org.ticportal.policy.api.setting.SettingType;

/**
 * The measures of an imaginary city, 示例市, small enough to read in one sitting and complete enough to run: copy it
 * and replace each value with your measures', keeping every article reference.
 *
 * <p>The portal looks this extension up each time it needs the policy and keeps no instance: hold no state here.
 */
@Extension
public class ExamplePolicy implements PolicyProvider {

    static final String ART_3 = "第三条";
    static final String ART_5 = "第五条";
    static final String ART_6 = "第六条";
    static final String ART_7 = "第七条";
    static final String ART_9 = "第九条";

    @Override
    public PolicyIdentity identity() {
        return new PolicyIdentity("example", "990100", t("示例市", "Example City"),
                t("示例市技术创新中心管理办法", "Example City Measures for Technology Innovation Centers"),
                "示科发〔2026〕1号", t("示例市科学技术局", "Example City S&T Bureau"), LocalDate.of(2026, 1, 1),
                PolicyStatus.FINAL);
    }

    @Override
    public PolicyCatalogs catalogs() {
        // a single center type: the portal fills in the type and hides the field (API 0.2.5). A development zone
        // without a GB/T 2260 code would be RecommendingBody.zone("EDZ", name, "990101", channel, article).
        return new PolicyCatalogs(
                List.of(new CenterType("FIELD", t("领域类技术创新中心", "Field center"),
                        t("由行业骨干企业牵头建设", "Led by a leading enterprise"), false, ART_3)),
                List.of(new IndustryGroup("KEY_INDUSTRIES", t("重点产业", "Key industries"), ART_3, List.of(
                        new IndustryCluster("NEW_MATERIALS", t("新材料", "New materials")),
                        new IndustryCluster("EQUIPMENT", t("高端装备", "High-end equipment"))))),
                List.of(new RecommendingBody("990100", t("市直单位", "Municipal units"),
                                RecommendingBodyKind.DEPARTMENT, SubmissionChannel.DIRECT, ART_5),
                        new RecommendingBody("990101", t("东区", "East District"), RecommendingBodyKind.COUNTY,
                                SubmissionChannel.RECOMMENDED, ART_5),
                        new RecommendingBody("990102", t("西区", "West District"), RecommendingBodyKind.COUNTY,
                                SubmissionChannel.RECOMMENDED, ART_5)),
                List.of(new Catalog(Catalog.TITLE_LEVELS, t("职称级别", "Title levels"), ART_3, List.of(
                        CatalogEntry.of("FULL_SENIOR", "正高级", "Full senior", ART_3),
                        CatalogEntry.of("DEPUTY_SENIOR", "副高级", "Deputy senior", ART_3),
                        CatalogEntry.of("OTHER", "其他", "Other", ART_3)))));
    }

    @Override
    public NamingRules naming() {
        // NO_APPLICANT_UNIT_NAME (API 0.2.5) would also refuse the applicant unit's own name in the center's name
        return new NamingRules("示例市{core}技术创新中心",
                java.util.Set.of(NamingRules.Constraint.NO_LATIN, NamingRules.Constraint.UNIQUE), List.of(), ART_7);
    }

    @Override
    public List<EligibilityRule> eligibilityRules() {
        // since API 0.2.5 rules may also count to the filing day (Rules.registeredFor, Rules.dateBeforeFiling) and
        // check a share of two fields with exemptions (Rules.ratio)
        return List.of(
                Rules.oneOf("3.1", RuleKind.AUTO, t("牵头单位在本市注册", "The lead unit is registered in the city"),
                        "第三条第（一）项", FieldKeys.LEAD_UNIT_REGISTERED_BODY, List.of("990100", "990101", "990102")),
                Rules.minimum("3.2", RuleKind.AUTO, t("使用面积", "Usable floor area"), "第三条第（二）项",
                        FieldKeys.USABLE_AREA, "m²", Threshold.of(300)),
                Rules.oneOf("3.3", RuleKind.AUTO, t("负责人具有正高级职称", "The director holds a full senior title"),
                        "第三条第（三）项", FieldKeys.DIRECTOR_TITLE_LEVEL, List.of("FULL_SENIOR")),
                Rules.required("3.4", RuleKind.ATTEST, t("无重大安全、质量、环境问题的承诺", "Pledge of no major problems"),
                        "第三条第（四）项", FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS),
                Rules.minimum("3.5", RuleKind.SOFT, t("研发投入", "R&D spending"), "第三条第（五）项",
                        "rdSpending", "万元", Threshold.of(100)));
    }

    @Override
    public Procedure procedure() {
        // to approve for construction first: a CONSTRUCTION stage .lastingAtMost(36, "<SYSTEM step>"), an acceptance
        // review after it, and an ACCEPTANCE_FAILED stage (API 0.2.5; the guide, §9, shows the whole procedure)
        List<Stage> stages = List.of(
                Stage.of("DRAFT", t("填报", "Drafting"), StageKind.DRAFT, ART_6),
                Stage.of("COUNTY_REVIEW", t("区级推荐", "District review"), StageKind.REVIEW, ART_6).withDeadline(10),
                Stage.of("BUREAU_REVIEW", t("市局审核", "Bureau review"), StageKind.REVIEW, ART_6).withDeadline(15),
                Stage.of("DECISION", t("局务会审议", "Bureau meeting"), StageKind.DECISION, ART_6),
                Stage.of("PUBLIC_NOTICE", t("公示", "Public notice"), StageKind.NOTICE, ART_6),
                Stage.of("RECOGNIZED", t("已认定", "Recognised"), StageKind.RECOGNIZED, ART_6),
                Stage.of("REJECTED", t("未通过", "Rejected"), StageKind.REJECTED, ART_6),
                Stage.of("WITHDRAWN", t("已撤回", "Withdrawn"), StageKind.WITHDRAWN, ART_6));
        Guard eligible = new Guard(GuardKind.ELIGIBILITY_PASSED, "", "第三条");
        Guard comment = new Guard(GuardKind.COMMENT_PRESENT, "", ART_6);
        List<Transition> transitions = new java.util.ArrayList<>(List.of(
                Transition.of("SUBMIT", "DRAFT", "COUNTY_REVIEW", t("提交区级推荐", "Submit to the district"),
                        Actor.APPLICANT, ART_6).withGuards(eligible).onlyFor(SubmissionChannel.RECOMMENDED),
                Transition.of("SUBMIT_DIRECT", "DRAFT", "BUREAU_REVIEW", t("提交市局", "Submit to the bureau"),
                        Actor.APPLICANT, ART_6).withGuards(eligible).onlyFor(SubmissionChannel.DIRECT),
                Transition.of("RECOMMEND", "COUNTY_REVIEW", "BUREAU_REVIEW", t("推荐上报", "Recommend"),
                        Actor.RECOMMENDING_BODY, ART_6).withForm("RECOMMENDATION")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, "recommendation.letterNumber", ART_6)),
                Transition.of("RETURN", "COUNTY_REVIEW", "DRAFT", t("退回修改", "Return"), Actor.RECOMMENDING_BODY,
                        ART_6).withGuards(comment),
                Transition.of("ACCEPT", "BUREAU_REVIEW", "DECISION", t("审核通过", "Accept"), Actor.AUTHORITY, ART_6),
                Transition.of("REJECT", "BUREAU_REVIEW", "REJECTED", t("不予通过", "Reject"), Actor.AUTHORITY, ART_6)
                        .withGuards(comment),
                Transition.of("PASS", "DECISION", "PUBLIC_NOTICE", t("会议通过", "Passed"), Actor.DECISION_BODY, ART_6),
                Transition.of("FAIL", "DECISION", "REJECTED", t("会议未通过", "Not passed"), Actor.DECISION_BODY,
                        ART_6).withGuards(comment),
                Transition.of("END_NOTICE", "PUBLIC_NOTICE", "RECOGNIZED", t("公示期满无异议", "Notice ended"),
                        Actor.SYSTEM, ART_7).withGuards(new Guard(GuardKind.NOTICE_ENDED, "", ART_7),
                        new Guard(GuardKind.NO_OPEN_OBJECTION, "", ART_7))));
        for (String open : List.of("DRAFT", "COUNTY_REVIEW", "BUREAU_REVIEW", "DECISION", "PUBLIC_NOTICE")) {
            transitions.add(Transition.of("WITHDRAW", open, "WITHDRAWN", t("撤回申请", "Withdraw"), Actor.APPLICANT,
                    ART_6));
        }
        return new Procedure("DRAFT", stages, transitions);
    }

    @Override
    public NoticeRules notice() {
        return new NoticeRules(7, true, "示例市科技局网站", new ObjectionRules(true, true, true, true, 10,
                t("异议须在公示期内书面提出。", "Objections are made in writing within the notice period.")), ART_7);
    }

    @Override
    public EvaluationScheme evaluation() {
        List<Indicator> indicators = List.of(
                Indicator.leaf("INNOVATION", t("创新能力", "Innovation"), 60),
                Indicator.leaf("SERVICE", t("公共服务", "Public service"), 40));
        List<Grade> grades = List.of(
                new Grade("GOOD", t("良好", "Good"), BigDecimal.valueOf(80), true),
                new Grade("PASS", t("合格", "Pass"), BigDecimal.valueOf(60), true),
                new Grade("FAIL", t("不合格", "Fail"), BigDecimal.ZERO, false));
        return new EvaluationScheme(2, indicators, grades, (grade, history, settings) -> grade.passing()
                ? new EvaluationDecision(Outcome.RETAIN, "GOOD".equals(grade.code()), t("评估合格", "Passed"))
                : new EvaluationDecision(Outcome.REVOKE, false, t("评估不合格，撤销", "Failed: revoked")),
                t("合格以上保留；不合格撤销", "Pass or better: retained; fail: revoked"), Map.of(), 6, "第八条")
                // API 0.2.5: when evaluations fall due and the steps of one (here the standard: self-assessment →
                // supervising department → bureau → experts); withPanel(...) and withResultNotice(...) say more
                .withCycleBasis(CycleBasis.FROM_RECOGNITION)
                .withProcedure(EvaluationProcedure.standard("第八条"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition("call.contact", t("申报咨询电话", "Call contact"),
                t("办法未规定，由市局填写", "Not in the measures: the bureau enters it"), SettingType.TEXT, "", List.of(),
                ART_6),
                // a key the portal reads (API 0.2.4): it reminds those who must act N working days before a stage's
                // time limit ends, once; 0 reminds nobody, and a policy that declares no such setting has no reminders
                new SettingDefinition(SettingKeys.REMINDER_WORKING_DAYS, t("到期提醒（提前工作日数）",
                        "Reminder before a time limit (working days)"), t("办法未规定；默认提前2个工作日提醒一次",
                        "Not in the measures: once, 2 working days before by default"), SettingType.INTEGER, "2",
                        List.of(), ART_6));
    }

    /**
     * Change requests of a recognised center: each type says what it may change (API 0.2.5), which the portal offers
     * on the request's form; a NAME change meets the naming rules again, a LEAD_UNIT change the eligibility rules.
     */
    @Override
    public List<ChangeType> changeTypes() {
        List<Actor> chain = List.of(Actor.RECOMMENDING_BODY, Actor.AUTHORITY);
        return List.of(
                ChangeType.of("RENAME", t("更名", "Rename"), chain, ART_9, ChangeType.Part.NAME),
                ChangeType.of("RESTRUCTURE", t("调整重组", "Restructure"), chain, ART_9, ChangeType.Part.LEAD_UNIT,
                        ChangeType.Part.CO_BUILDERS));
    }

    @Override
    public List<DocumentTemplate> documents() {
        return List.of(
                DocumentTemplate.form(DocumentTemplate.APPLICATION_FORM, t("申请书", "Application form"),
                        "forms/application.json"),
                DocumentTemplate.form("RECOMMENDATION", t("推荐意见", "Recommendation"), "forms/recommendation.json"),
                // shipping an ANNUAL_REPORT form asks recognised centers for annual reports; its number fields are
                // the figures the evaluation reads
                DocumentTemplate.form(DocumentTemplate.ANNUAL_REPORT_FORM, t("年度报告", "Annual report"),
                        "forms/annual-report.json"),
                DocumentTemplate.text("NOTICE", DocumentTemplate.Kind.NOTICE, t("公示", "Public notice"),
                        "templates/notice.txt"));
    }

    private static LocalizedText t(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
