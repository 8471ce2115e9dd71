package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
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

class XinzhouProcedureTest {

    private final XinzhouPolicy policy = new XinzhouPolicy();
    private final Procedure procedure = policy.procedure();

    @Test
    void article9StagesAreTheElevenOfTheRecognitionProcedure() {
        assertThat(procedure.initialStage()).isEqualTo("DRAFT");
        assertThat(procedure.stages()).extracting(Stage::code).containsExactly("DRAFT", "COUNTY_REVIEW",
                "BUREAU_RECHECK", "EXPERT_ARGUMENTATION", "PLAN_REVISION", "PARTY_GROUP_REVIEW", "PUBLIC_NOTICE",
                "OBJECTION_HANDLING", "RECOGNIZED", "REJECTED", "WITHDRAWN");
        assertThat(procedure.stages()).extracting(Stage::kind).containsExactly(StageKind.DRAFT, StageKind.REVIEW,
                StageKind.REVIEW, StageKind.EXPERT_REVIEW, StageKind.DRAFT, StageKind.DECISION, StageKind.NOTICE,
                StageKind.OBJECTION, StageKind.RECOGNIZED, StageKind.REJECTED, StageKind.WITHDRAWN);
    }

    @Test
    void everyStageAndTransitionCitesAnArticle() {
        assertThat(procedure.stages()).allSatisfy(s -> assertThat(s.article()).as(s.code()).startsWith("第九条"));
        assertThat(procedure.transitions()).allSatisfy(t -> {
            assertThat(t.article()).as(t.from() + "/" + t.code()).startsWith("第九条");
            t.guards().forEach(g -> assertThat(g.article()).as(t.code() + " guard").startsWith("第"));
        });
    }

    @Test
    void aCountyApplicantGoesThroughTheCountyTheExpertsThePartyGroupAndTheNotice() {
        assertThat(shortestPath("DRAFT", "RECOGNIZED", SubmissionChannel.RECOMMENDED)).containsExactly("DRAFT",
                "COUNTY_REVIEW", "BUREAU_RECHECK", "EXPERT_ARGUMENTATION", "PLAN_REVISION", "PARTY_GROUP_REVIEW",
                "PUBLIC_NOTICE", "RECOGNIZED");
    }

    @Test
    void aMunicipalUnitSubmitsDirectlyToTheBureau() {
        assertThat(shortestPath("DRAFT", "RECOGNIZED", SubmissionChannel.DIRECT)).containsExactly("DRAFT",
                "BUREAU_RECHECK", "EXPERT_ARGUMENTATION", "PLAN_REVISION", "PARTY_GROUP_REVIEW", "PUBLIC_NOTICE",
                "RECOGNIZED");
    }

    @Test
    void aDirectApplicantCannotTakeTheCountySubmit() {
        List<Transition> direct = procedure.from("DRAFT").stream()
                .filter(t -> t.appliesTo(SubmissionChannel.DIRECT)).toList();
        assertThat(direct).extracting(Transition::code).doesNotContain("SUBMIT_TO_COUNTY").contains("SUBMIT_TO_BUREAU");
        assertThat(direct).extracting(Transition::to).doesNotContain("COUNTY_REVIEW");
        List<Transition> county = procedure.from("DRAFT").stream()
                .filter(t -> t.appliesTo(SubmissionChannel.RECOMMENDED)).toList();
        assertThat(county).extracting(Transition::code).doesNotContain("SUBMIT_TO_BUREAU").contains("SUBMIT_TO_COUNTY");
    }

    @Test
    void bothSubmissionsRequireTheEligibilityRulesToPass() {
        assertThat(procedure.from("DRAFT")).filteredOn(t -> t.code().startsWith("SUBMIT"))
                .hasSize(2).allMatch(t -> t.requires(GuardKind.ELIGIBILITY_PASSED))
                .allMatch(t -> t.actor() == Actor.APPLICANT);
    }

