package org.ticportal.policy.shanxi;

import static org.ticportal.policy.shanxi.Sources.CALLS;
import static org.ticportal.policy.shanxi.Sources.CALL_2021;
import static org.ticportal.policy.shanxi.Sources.DEFAULT;
import static org.ticportal.policy.shanxi.Sources.PRACTICE;
import static org.ticportal.policy.shanxi.Sources.both;
import static org.ticportal.policy.shanxi.Sources.measures;
import static org.ticportal.policy.shanxi.Sources.text;

import java.util.ArrayList;
import java.util.List;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EvidenceCodes;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The provincial recognition procedure: the unit's administrator approves the submission (单位审核, as provincial
 * systems have it; a setting, on by default), the city bureau (or the department in charge) recommends, the provincial
 * department checks the online submission and the paper copy (形式审查), experts review (专家评审) and may visit the
 * site (现场考察), the department's Party leadership group decides (厅党组会议), and the result is publicly noticed
 * (公示) before recognition.
 *
 * <p>Unlike Xinzhou there is no direct channel: every application is recommended ("归口管理、逐级申报").
 */
final class ShanxiProcedure {

    static final String DRAFT = "DRAFT";
    static final String UNIT_REVIEW = "UNIT_REVIEW";
    static final String RECOMMENDING_REVIEW = "RECOMMENDING_REVIEW";
    static final String FORMAL_REVIEW = "FORMAL_REVIEW";
    static final String EXPERT_REVIEW = "EXPERT_REVIEW";
    static final String SITE_INSPECTION = "SITE_INSPECTION";
    static final String PARTY_GROUP_REVIEW = "PARTY_GROUP_REVIEW";
    static final String PUBLIC_NOTICE = "PUBLIC_NOTICE";
    static final String OBJECTION_HANDLING = "OBJECTION_HANDLING";
    static final String RECOGNIZED = "RECOGNIZED";
    static final String REJECTED = "REJECTED";
    static final String WITHDRAWN = "WITHDRAWN";

    /** The field of the formal-review form recording when the paper copy arrived. */
    static final String PAPER_COPY_RECEIVED = "paperCopy.receivedDate";

    private static final String ART_9_1 = measures("第九条第（一）项");
    private static final String ART_9_2 = measures("第九条第（二）项");
    private static final String ART_9_3 = measures("第九条第（三）项");
    private static final String WITHDRAWAL = PRACTICE + "（申报单位可撤回申请）";
    private static final String UNIT_APPROVAL = PRACTICE + "（申报单位管理员审核后报出，省级申报系统通行）";

    private ShanxiProcedure() {
    }

    static Procedure procedure() {
        return new Procedure(DRAFT, stages(), transitions());
    }

    static List<Stage> stages() {
        return List.of(
                Stage.of(DRAFT, text("填报申请书", "Drafting"), StageKind.DRAFT, both(ART_9_1, CALL_2021)),
                Stage.of(UNIT_REVIEW, text("单位审核", "Approval by the unit's administrator"), StageKind.REVIEW,
                        UNIT_APPROVAL),
                Stage.of(RECOMMENDING_REVIEW, text("推荐单位审核推荐", "Review by the recommending body"),
                        StageKind.REVIEW, CALLS),
                Stage.of(FORMAL_REVIEW, text("形式审查", "Formal review"), StageKind.REVIEW, both(CALLS, CALL_2021)),
                Stage.of(EXPERT_REVIEW, text("专家评审", "Expert review"), StageKind.EXPERT_REVIEW,
                        both(ART_9_2, CALLS)),
                Stage.of(SITE_INSPECTION, text("现场考察", "Site inspection"), StageKind.EXPERT_REVIEW,
                        both(ART_9_2, CALLS)).asOptional(),
                Stage.of(PARTY_GROUP_REVIEW, text("厅党组会议审议", "Party leadership group meeting"),
                        StageKind.DECISION, ART_9_3),
                Stage.of(PUBLIC_NOTICE, text("公示", "Public notice"), StageKind.NOTICE, both(ART_9_3, DEFAULT)),
                Stage.of(OBJECTION_HANDLING, text("异议处理", "Objection handling"), StageKind.OBJECTION,
                        both(ART_9_3, DEFAULT)).withDeadlineSetting(ShanxiSettings.OBJECTION_HANDLING_WORKING_DAYS,
                        ShanxiSettings.OBJECTION_HANDLING_DAYS),
                Stage.of(RECOGNIZED, text("认定为山西省技术创新中心", "Recognised"), StageKind.RECOGNIZED, ART_9_3),
                Stage.of(REJECTED, text("未通过", "Rejected"), StageKind.REJECTED, ART_9_3),
                Stage.of(WITHDRAWN, text("已撤回", "Withdrawn"), StageKind.WITHDRAWN, WITHDRAWAL));
    }

