package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.CALL_2021;
import static org.ticportal.policy.shanxi.Sources.DEFAULT;
import static org.ticportal.policy.shanxi.Sources.MEASURES;
import static org.ticportal.policy.shanxi.Sources.PRACTICE;
import static org.ticportal.policy.shanxi.Sources.both;
import static org.ticportal.policy.shanxi.Sources.measures;
import static org.ticportal.policy.shanxi.Sources.text;

import java.util.List;

import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.notice.ObjectionRules;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingKeys;
import org.ticportal.policy.api.setting.SettingType;

/**
 * What the sources leave open, as settings with their defaults, and the public-notice rules.
 *
 * <p>The notice's length (5 working days) is the Xinzhou figure; no provincial source states one, so it is a default
 * to be confirmed. The API keeps the notice length in {@link NoticeRules} rather than in a setting.
 */
final class ShanxiSettings {

    static final String RECTIFICATION_MONTHS = "rectification.months";
    static final String NOTICE_CLOSING_TIME = "notice.closingTime";
    static final String PAPER_COPY_REQUIRED = "call.paperCopyRequired";
    static final String EFFECTIVE_DATE = "policy.effectiveDate";
    static final String OBJECTION_HANDLING_WORKING_DAYS = "objection.handlingWorkingDays";
    static final String UNIT_ADMINISTRATOR_REVIEW = "workflow.unitAdministratorReview";

    /** Default rectification period (months). */
    static final int RECTIFY_MONTHS = 12;
    /** Default time the authority has to handle an objection (working days). */
    static final int OBJECTION_HANDLING_DAYS = 10;
    /** Default notice length (working days). */
    static final int NOTICE_WORKING_DAYS = 5;

    private ShanxiSettings() {
    }

    static List<SettingDefinition> settings() {
        return List.of(
                new SettingDefinition(RECTIFICATION_MONTHS, text("整改期限（月）", "Rectification period (months)"),
                        text("评估不合格的中心限期整改的月数。省级文件未载明，默认12个月（待核实）。",
                                "Months a center graded 不合格 has to rectify. No provincial source states it: "
                                        + "default 12, to be confirmed."),
                        SettingType.INTEGER, String.valueOf(RECTIFY_MONTHS), List.of(), DEFAULT),
                new SettingDefinition(NOTICE_CLOSING_TIME, text("公示截止时间", "Time the notice closes"),
                        text("公示期最后一个工作日受理异议的截止时间（通行做法：17:30）。",
                                "Time of day objections close on the notice's last working day (practice: 17:30)."),
                        SettingType.TIME, "17:30", List.of(), PRACTICE),
                new SettingDefinition(PAPER_COPY_REQUIRED, text("须报送纸质申报材料", "Paper copy required"),
                        text("省级申报通知要求网上申报后另行报送纸质申报书，并分别规定截止时间；形式审查时核对纸质材料。",
                                "Provincial calls require a paper copy of the online application, with its own "
                                        + "deadline; the formal review checks it."),
                        SettingType.BOOLEAN, "true", List.of(), CALL_2021),
                new SettingDefinition(EFFECTIVE_DATE, text("施行日期", "Effective date"),
                        text("晋科发〔2020〕64号的施行日期未能核实，由省科技厅填写。",
                                "The date 晋科发〔2020〕64号 applies from could not be verified: the department "
                                        + "enters it."),
                        SettingType.DATE, "", List.of(), MEASURES),
                new SettingDefinition(OBJECTION_HANDLING_WORKING_DAYS,
                        text("异议处理时限（工作日）", "Objection handling time (working days)"),
                        text("受理异议后调查核实并答复的时限。文件未载明，默认10个工作日（通行做法，待核实）。",
                                "Working days to look into an objection and answer it. Not stated: default 10 "
                                        + "(practice, to be confirmed)."),
                        SettingType.INTEGER, String.valueOf(OBJECTION_HANDLING_DAYS), List.of(),
                        both(PRACTICE, DEFAULT)),
                new SettingDefinition(UNIT_ADMINISTRATOR_REVIEW,
                        text("申报单位管理员审核", "Approval by the unit's administrator"),
                        text("申请书提交后先由申报单位管理员审核，通过后方报送推荐单位（省级申报系统通行做法）。关闭后申请人直接提交推荐单位；"
                                        + "已在单位审核中的申请仍由单位管理员办理。",
                                "A submitted application first goes to its unit's administrator, who sends it on to "
                                        + "the recommending body (practice of provincial systems). Off: the applicant "
                                        + "submits straight to the recommending body; cases already in the unit's "
                                        + "review stay with its administrator."),
                        SettingType.BOOLEAN, "true", List.of(), PRACTICE),
                new SettingDefinition(SettingKeys.REMINDER_WORKING_DAYS,
                        text("到期提醒（提前工作日数）", "Reminder before a time limit (working days)"),
                        text("办理时限届满前提醒待办人员一次的提前工作日数；文件未载明，默认2个工作日（通行做法），0为不提醒。",
                                "Working days before a time limit ends at which those who must act are reminded "
                                        + "once. Not stated: default 2 (practice); 0 reminds nobody."),
                        SettingType.INTEGER, "2", List.of(), PRACTICE));
    }

    static NoticeRules notice() {
        return new NoticeRules(NOTICE_WORKING_DAYS, true, "山西省科技厅网站",
                new ObjectionRules(true, true, true, true, OBJECTION_HANDLING_DAYS,
                        text("对公示内容有异议的，请于公示期内以书面形式向山西省科学技术厅提出。单位提出异议的须加盖单位公章，"
                                        + "个人提出异议的须签署真实姓名并注明联系方式。逾期或匿名的异议不予受理。",
                                "Objections must reach the Shanxi Provincial Department of Science and Technology "
                                        + "in writing within the notice period. A unit stamps its objection; a person "
                                        + "signs with their real name and contact details. Late or anonymous "
                                        + "objections are not accepted.")),
                both(measures("第九条第（三）项"), "公示期5个工作日为" + DEFAULT));
    }
}
