package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.ART_14;
import static org.ticportal.policy.xinzhou.Articles.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.evaluation.CycleBasis;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.EvaluationProcedure;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;
import org.ticportal.policy.api.evaluation.EvaluationHistory;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.panel.Aggregation;
import org.ticportal.policy.api.panel.Avoidance;
import org.ticportal.policy.api.panel.PanelSeat;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * 第十四条: every three years the bureau has experts evaluate each center and, "参考评估结果", decides to retain,
 * rectify or revoke; centers that run well and stand out get priority support and priority recommendation to the
 * province.
 *
 * <p>The indicator tree, the grade scale and the mapping below are practice: the measures give none of them. So is
 * the procedure (the measures say only that the bureau organises experts): the lead unit's self-assessment on the
 * policy's {@code SELF_EVALUATION} form (20 working days), the review by the supervising department of 第五条 (10,
 * may return it), the bureau's acceptance (10, may return it) and the experts' scoring (20), by three experts of whom
 * at least one is a finance expert, averaged. Evaluations fall due three years after recognition, then three years
 * after the last one; the results take effect when decided (the measures ask for no notice of them).
 */
final class XinzhouEvaluation {

    static final String EXCELLENT = "EXCELLENT";
    static final String GOOD = "GOOD";
    static final String QUALIFIED = "QUALIFIED";
    static final String FAILED = "FAILED";

    static final LocalizedText SUMMARY = text(
            "优秀：保留，并认定为运行良好、成绩突出（市科技计划项目重点支持，优先推荐申报省级技术创新中心）；良好、合格：保留；"
                    + "不合格：整改（整改期默认6个月），此前已不合格或正在整改的撤销；未按期提交评估材料的，按设置"
                    + "“evaluation.missingSubmission”整改或撤销（办法未作规定）。",
            "Excellent: retain and flag as outstanding (priority project support, priority recommendation to the"
                    + " province); good, qualified: retain; failed: rectify (6 months by default), revoke when the"
                    + " previous evaluation failed or rectification is under way; no submission: rectify or revoke as"
                    + " the setting evaluation.missingSubmission says (the measures are silent).");

    private XinzhouEvaluation() {
    }

    static EvaluationScheme evaluation() {
        return new EvaluationScheme(3, indicators(), grades(), XinzhouEvaluation::decide, SUMMARY, Map.of(), 6, ART_14)
                .withCycleBasis(CycleBasis.FROM_RECOGNITION)
                .withProcedure(procedure())
                .withPanel(3, List.of(new PanelSeat(XinzhouPanel.FINANCE, 1,
                                text("至少一名财务专家", "At least one finance expert"))), Aggregation.MEAN,
                        Set.of(Avoidance.APPLICANT_UNIT, Avoidance.CO_BUILDERS, Avoidance.DECLARED_CONFLICT),
                        List.of(new IndustryCluster(XinzhouPanel.FINANCE, text("财务", "Finance"))));
    }

    /** 第十四条 with 第五条's supervising department: self-assessment → review → acceptance → expert scoring (practice). */
    static EvaluationProcedure procedure() {
        return new EvaluationProcedure(List.of(
                new EvaluationStep("SELF_ASSESSMENT", text("绩效自评", "Self-assessment"), Actor.APPLICANT,
                        EvaluationStepKind.SELF_ASSESSMENT, 20, "SELF_EVALUATION", ART_14, false),
                new EvaluationStep("SUPERVISOR_REVIEW", text("组织管理部门审核", "Supervising department's review"),
                        Actor.RECOMMENDING_BODY, EvaluationStepKind.REVIEW, 10, null, Articles.ART_5, true),
                new EvaluationStep("BUREAU_ACCEPTANCE", text("市科技局受理", "Bureau's acceptance"), Actor.AUTHORITY,
                        EvaluationStepKind.ACCEPTANCE, 10, null, ART_14, true),
                new EvaluationStep("EXPERT_SCORING", text("专家评估", "Expert evaluation"), Actor.EXPERT_PANEL,
                        EvaluationStepKind.PANEL_SCORING, 20, null, ART_14, false)), ART_14);
    }

