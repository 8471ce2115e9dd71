package org.ticportal.policy.xinzhou;

import static org.ticportal.policy.api.procedure.Actor.APPLICANT;
import static org.ticportal.policy.api.procedure.Actor.AUTHORITY;
import static org.ticportal.policy.api.procedure.Actor.DECISION_BODY;
import static org.ticportal.policy.api.procedure.Actor.EXPERT_PANEL;
import static org.ticportal.policy.api.procedure.Actor.RECOMMENDING_BODY;
import static org.ticportal.policy.api.procedure.Actor.SYSTEM;
import static org.ticportal.policy.xinzhou.Articles.ART_8;
import static org.ticportal.policy.xinzhou.Articles.ART_9;
import static org.ticportal.policy.xinzhou.Articles.ART_9_1;
import static org.ticportal.policy.xinzhou.Articles.ART_9_2;
import static org.ticportal.policy.xinzhou.Articles.ART_9_3;
import static org.ticportal.policy.xinzhou.Articles.text;

import java.util.ArrayList;
import java.util.List;

import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The recognition procedure of 第九条 (DOMAIN.md §6): application through the county or directly, bureau re-check,
 * expert argumentation, plan revision, the Party-group meeting, the 5-working-day notice, recognition.
 *
 * <p>Deadlines marked "practice" are not in the measures: they are what bureaus usually allow. The notice's length
 * lives in {@link XinzhouNotice}, not here.
 */
final class XinzhouProcedure {

    static final String DRAFT = "DRAFT";
    static final String COUNTY_REVIEW = "COUNTY_REVIEW";
    static final String BUREAU_RECHECK = "BUREAU_RECHECK";
    static final String EXPERT_ARGUMENTATION = "EXPERT_ARGUMENTATION";
    static final String PLAN_REVISION = "PLAN_REVISION";
    static final String PARTY_GROUP_REVIEW = "PARTY_GROUP_REVIEW";
    static final String PUBLIC_NOTICE = "PUBLIC_NOTICE";
    static final String OBJECTION_HANDLING = "OBJECTION_HANDLING";
    static final String RECOGNIZED = "RECOGNIZED";
    static final String REJECTED = "REJECTED";
    static final String WITHDRAWN = "WITHDRAWN";

    /** Form codes the transitions show (shipped by {@link XinzhouDocuments}). */
    static final String FORM_RECOMMENDATION = DocumentTemplate.RECOMMENDATION_FORM;
    static final String FORM_EXPERT_CONCLUSION = DocumentTemplate.EXPERT_CONCLUSION_FORM;
    static final String FORM_PARTY_GROUP = DocumentTemplate.PARTY_GROUP_FORM;
    static final String FORM_OBJECTION = DocumentTemplate.OBJECTION_FORM;
    /** The applicant's revised construction plan after the argumentation. */
    static final String FORM_PLAN_REVISION = "PLAN_REVISION";

    /** Field keys of those forms that guards read. */
    static final String EXPERT_PANEL_CONCLUSION = "expert.panelConclusion";
    static final String PARTY_GROUP_MEETING_DATE = "partyGroup.meetingDate";
    static final String PARTY_GROUP_MINUTES_NUMBER = "partyGroup.minutesNumber";

    private XinzhouProcedure() {
    }

    static Procedure procedure() {
        return new Procedure(DRAFT, stages(), transitions());
    }