    @Test
    void theCountyRecommendsOnlyWithAFormalLetter() {
        Transition recommend = transition("COUNTY_REVIEW", "RECOMMEND");
        assertThat(recommend.actor()).isEqualTo(Actor.RECOMMENDING_BODY);
        assertThat(recommend.form()).isEqualTo("RECOMMENDATION");
        assertThat(recommend.guards()).contains(
                new Guard(GuardKind.FIELD_PRESENT, FieldKeys.RECOMMENDATION_LETTER_NO, "第九条第（一）项"),
                new Guard(GuardKind.EVIDENCE_PRESENT, EvidenceCodes.RECOMMENDATION_LETTER, "第九条第（一）项"));
        assertThat(transition("COUNTY_REVIEW", "RETURN").to()).isEqualTo("DRAFT");
        assertThat(transition("COUNTY_REVIEW", "RETURN").requires(GuardKind.COMMENT_PRESENT)).isTrue();
        assertThat(transition("COUNTY_REVIEW", "REJECT").requires(GuardKind.COMMENT_PRESENT)).isTrue();
    }

    @Test
    void theBureauReturnsRejectsOrAcceptsForTheArgumentation() {
        assertThat(procedure.from("BUREAU_RECHECK")).filteredOn(t -> t.actor() == Actor.AUTHORITY)
                .extracting(Transition::code, Transition::to)
                .contains(org.assertj.core.groups.Tuple.tuple("RETURN", "DRAFT"),
                        org.assertj.core.groups.Tuple.tuple("REJECT", "REJECTED"),
                        org.assertj.core.groups.Tuple.tuple("ACCEPT", "EXPERT_ARGUMENTATION"));
    }

    @Test
    void theExpertPanelConcludesOnItsFormAndTheApplicantResubmitsTheRevisedPlan() {
        assertThat(transition("EXPERT_ARGUMENTATION", "RECOMMENDED").to()).isEqualTo("PLAN_REVISION");
        assertThat(transition("EXPERT_ARGUMENTATION", "NOT_RECOMMENDED").to()).isEqualTo("REJECTED");
        assertThat(procedure.from("EXPERT_ARGUMENTATION")).filteredOn(t -> !t.code().equals("WITHDRAW"))
                .allMatch(t -> t.actor() == Actor.EXPERT_PANEL && t.form().equals("EXPERT_CONCLUSION"));
        Transition resubmit = transition("PLAN_REVISION", "RESUBMIT_PLAN");
        assertThat(resubmit.to()).isEqualTo("PARTY_GROUP_REVIEW");
        // a new version of the plan, uploaded on the revision's own form: the one filed before does not count
        assertThat(resubmit.form()).isEqualTo("PLAN_REVISION");
        assertThat(resubmit.guards()).extracting(Guard::kind, Guard::reference).contains(org.assertj.core.groups.Tuple
                .tuple(GuardKind.EVIDENCE_UPLOADED_IN_STAGE, EvidenceCodes.CONSTRUCTION_PLAN));
    }

    @Test
    void thePartyGroupMeetingPassesRejectsOrDefers() {
        assertThat(transition("PARTY_GROUP_REVIEW", "PASSED").to()).isEqualTo("PUBLIC_NOTICE");
        assertThat(transition("PARTY_GROUP_REVIEW", "NOT_PASSED").to()).isEqualTo("REJECTED");
        assertThat(transition("PARTY_GROUP_REVIEW", "DEFERRED").to()).isEqualTo("PARTY_GROUP_REVIEW");
        assertThat(procedure.from("PARTY_GROUP_REVIEW")).filteredOn(t -> !t.code().equals("WITHDRAW"))
                .allMatch(t -> t.actor() == Actor.DECISION_BODY && t.form().equals("PARTY_GROUP"));
        assertThat(transition("PARTY_GROUP_REVIEW", "PASSED").guards()).extracting(Guard::reference)
                .contains("partyGroup.meetingDate", "partyGroup.minutesNumber");
    }