    /** Practice: five groups weighing 100 points, following what 第二、十一、十二、十三条 expect of a center. */
    private static List<Indicator> indicators() {
        return List.of(
                Indicator.group("INNOVATION", text("创新能力与成果", "Innovation capacity and results"),
                        leaf("RD_INPUT", "研发投入强度", "R&D input", 10),
                        leaf("KEY_TECHNOLOGIES", "关键共性技术攻关", "Key and common technologies", 10),
                        leaf("IP_OUTPUT", "知识产权与标准", "Intellectual property and standards", 10)),
                Indicator.group("TRANSFER", text("成果转移转化", "Transfer and commercialisation"),
                        leaf("COMMERCIALISATION", "成果转化项目与收益", "Commercialised results and income", 15),
                        leaf("INCUBATION", "科技型中小企业孵化培育", "Incubation of S&T SMEs", 10)),
                Indicator.group("PUBLIC_SERVICE", text("公共服务", "Public services"),
                        leaf("SERVICE_VOLUME", "对外服务数量与收入", "Services delivered and income", 10),
                        leaf("SERVICE_QUALITY", "服务能力与用户评价", "Service capacity and users' opinion", 10)),
                Indicator.group("MANAGEMENT", text("运行管理", "Operation and management"),
                        leaf("GOVERNANCE", "理事会决策、主任负责、专家委员会咨询机制", "Governance (board, director, expert committee)", 8),
                        leaf("INVESTMENT", "牵头单位与共建单位投入", "Investment by the lead unit and co-builders", 7)),
                Indicator.group("OPENNESS", text("开放合作", "Openness and cooperation"),
                        leaf("COOPERATION", "产学研协同与开放共享", "Industry-academia cooperation and sharing", 5),
                        leaf("TALENT", "人才引进与培养", "Attracting and training talent", 5)));
    }

    /** Practice: the four-grade scale of the provincial scheme. */
    private static List<Grade> grades() {
        return List.of(
                new Grade(EXCELLENT, text("优秀", "Excellent"), BigDecimal.valueOf(90), true),
                new Grade(GOOD, text("良好", "Good"), BigDecimal.valueOf(80), true),
                new Grade(QUALIFIED, text("合格", "Qualified"), BigDecimal.valueOf(60), true),
                new Grade(FAILED, text("不合格", "Failed"), BigDecimal.ZERO, false));
    }

    static EvaluationDecision decide(Grade grade, EvaluationHistory history, PolicySettings settings) {
        boolean again = history.previousFailures() >= 1 || history.underRectification();
        if (history.submissionMissing()) {
            Outcome chosen = Outcome.valueOf(settings.value(XinzhouSettings.EVALUATION_MISSING_SUBMISSION));
            Outcome outcome = again ? Outcome.REVOKE : chosen;
            int months = outcome == Outcome.RECTIFY ? settings.intValue(XinzhouSettings.RECTIFICATION_MONTHS) : 0;
            return new EvaluationDecision(outcome, false, false, months, text(
                    "未按期提交评估材料（办法未作规定，按设置处理" + (again ? "；此前已不合格或正在整改" : "") + "）：" + name(outcome),
                    "No evaluation submitted (the measures are silent; as set" + (again ? "; failed before" : "")
                            + "): " + outcome));
        }
        if (EXCELLENT.equals(grade.code())) {
            return new EvaluationDecision(Outcome.RETAIN, true, true, 0, text(
                    "评估优秀，保留；运行良好、成绩突出，市科技计划项目给予重点支持，优先推荐申报省级技术创新中心（第十四条）",
                    "Excellent: retained; outstanding, with priority support and recommendation to the province (art. 14)"));
        }
        if (grade.passing()) {
            return new EvaluationDecision(Outcome.RETAIN, false, text(
                    "评估" + grade.name().zh() + "，保留（第十四条）", grade.name().en() + ": retained (art. 14)"));
        }
        if (again) {
            return new EvaluationDecision(Outcome.REVOKE, false, text(
                    "评估不合格，且此前已不合格或正在整改，撤销（第十四条）",
                    "Failed again, or while rectifying: revoked (art. 14)"));
        }
        int months = settings.intValue(XinzhouSettings.RECTIFICATION_MONTHS);
        return new EvaluationDecision(Outcome.RECTIFY, false, false, months, text(
                "评估不合格，限期整改" + months + "个月（第十四条）",
                "Failed: rectify within " + months + " months (art. 14)"));
    }

    private static String name(Outcome outcome) {
        return switch (outcome) {
            case RETAIN -> "保留";
            case RECTIFY -> "整改";
            case REVOKE -> "撤销";
            case CONFIRM -> "确认";
        };
    }

    private static Indicator leaf(String code, String zh, String en, long weight) {
        return Indicator.leaf(code, text(zh, en), weight);
    }
}