    private static List<Stage> stages() {
        return List.of(
                Stage.of(DRAFT, text("填写申请书", "Drafting the application"), StageKind.DRAFT, ART_9_1),
                // practice: 10 working days for the county's review and recommendation
                Stage.of(COUNTY_REVIEW, text("县（市、区）科技主管部门审核推荐", "County review and recommendation"),
                        StageKind.REVIEW, ART_9_1).withDeadline(10),
                // practice: 10 working days for the bureau's re-check
                Stage.of(BUREAU_RECHECK, text("市科技局复核", "Bureau re-check"), StageKind.REVIEW, ART_9_2).withDeadline(10),
                // practice: 20 working days to organise the site visit and on-site defense; optional, so that a
                // conversion (第十六条) may take a simplified path
                Stage.of(EXPERT_ARGUMENTATION, text("专家论证（实地考察、现场答辩）", "Expert argumentation (site visit, defense)"),
                        StageKind.EXPERT_REVIEW, ART_9_2).withDeadline(20).asOptional(),
                // practice: 15 working days to revise the construction plan after the experts' opinions
                Stage.of(PLAN_REVISION, text("根据专家意见完善建设方案", "Revising the construction plan"),
                        StageKind.DRAFT, ART_9_2).withDeadline(15),
                Stage.of(PARTY_GROUP_REVIEW, text("市科技局党组会议研究", "Party leadership group meeting"),
                        StageKind.DECISION, ART_9_3),
                // the 5 working days are NoticeRules.workingDays
                Stage.of(PUBLIC_NOTICE, text("市科技局网站公示", "Public notice"), StageKind.NOTICE, ART_9_3),
                // practice: 10 working days to handle an objection (setting objection.handlingWorkingDays)
                Stage.of(OBJECTION_HANDLING, text("异议处理", "Handling an objection"), StageKind.OBJECTION, ART_9_3)
                        .withDeadlineSetting(XinzhouSettings.OBJECTION_HANDLING_DAYS,
                                XinzhouNotice.OBJECTION_HANDLING_DAYS),
                Stage.of(RECOGNIZED, text("认定为忻州市技术创新中心", "Recognised"), StageKind.RECOGNIZED, ART_9_3),
                Stage.of(REJECTED, text("不予认定", "Not recognised"), StageKind.REJECTED, ART_9),
                // practice: the measures do not mention withdrawal
                Stage.of(WITHDRAWN, text("申请单位撤回", "Withdrawn"), StageKind.WITHDRAWN, ART_9));
    }

