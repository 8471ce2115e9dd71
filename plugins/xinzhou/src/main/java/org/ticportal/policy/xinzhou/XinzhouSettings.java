package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.xinzhou.Articles.ART_14;
import static org.ticportal.policy.xinzhou.Articles.ART_17;
import static org.ticportal.policy.xinzhou.Articles.ART_4;
import static org.ticportal.policy.xinzhou.Articles.ART_5;
import static org.ticportal.policy.xinzhou.Articles.ART_9_2;
import static org.ticportal.policy.xinzhou.Articles.ART_9_3;
import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.List;

import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingKeys;
import org.ticportal.policy.api.setting.SettingType;

/** Values the measures leave open; each help text says what the measures say, or that they are silent. */
final class XinzhouSettings {

    static final String RECTIFICATION_MONTHS = "rectification.months";
    static final String NOTICE_CLOSING_TIME = "notice.closingTime";
    static final String FUNCTIONAL_ZONES_MAY_RECOMMEND = "recommend.functionalZonesMayRecommend";
    static final String EVALUATION_MISSING_SUBMISSION = "evaluation.missingSubmission";
    static final String EFFECTIVE_DATE = "policy.effectiveDate";
    static final String OBJECTION_HANDLING_DAYS = "objection.handlingWorkingDays";
    static final String ROLLING_FILING = "call.rollingFiling";

    private XinzhouSettings() {
    }

    static List<SettingDefinition> settings() {
        return List.of(
                new SettingDefinition(RECTIFICATION_MONTHS, text("整改期限（月）", "Rectification period (months)"),
                        text("第十四条规定评估后可决定“整改”，但未规定整改期限；默认6个月，期满复查。",
                                "Art. 14 allows rectification after an evaluation but sets no period; 6 months by"
                                        + " default, then a re-check."),
                        SettingType.INTEGER, "6", List.of(), ART_14),
                new SettingDefinition(NOTICE_CLOSING_TIME, text("公示截止时间", "Time the notice closes"),
                        text("第九条第（三）项规定公示5个工作日，未规定末日几点截止；默认末日17:30（工作时间结束），"
                                        + "此后收到的异议为逾期异议。",
                                "Art. 9(3) sets 5 working days but not the hour of the last day; 17:30 (end of office"
                                        + " hours) by default, objections after it are late."),
                        SettingType.TIME, "17:30", List.of(), ART_9_3),
                new SettingDefinition(FUNCTIONAL_ZONES_MAY_RECOMMEND,
                        text("开发区、风景区管委会可审核推荐", "Functional zones may recommend"),
                        text("第五条只列县（市、区）科技管理部门、市直有关部门和各主管部门为组织管理部门，未提及忻州经济开发区、"
                                        + "五台山风景名胜区管委会；市级文件通常将其与县（市、区）并列。默认允许其审核推荐本区单位；"
                                        + "关闭后，区内单位经所在县（市、区）推荐。",
                                "Art. 5 names county S&T bodies, municipal departments and competent departments, not the"
                                        + " management committees of the development zone and the Wutai scenic area;"
                                        + " municipal documents usually treat them like counties. On by default; when off,"
                                        + " units there go through their county."),
                        SettingType.BOOLEAN, "true", List.of(), ART_5),
                new SettingDefinition(EVALUATION_MISSING_SUBMISSION,
                        text("未按期提交评估材料的处理", "When a center submits no evaluation"),
                        text("第十四条对未参加评估或未提交评估材料的中心未作规定。默认“撤销”（REVOKE），与本办法所参照的"
                                        + "山西省做法一致（未提交视为不合格并撤销）；选“整改”（RECTIFY）则首次按不合格限期整改，"
                                        + "再次发生的撤销。",
                                "Art. 14 is silent on a center that submits nothing. REVOKE by default, as in the"
                                        + " provincial practice these measures follow (no report counts as failed and is"
                                        + " revoked); RECTIFY treats a first miss as a failure to rectify, a repeated one"
                                        + " is revoked."),
                        SettingType.CHOICE, "REVOKE", List.of("RECTIFY", "REVOKE"), ART_14),
                new SettingDefinition(EFFECTIVE_DATE, text("办法施行日期", "Date the measures apply from"),
                        text("第十七条规定“自印发之日起施行”，但印发日期未见于文本；请市科技局按印发通知填写。",
                                "Art. 17: in force from the date of issue, which the text does not give; the bureau"
                                        + " enters it from the issuing notice."),
                        SettingType.DATE, "", List.of(), ART_17),
                new SettingDefinition(OBJECTION_HANDLING_DAYS, text("异议处理时限（工作日）", "Working days to handle an objection"),
                        text("第九条第（三）项只规定公示期内无异议的予以认定，未规定异议处理时限；默认10个工作日（实践做法）。",
                                "Art. 9(3) only says a center is recognised when there is no objection; it sets no time"
                                        + " to handle one. 10 working days by default (practice)."),
                        SettingType.INTEGER, String.valueOf(XinzhouNotice.OBJECTION_HANDLING_DAYS), List.of(), ART_9_3),
                new SettingDefinition(ROLLING_FILING, text("批次外可随时申报", "Filing outside calls allowed"),
                        text("第四条“成熟一个，认定一个”：单位条件成熟即可申报，不必等待申报批次；默认允许。关闭后只能在市科技局"
                                        + "开放的申报批次内申报。",
                                "Art. 4, \"recognise one when it is ready\": a unit may apply whenever it is ready, without"
                                        + " waiting for a call; on by default. When off, applications are filed only in"
                                        + " a call the bureau has opened."),
                        SettingType.BOOLEAN, "true", List.of(), ART_4),
                new SettingDefinition(SettingKeys.REMINDER_WORKING_DAYS,
                        text("到期提醒（提前工作日数）", "Reminder before a time limit (working days)"),
                        text("第九条为复核等环节规定了工作日时限，未规定提醒；默认在时限届满前2个工作日提醒待办人员一次，0为不提醒。",
                                "Art. 9 sets time limits in working days (e.g. the re-check) but no reminders; by"
                                        + " default those who must act are reminded once 2 working days before the"
                                        + " limit ends, 0 reminds nobody."),
                        SettingType.INTEGER, "2", List.of(), ART_9_2));
    }
}