    static List<Transition> transitions() {
        List<Transition> all = new ArrayList<>(List.of(
                // application, online and on paper, through the body in charge
                Transition.of("SUBMIT", DRAFT, UNIT_REVIEW, text("提交单位审核", "Submit for the unit's approval"),
                                Actor.APPLICANT, both(ART_9_1, CALLS))
                        .withGuards(new Guard(GuardKind.ELIGIBILITY_PASSED, "", ART_9_1),
                                new Guard(GuardKind.EVIDENCE_PRESENT, EvidenceCodes.CONSTRUCTION_PLAN, ART_9_1))
                        .onlyFor(SubmissionChannel.RECOMMENDED)
                        .onlyWhen(ShanxiSettings.UNIT_ADMINISTRATOR_REVIEW),
                Transition.of("SUBMIT_TO_RECOMMENDING_BODY", DRAFT, RECOMMENDING_REVIEW,
                                text("提交推荐单位", "Submit to the recommending body"), Actor.APPLICANT,
                                both(ART_9_1, CALLS))
                        .withGuards(new Guard(GuardKind.ELIGIBILITY_PASSED, "", ART_9_1),
                                new Guard(GuardKind.EVIDENCE_PRESENT, EvidenceCodes.CONSTRUCTION_PLAN, ART_9_1))
                        .onlyFor(SubmissionChannel.RECOMMENDED)
                        .unless(ShanxiSettings.UNIT_ADMINISTRATOR_REVIEW),
                // the unit's administrator approves before the application leaves the unit (申报单位管理员审核)
                Transition.of("APPROVE", UNIT_REVIEW, RECOMMENDING_REVIEW,
                                text("审核通过，报送推荐单位", "Approve and send to the recommending body"),
                                Actor.UNIT_ADMINISTRATOR, both(UNIT_APPROVAL, CALLS))
                        .onlyFor(SubmissionChannel.RECOMMENDED),
                back("RETURN", UNIT_REVIEW, Actor.UNIT_ADMINISTRATOR, UNIT_APPROVAL),
                Transition.of("RECOMMEND", RECOMMENDING_REVIEW, FORMAL_REVIEW, text("审核推荐", "Recommend"),
                                Actor.RECOMMENDING_BODY, both(ART_9_1, CALLS))
                        .withForm("RECOMMENDATION")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, FieldKeys.RECOMMENDATION_LETTER_NO, ART_9_1),
                                new Guard(GuardKind.EVIDENCE_PRESENT, EvidenceCodes.RECOMMENDATION_LETTER, ART_9_1))
                        .onlyFor(SubmissionChannel.RECOMMENDED),
                back("RETURN", RECOMMENDING_REVIEW, Actor.RECOMMENDING_BODY, CALLS),
                reject("NOT_RECOMMEND", RECOMMENDING_REVIEW, text("不予推荐", "Do not recommend"),
                        Actor.RECOMMENDING_BODY, CALLS, ""),
                // the province checks the online submission against the paper copy
                Transition.of("PASS_FORMAL_REVIEW", FORMAL_REVIEW, EXPERT_REVIEW,
                                text("形式审查通过", "Pass the formal review"), Actor.AUTHORITY, both(CALLS, CALL_2021))
                        .withForm("FORMAL_REVIEW")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, PAPER_COPY_RECEIVED, CALL_2021)
                                .onlyWhen(ShanxiSettings.PAPER_COPY_REQUIRED)),
                back("RETURN", FORMAL_REVIEW, Actor.AUTHORITY, CALLS),
                reject("FAIL_FORMAL_REVIEW", FORMAL_REVIEW, text("形式审查不通过", "Fail the formal review"),
                        Actor.AUTHORITY, CALLS, "FORMAL_REVIEW"),
                // experts review; the site inspection may be skipped for a case (e.g. a conversion)
                Transition.of("EXPERT_RECOMMEND", EXPERT_REVIEW, SITE_INSPECTION,
                                text("专家评审通过", "Experts recommend"), Actor.EXPERT_PANEL, both(ART_9_2, CALLS))
                        .withForm("EXPERT_CONCLUSION")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, "expertReview.score", ART_9_2)),
                reject("EXPERT_NOT_RECOMMEND", EXPERT_REVIEW, text("专家评审不通过", "Experts do not recommend"),
                        Actor.EXPERT_PANEL, both(ART_9_2, CALLS), "EXPERT_CONCLUSION"),
                Transition.of("PASS_SITE_INSPECTION", SITE_INSPECTION, PARTY_GROUP_REVIEW,
                                text("现场考察通过", "Pass the site inspection"), Actor.EXPERT_PANEL,
                                both(ART_9_2, CALLS))
                        .withForm("SITE_INSPECTION")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, "siteInspection.date", ART_9_2)),
                Transition.of("SKIP_SITE_INSPECTION", SITE_INSPECTION, PARTY_GROUP_REVIEW,
                                text("免于现场考察", "Skip the site inspection"), Actor.AUTHORITY, both(ART_9_2, CALLS))
                        .withGuards(new Guard(GuardKind.COMMENT_PRESENT, "", CALLS)),
                reject("FAIL_SITE_INSPECTION", SITE_INSPECTION, text("现场考察不通过", "Fail the site inspection"),
                        Actor.EXPERT_PANEL, both(ART_9_2, CALLS), "SITE_INSPECTION"),
                // the department's Party leadership group decides
                Transition.of("PARTY_GROUP_PASS", PARTY_GROUP_REVIEW, PUBLIC_NOTICE,
                                text("党组会议通过", "Passed by the Party group"), Actor.DECISION_BODY, ART_9_3)
                        .withForm("PARTY_GROUP")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, "partyGroup.meetingDate", ART_9_3),
                                new Guard(GuardKind.FIELD_PRESENT, "partyGroup.minutesNumber", ART_9_3)),
                Transition.of("PARTY_GROUP_DEFER", PARTY_GROUP_REVIEW, PARTY_GROUP_REVIEW,
                                text("暂缓研究", "Deferred"), Actor.DECISION_BODY, both(ART_9_3, PRACTICE))
                        .withForm("PARTY_GROUP")
                        .withGuards(new Guard(GuardKind.COMMENT_PRESENT, "", PRACTICE)),
                reject("PARTY_GROUP_REJECT", PARTY_GROUP_REVIEW, text("党组会议未通过", "Not passed by the Party group"),
                        Actor.DECISION_BODY, ART_9_3, "PARTY_GROUP"),
                // public notice and objections
                Transition.of("NOTICE_END", PUBLIC_NOTICE, RECOGNIZED, text("公示期满无异议", "Notice ends without objection"),
                                Actor.SYSTEM, ART_9_3)
                        .withGuards(new Guard(GuardKind.NOTICE_ENDED, "", both(ART_9_3, DEFAULT)),
                                new Guard(GuardKind.NO_OPEN_OBJECTION, "", ART_9_3)),
                Transition.of("RECEIVE_OBJECTION", PUBLIC_NOTICE, OBJECTION_HANDLING,
                                text("受理异议", "Receive an objection"), Actor.AUTHORITY, both(ART_9_3, PRACTICE))
                        .withForm("OBJECTION")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, "objection.receivedDate", PRACTICE)),
                Transition.of("DISMISS_OBJECTION", OBJECTION_HANDLING, RECOGNIZED,
                                text("异议不成立，予以认定", "Objection dismissed: recognise"), Actor.AUTHORITY,
                                both(ART_9_3, PRACTICE))
                        .withForm("OBJECTION_DECISION")
                        .withGuards(new Guard(GuardKind.FIELD_PRESENT, "objection.reply", PRACTICE),
                                new Guard(GuardKind.NOTICE_ENDED, "", ART_9_3)),
                reject("UPHOLD_OBJECTION", OBJECTION_HANDLING, text("异议成立，不予认定", "Objection upheld: reject"),
                        Actor.AUTHORITY, both(ART_9_3, PRACTICE), "OBJECTION_DECISION")));
        for (String open : List.of(DRAFT, UNIT_REVIEW, RECOMMENDING_REVIEW, FORMAL_REVIEW, EXPERT_REVIEW, SITE_INSPECTION,
                PARTY_GROUP_REVIEW, PUBLIC_NOTICE, OBJECTION_HANDLING)) {
            all.add(Transition.of("WITHDRAW", open, WITHDRAWN, text("撤回申请", "Withdraw"), Actor.APPLICANT, WITHDRAWAL));
        }
        return List.copyOf(all);
    }

    /** Back to the applicant with the reasons (退回修改). */
    private static Transition back(String code, String from, Actor actor, String article) {
        return Transition.of(code, from, DRAFT, text("退回修改", "Return for revision"), actor, article)
                .withGuards(new Guard(GuardKind.COMMENT_PRESENT, "", article));
    }

    /** A refusal with the reasons, on the stage's form when it has one. */
    private static Transition reject(String code, String from, LocalizedText name, Actor actor, String article,
                                     String form) {
        Transition t = Transition.of(code, from, REJECTED, name, actor, article)
                .withGuards(new Guard(GuardKind.COMMENT_PRESENT, "", article));
        return form.isEmpty() ? t : t.withForm(form);
    }
}