    @Test
    void aNoticeWithoutObjectionEndsInRecognitionAndAnObjectionIsHandledFirst() {
        Transition end = transition("PUBLIC_NOTICE", "END_WITHOUT_OBJECTION");
        assertThat(end.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(end.to()).isEqualTo("RECOGNIZED");
        assertThat(end.requires(GuardKind.NOTICE_ENDED)).isTrue();
        assertThat(end.requires(GuardKind.NO_OPEN_OBJECTION)).isTrue();
        Transition objection = transition("PUBLIC_NOTICE", "OBJECTION_RECEIVED");
        assertThat(objection.to()).isEqualTo("OBJECTION_HANDLING");
        assertThat(objection.actor()).isEqualTo(Actor.AUTHORITY);
        assertThat(transition("OBJECTION_HANDLING", "DISMISS").to()).isEqualTo("RECOGNIZED");
        assertThat(transition("OBJECTION_HANDLING", "UPHOLD").to()).isEqualTo("REJECTED");
        assertThat(transition("OBJECTION_HANDLING", "UPHOLD").requires(GuardKind.COMMENT_PRESENT)).isTrue();
    }

    @Test
    void theApplicantMayWithdrawFromEveryOpenStage() {
        List<Stage> open = procedure.stages().stream().filter(s -> !s.isFinal()).toList();
        assertThat(open).hasSize(8);
        for (Stage stage : open) {
            assertThat(procedure.from(stage.code())).as(stage.code())
                    .anyMatch(t -> t.code().equals("WITHDRAW") && t.to().equals("WITHDRAWN")
                            && t.actor() == Actor.APPLICANT);
        }
        assertThat(procedure.transitions()).filteredOn(t -> t.code().equals("WITHDRAW")).hasSize(open.size());
    }

    @Test
    void reviewsHavePracticeDeadlinesAndTheArgumentationMayBeSkippedForAConversion() {
        assertThat(procedure.stage("COUNTY_REVIEW").orElseThrow().deadlineWorkingDays()).isEqualTo(10);
        assertThat(procedure.stage("BUREAU_RECHECK").orElseThrow().deadlineWorkingDays()).isEqualTo(10);
        assertThat(procedure.stage("EXPERT_ARGUMENTATION").orElseThrow().optional()).isTrue();
        assertThat(procedure.stages()).filteredOn(Stage::optional).extracting(Stage::code)
                .containsExactly("EXPERT_ARGUMENTATION");
        assertThat(procedure.stage("PUBLIC_NOTICE").orElseThrow().deadlineWorkingDays())
                .as("the notice's 5 working days live in NoticeRules").isZero();
    }

    @Test
    void article9Clause3NoticeRunsFiveWorkingDaysOnTheBureauWebsite() {
        var notice = policy.notice();
        assertThat(notice.workingDays()).isEqualTo(5);
        assertThat(notice.publicationDayCounts()).isTrue();
        assertThat(notice.where()).isEqualTo("市科技局网站");
        assertThat(notice.article()).isEqualTo("第九条第（三）项");
        var objections = notice.objections();
        assertThat(objections.writtenOnly()).isTrue();
        assertThat(objections.unitMustStamp()).isTrue();
        assertThat(objections.personMustSign()).isTrue();
        assertThat(objections.lateRefused()).isTrue();
        assertThat(objections.handlingWorkingDays()).isEqualTo(10);
        assertThat(objections.instructions().zh()).contains("书面", "公章", "真实姓名");
    }

    private Transition transition(String from, String code) {
        return procedure.from(from).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no transition " + code + " from " + from));
    }

    /** The shortest route a channel's application can take, avoiding the WITHDRAWN and REJECTED ends. */
    private List<String> shortestPath(String from, String to, SubmissionChannel channel) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> avoid = Set.of("WITHDRAWN", "REJECTED");
        previous.put(from, null);
        while (!todo.isEmpty()) {
            String stage = todo.removeFirst();
            if (stage.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String s = to; s != null; s = previous.get(s)) {
                    path.addFirst(s);
                }
                return path;
            }
            for (Transition t : procedure.from(stage)) {
                if (t.appliesTo(channel) && !avoid.contains(t.to()) && !previous.containsKey(t.to())) {
                    previous.put(t.to(), stage);
                    todo.addLast(t.to());
                }
            }
        }
        return List.of();
    }
}