    private static List<Transition> transitions() {
        List<Transition> t = new ArrayList<>(List.of(
                // 第九条第（一）项: county units through their S&T body, municipal units directly
                Transition.of("SUBMIT_TO_COUNTY", DRAFT, COUNTY_REVIEW, text("提交县（市、区）科技主管部门审核", "Submit to the county"),
                        APPLICANT, ART_9_1).withGuards(guard(GuardKind.ELIGIBILITY_PASSED, "", ART_8), stamped())
                        .onlyFor(SubmissionChannel.RECOMMENDED),
                Transition.of("SUBMIT_TO_BUREAU", DRAFT, BUREAU_RECHECK, text("直接上报市科技局", "Submit to the bureau"),
                        APPLICANT, ART_9_1).withGuards(guard(GuardKind.ELIGIBILITY_PASSED, "", ART_8), stamped())
                        .onlyFor(SubmissionChannel.DIRECT),
                Transition.of("RECOMMEND", COUNTY_REVIEW, BUREAU_RECHECK, text("审核同意并出具正式推荐文件", "Recommend"),
                        RECOMMENDING_BODY, ART_9_1).withForm(FORM_RECOMMENDATION)
                        .withGuards(guard(GuardKind.FIELD_PRESENT, FieldKeys.RECOMMENDATION_LETTER_NO, ART_9_1),
                                guard(GuardKind.EVIDENCE_PRESENT, EvidenceCodes.RECOMMENDATION_LETTER, ART_9_1))
                        .onlyFor(SubmissionChannel.RECOMMENDED),
                Transition.of("RETURN", COUNTY_REVIEW, DRAFT, text("退回修改", "Return for revision"),
                        RECOMMENDING_BODY, ART_9_1).withGuards(comment(ART_9_1)).onlyFor(SubmissionChannel.RECOMMENDED),
                Transition.of("REJECT", COUNTY_REVIEW, REJECTED, text("不予推荐", "Refuse to recommend"),
                        RECOMMENDING_BODY, ART_9_1).withGuards(comment(ART_9_1)).onlyFor(SubmissionChannel.RECOMMENDED),
                // 第九条第（二）项: the bureau re-checks the file
                Transition.of("RETURN", BUREAU_RECHECK, DRAFT, text("退回修改", "Return for revision"), AUTHORITY, ART_9_2)
                        .withGuards(comment(ART_9_2)),
                Transition.of("REJECT", BUREAU_RECHECK, REJECTED, text("复核不通过", "Reject"), AUTHORITY, ART_9_2)
                        .withGuards(comment(ART_9_2)),
                Transition.of("ACCEPT", BUREAU_RECHECK, EXPERT_ARGUMENTATION, text("复核通过，组织专家论证", "Accept for argumentation"),
                        AUTHORITY, ART_9_2),
                // 第九条第（二）项: site visit and on-site defense; 第九条第（三）项: only those that qualify go on
                Transition.of("RECOMMENDED", EXPERT_ARGUMENTATION, PLAN_REVISION, text("专家论证通过", "Experts recommend"),
                        EXPERT_PANEL, ART_9_2).withForm(FORM_EXPERT_CONCLUSION)
                        .withGuards(guard(GuardKind.FIELD_PRESENT, EXPERT_PANEL_CONCLUSION, ART_9_2)),
                Transition.of("NOT_RECOMMENDED", EXPERT_ARGUMENTATION, REJECTED, text("专家论证未通过", "Experts do not recommend"),
                        EXPERT_PANEL, ART_9_3).withForm(FORM_EXPERT_CONCLUSION)
                        .withGuards(guard(GuardKind.FIELD_PRESENT, EXPERT_PANEL_CONCLUSION, ART_9_3), comment(ART_9_3)),
                Transition.of("RESUBMIT_PLAN", PLAN_REVISION, PARTY_GROUP_REVIEW, text("提交完善后的建设方案", "Submit the revised plan"),
                        APPLICANT, ART_9_2).withForm(FORM_PLAN_REVISION)
                        // a new version of the plan: the one filed with the application does not count
                        .withGuards(guard(GuardKind.EVIDENCE_UPLOADED_IN_STAGE, EvidenceCodes.CONSTRUCTION_PLAN, ART_9_2)),
                // 第九条第（三）项: the Party leadership group meeting decides
                Transition.of("PASSED", PARTY_GROUP_REVIEW, PUBLIC_NOTICE, text("党组会议通过", "Passed by the meeting"),
                        DECISION_BODY, ART_9_3).withForm(FORM_PARTY_GROUP).withGuards(meeting()),
                Transition.of("NOT_PASSED", PARTY_GROUP_REVIEW, REJECTED, text("党组会议未通过", "Not passed"),
                        DECISION_BODY, ART_9_3).withForm(FORM_PARTY_GROUP).withGuards(meeting()).withGuards(comment(ART_9_3)),
                Transition.of("DEFERRED", PARTY_GROUP_REVIEW, PARTY_GROUP_REVIEW, text("暂缓研究", "Deferred"),
                        DECISION_BODY, ART_9_3).withForm(FORM_PARTY_GROUP).withGuards(comment(ART_9_3)),
                // 第九条第（三）项: 公示期内无异议的，认定为市级技术创新中心
                Transition.of("END_WITHOUT_OBJECTION", PUBLIC_NOTICE, RECOGNIZED, text("公示期满无异议，予以认定", "Notice ended without objection"),
                        SYSTEM, ART_9_3).withGuards(guard(GuardKind.NOTICE_ENDED, "", ART_9_3),
                                guard(GuardKind.NO_OPEN_OBJECTION, "", ART_9_3)),
                Transition.of("OBJECTION_RECEIVED", PUBLIC_NOTICE, OBJECTION_HANDLING, text("收到异议", "Objection received"),
                        AUTHORITY, ART_9_3).withForm(FORM_OBJECTION),
                // a dismissed objection recognises the center only once the notice period is over (公示期内无异议)
                Transition.of("DISMISS", OBJECTION_HANDLING, RECOGNIZED, text("异议不成立，予以认定", "Objection dismissed"),
                        AUTHORITY, ART_9_3).withGuards(comment(ART_9_3), guard(GuardKind.NOTICE_ENDED, "", ART_9_3)),
                Transition.of("UPHOLD", OBJECTION_HANDLING, REJECTED, text("异议成立，不予认定", "Objection upheld"),
                        AUTHORITY, ART_9_3).withGuards(comment(ART_9_3))));
        // practice: the applicant may withdraw at any open stage
        for (String open : List.of(DRAFT, COUNTY_REVIEW, BUREAU_RECHECK, EXPERT_ARGUMENTATION, PLAN_REVISION,
                PARTY_GROUP_REVIEW, PUBLIC_NOTICE, OBJECTION_HANDLING)) {
            t.add(Transition.of("WITHDRAW", open, WITHDRAWN, text("撤回申请", "Withdraw"), APPLICANT, ART_9));
        }
        return t;
    }

    private static Guard guard(GuardKind kind, String reference, String article) {
        return new Guard(kind, reference, article);
    }

    /** The application leaves the unit stamped: the portal's PDF of it, sealed and scanned (第九条第（一）项 申报). */
    private static Guard stamped() {
        return new Guard(GuardKind.EVIDENCE_PRESENT, EvidenceCodes.STAMPED_APPLICATION, ART_9_1);
    }

    private static Guard comment(String article) {
        return new Guard(GuardKind.COMMENT_PRESENT, "", article);
    }

    private static Guard[] meeting() {
        return new Guard[] {guard(GuardKind.FIELD_PRESENT, PARTY_GROUP_MEETING_DATE, ART_9_3),
                guard(GuardKind.FIELD_PRESENT, PARTY_GROUP_MINUTES_NUMBER, ART_9_3)};
    }
}
