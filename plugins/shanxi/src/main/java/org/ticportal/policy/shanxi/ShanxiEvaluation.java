package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.DEFAULT;
import static org.ticportal.policy.shanxi.Sources.EVALUATION_PRACTICE;
import static org.ticportal.policy.shanxi.Sources.PRACTICE;
import static org.ticportal.policy.shanxi.Sources.both;
import static org.ticportal.policy.shanxi.Sources.measures;
import static org.ticportal.policy.shanxi.Sources.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.EvaluationHistory;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * Performance evaluation (绩效评估): every three years (default, to be confirmed), an indicator tree of 100 points
 * (practice), the four grades 优秀/良好/合格/不合格 of a related provincial scheme, and their outcomes.
 *
 * <p>Outstanding centers are recommended to the national level, where Xinzhou recommends them to the province. A
 * center that submits no evaluation report is graded 不合格 and revoked: the province fixes that, so it is not a
 * setting.
 */
final class ShanxiEvaluation {

    static final String EXCELLENT = "EXCELLENT";
    static final String GOOD = "GOOD";
    static final String QUALIFIED = "QUALIFIED";
    static final String UNQUALIFIED = "UNQUALIFIED";
    /** The share of a batch that may be graded 优秀 (practice). */
    static final int EXCELLENT_QUOTA_PERCENT = 20;
    /** The evaluation cycle (default, to be confirmed). */
    static final int CYCLE_YEARS = 3;

    static final String ARTICLE = both(measures("第十四条"), "周期三年、整改期为" + DEFAULT + "；等级划分参照"
            + EVALUATION_PRACTICE + "；指标体系与优秀比例为" + PRACTICE);

    private ShanxiEvaluation() {
    }

    static EvaluationScheme evaluation() {
        return new EvaluationScheme(CYCLE_YEARS, indicators(), grades(), ShanxiEvaluation::decide,
                text("优秀（≥85分）保留并优先推荐申报国家技术创新中心；良好（≥75分，默认值待核实）、合格（≥65分）保留；"
                                + "不合格限期整改，已在整改或连续不合格的撤销；未提交评估材料视为不合格并撤销。"
                                + "优秀比例不超过参评中心的20%（通行做法）。",
                        "Excellent (≥85) retained and recommended to the national level; good (≥75, default) and "
                                + "qualified (≥65) retained; unqualified rectifies, or is revoked when already "
                                + "rectifying or failing again; no report submitted counts as unqualified and is "
                                + "revoked. At most 20% of a batch graded excellent (practice)."),
                Map.of(EXCELLENT, EXCELLENT_QUOTA_PERCENT), ShanxiSettings.RECTIFY_MONTHS, ARTICLE);
    }

    /** The indicator tree (practice): capability, innovation, transfer and services, management; 100 points. */
    static List<Indicator> indicators() {
        return List.of(
                Indicator.group("CAPABILITY", text("研发条件与能力", "R&D conditions and capability"),
                        leaf("RD_INPUT", "研发投入与配套经费落实", "R&D input and matching funds", 10),
                        leaf("TEAM", "人才队伍建设", "Team and talent", 10),
                        leaf("FACILITIES", "场地与仪器设备", "Premises and equipment", 10)),
                Indicator.group("INNOVATION", text("技术创新与成果", "Innovation and results"),
                        leaf("KEY_TECHNOLOGIES", "关键共性技术突破", "Key common technologies", 15),
                        leaf("IP_STANDARDS", "知识产权与标准", "IP and standards", 15)),
                Indicator.group("TRANSFER", text("成果转化与服务", "Transfer and services"),
                        leaf("INDUSTRIALISATION", "成果转移转化与产业化", "Transfer and industrialisation", 15),
                        leaf("PUBLIC_SERVICES", "公共服务与企业孵化", "Public services and incubation", 10)),
                Indicator.group("MANAGEMENT", text("运行管理", "Management"),
                        leaf("GOVERNANCE", "治理结构与制度建设", "Governance and rules", 5),
                        leaf("OPEN_COOPERATION", "开放合作与协同创新", "Open cooperation", 5),
                        leaf("DIRECTIONS", "研究方向落实", "Research directions carried out", 5)));
    }

    static List<Grade> grades() {
        return List.of(
                new Grade(EXCELLENT, text("优秀", "Excellent"), BigDecimal.valueOf(85), true),
                new Grade(GOOD, text("良好", "Good"), BigDecimal.valueOf(75), true),
                new Grade(QUALIFIED, text("合格", "Qualified"), BigDecimal.valueOf(65), true),
                new Grade(UNQUALIFIED, text("不合格", "Unqualified"), BigDecimal.ZERO, false));
    }

    static EvaluationDecision decide(Grade grade, EvaluationHistory history, PolicySettings settings) {
        if (history.submissionMissing()) {
            return new EvaluationDecision(Outcome.REVOKE, false, reason(
                    "未按要求提交评估材料，视为不合格，予以撤销", "No evaluation report submitted: unqualified, revoked",
                    EVALUATION_PRACTICE));
        }
        if (!grade.passing()) {
            if (history.underRectification() || history.previousFailures() > 0) {
                return new EvaluationDecision(Outcome.REVOKE, false, reason(
                        "评估不合格且已在整改或连续不合格，予以撤销",
                        "Unqualified while rectifying or again: revoked", ARTICLE));
            }
            int months = settings.intValue(ShanxiSettings.RECTIFICATION_MONTHS);
            return new EvaluationDecision(Outcome.RECTIFY, false, reason(
                    "评估不合格，限期" + months + "个月整改", "Unqualified: rectify within " + months + " months",
                    ARTICLE));
        }
        if (EXCELLENT.equals(grade.code())) {
            return new EvaluationDecision(Outcome.RETAIN, true, reason(
                    "评估优秀，予以保留，优先推荐申报国家技术创新中心",
                    "Excellent: retained and recommended to the national level", ARTICLE));
        }
        return new EvaluationDecision(Outcome.RETAIN, false, reason(
                "评估" + grade.name().zh() + "，予以保留", grade.name().en() + ": retained", ARTICLE));
    }

    private static LocalizedText reason(String zh, String en, String source) {
        return text(zh + "（" + source + "）", en + " (" + source + ")");
    }

    private static Indicator leaf(String code, String zh, String en, long weight) {
        return Indicator.leaf(code, text(zh, en), weight);
    }
}
