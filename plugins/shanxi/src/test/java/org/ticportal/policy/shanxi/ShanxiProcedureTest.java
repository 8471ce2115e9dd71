package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;

class ShanxiProcedureTest {

    private static final String SOURCE = ".*(晋科发〔2020〕64号|申报通知|通行做法|默认值（待核实）).*";

    private final Procedure procedure = new ShanxiPolicy().procedure();

    private Transition transition(String from, String code) {
        return procedure.from(from).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError("no transition " + code + " from " + from));
    }

    /** Takes the steps from the initial stage and answers the stage reached. */
    private String walk(String... codes) {
        String stage = procedure.initialStage();
        for (String code : codes) {
            stage = transition(stage, code).to();
        }
        return stage;
    }

    @Test
    void aRecommendedApplicationGoesFromDraftToRecognition() {
        String end = walk("SUBMIT", "APPROVE", "RECOMMEND", "PASS_FORMAL_REVIEW", "EXPERT_RECOMMEND", "PASS_SITE_INSPECTION",
                "PARTY_GROUP_PASS", "NOTICE_END");
        assertThat(procedure.stage(end)).get().extracting(Stage::kind).isEqualTo(StageKind.RECOGNIZED);
    }

    @Test
    void theStagesFollowTheProvincialOrder() {
        assertThat(procedure.initialStage()).isEqualTo("DRAFT");
        assertThat(walk("SUBMIT")).isEqualTo("UNIT_REVIEW");
        assertThat(walk("SUBMIT", "APPROVE")).isEqualTo("RECOMMENDING_REVIEW");
        assertThat(walk("SUBMIT", "APPROVE", "RECOMMEND")).isEqualTo("FORMAL_REVIEW");
        assertThat(walk("SUBMIT", "APPROVE", "RECOMMEND", "PASS_FORMAL_REVIEW")).isEqualTo("EXPERT_REVIEW");
        assertThat(walk("SUBMIT", "APPROVE", "RECOMMEND", "PASS_FORMAL_REVIEW", "EXPERT_RECOMMEND"))
                .isEqualTo("SITE_INSPECTION");
        assertThat(walk("SUBMIT", "APPROVE", "RECOMMEND", "PASS_FORMAL_REVIEW", "EXPERT_RECOMMEND", "PASS_SITE_INSPECTION"))
                .isEqualTo("PARTY_GROUP_REVIEW");
        assertThat(walk("SUBMIT", "APPROVE", "RECOMMEND", "PASS_FORMAL_REVIEW", "EXPERT_RECOMMEND", "PASS_SITE_INSPECTION",
                "PARTY_GROUP_PASS")).isEqualTo("PUBLIC_NOTICE");
    }

    @Test
    void theUnitsAdministratorApprovesBeforeTheApplicationLeavesTheUnit() {
        assertThat(transition("DRAFT", "SUBMIT").to()).isEqualTo("UNIT_REVIEW");
        assertThat(procedure.stage("UNIT_REVIEW")).get().extracting(Stage::kind).isEqualTo(StageKind.REVIEW);
        Transition approve = transition("UNIT_REVIEW", "APPROVE");
        assertThat(approve.actor()).isEqualTo(Actor.UNIT_ADMINISTRATOR);
        assertThat(approve.to()).isEqualTo("RECOMMENDING_REVIEW");
        Transition back = transition("UNIT_REVIEW", "RETURN");
        assertThat(back.actor()).isEqualTo(Actor.UNIT_ADMINISTRATOR);
        assertThat(back.to()).isEqualTo("DRAFT");
        assertThat(back.requires(GuardKind.COMMENT_PRESENT)).isTrue();
        assertThat(procedure.from("UNIT_REVIEW")).filteredOn(t -> t.actor() != Actor.APPLICANT)
                .extracting(Transition::actor).containsOnly(Actor.UNIT_ADMINISTRATOR);
    }

    @Test
    void theUnitReviewIsASettingOnByDefaultAndOffTheApplicantSubmitsToTheRecommendingBody() {
        var policy = new ShanxiPolicy();
        PolicySettings byDefault = PolicySettings.of(policy.settings(), Map.of());
        PolicySettings off = PolicySettings.of(policy.settings(),
                Map.of("workflow.unitAdministratorReview", "false"));
        List<Transition> submits = procedure.from("DRAFT").stream().filter(t -> t.actor() == Actor.APPLICANT
                && !t.code().equals("WITHDRAW")).toList();
        assertThat(submits).filteredOn(t -> t.appliesUnder(byDefault)).extracting(Transition::to)
                .containsExactly("UNIT_REVIEW");
        assertThat(submits).filteredOn(t -> t.appliesUnder(off)).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("SUBMIT_TO_RECOMMENDING_BODY");
            assertThat(t.to()).isEqualTo("RECOMMENDING_REVIEW");
            assertThat(t.guards()).isEqualTo(transition("DRAFT", "SUBMIT").guards());
        });
        // a case already waiting for its unit's administrator can still leave when the setting is turned off
        assertThat(procedure.from("UNIT_REVIEW")).allSatisfy(t -> assertThat(t.appliesUnder(off)).isTrue());
    }

    @Test
    void theRecommendingBodysReturnSendsTheCaseBackThroughTheUnit() {
        String back = transition("RECOMMENDING_REVIEW", "RETURN").to();
        assertThat(transition(back, "SUBMIT").to()).isEqualTo("UNIT_REVIEW");
    }

    @Test
    void theSiteInspectionIsOptionalAndItsSkippingIsRecordedWithReasons() {
        assertThat(procedure.stage("SITE_INSPECTION")).get().extracting(Stage::optional).isEqualTo(true);
        Transition skip = transition("SITE_INSPECTION", "SKIP_SITE_INSPECTION");
        assertThat(skip.to()).isEqualTo("PARTY_GROUP_REVIEW");
        assertThat(skip.actor()).isEqualTo(Actor.AUTHORITY);
        assertThat(skip.requires(GuardKind.COMMENT_PRESENT)).isTrue();
    }

    @Test
    void anObjectionThatIsDismissedEndsInRecognitionAndOneUpheldInRejection() {
        String base = walk("SUBMIT", "APPROVE", "RECOMMEND", "PASS_FORMAL_REVIEW", "EXPERT_RECOMMEND", "PASS_SITE_INSPECTION",
                "PARTY_GROUP_PASS", "RECEIVE_OBJECTION");
        assertThat(base).isEqualTo("OBJECTION_HANDLING");
        assertThat(transition(base, "DISMISS_OBJECTION").to()).isEqualTo("RECOGNIZED");
        assertThat(transition(base, "DISMISS_OBJECTION").requires(GuardKind.NOTICE_ENDED)).isTrue();
        assertThat(transition(base, "UPHOLD_OBJECTION").to()).isEqualTo("REJECTED");
    }

    @Test
    void everyApplicationGoesThroughARecommendingBody() {
        Transition submit = transition("DRAFT", "SUBMIT");
        assertThat(submit.channels()).containsExactly(SubmissionChannel.RECOMMENDED);
        assertThat(submit.appliesTo(SubmissionChannel.DIRECT)).isFalse();
        assertThat(submit.requires(GuardKind.ELIGIBILITY_PASSED)).isTrue();
        assertThat(procedure.from("DRAFT")).filteredOn(t -> t.appliesTo(SubmissionChannel.DIRECT))
                .extracting(Transition::to).containsOnly("WITHDRAWN");
    }

    @Test
    void theRecommendingBodyRecommendsWithAFormalLetter() {
        Transition recommend = transition("RECOMMENDING_REVIEW", "RECOMMEND");
        assertThat(recommend.actor()).isEqualTo(Actor.RECOMMENDING_BODY);
        assertThat(recommend.form()).isEqualTo("RECOMMENDATION");
        assertThat(recommend.channels()).containsExactly(SubmissionChannel.RECOMMENDED);
        assertThat(recommend.guards()).extracting(Guard::reference)
                .contains("recommendation.letterNumber", "RECOMMENDATION_LETTER");
    }

    @Test
    void theFormalReviewChecksThatThePaperCopyArrived() {
        Transition pass = transition("FORMAL_REVIEW", "PASS_FORMAL_REVIEW");
        assertThat(pass.actor()).isEqualTo(Actor.AUTHORITY);
        assertThat(pass.form()).isEqualTo("FORMAL_REVIEW");
        assertThat(pass.guards()).containsExactly(
                new Guard(GuardKind.FIELD_PRESENT, "paperCopy.receivedDate", "2021年申报通知")
                        .onlyWhen("call.paperCopyRequired"));
    }

    @Test
    void thePaperCopyIsCheckedOnlyWhileTheSettingRequiresIt() {
        Guard paperCopy = transition("FORMAL_REVIEW", "PASS_FORMAL_REVIEW").guards().getFirst();
        var policy = new ShanxiPolicy();
        assertThat(paperCopy.appliesUnder(PolicySettings.of(policy.settings(), Map.of()))).isTrue();
        assertThat(paperCopy.appliesUnder(PolicySettings.of(policy.settings(),
                Map.of("call.paperCopyRequired", "false")))).isFalse();
    }

    @Test
    void theObjectionHandlingTimeIsTheSettingAdministratorsEdit() {
        var policy = new ShanxiPolicy();
        var stage = policy.procedure().stage("OBJECTION_HANDLING").orElseThrow();
        assertThat(stage.deadlineUnder(PolicySettings.of(policy.settings(), Map.of()))).isEqualTo(10);
        assertThat(stage.deadlineUnder(PolicySettings.of(policy.settings(),
                Map.of("objection.handlingWorkingDays", "15")))).isEqualTo(15);
    }

    @Test
    void theProvinceTakesApplicationsInCallsOnlyWithQuotasAndOnePerUnit() {
        var calls = new ShanxiPolicy().calls();
        assertThat(calls.rollingFilingAllowed(key -> "true")).isFalse();
        assertThat(calls.quotas()).isTrue();
        assertThat(calls.parallelApplications()).isFalse();
    }

    @Test
    void theDepartmentsPartyGroupDecidesWithMeetingDateAndMinutes() {
        Transition pass = transition("PARTY_GROUP_REVIEW", "PARTY_GROUP_PASS");
        assertThat(pass.actor()).isEqualTo(Actor.DECISION_BODY);
        assertThat(pass.form()).isEqualTo("PARTY_GROUP");
        assertThat(pass.guards()).extracting(Guard::reference)
                .containsExactly("partyGroup.meetingDate", "partyGroup.minutesNumber");
        assertThat(transition("PARTY_GROUP_REVIEW", "PARTY_GROUP_DEFER").to()).isEqualTo("PARTY_GROUP_REVIEW");
    }

    @Test
    void theNoticeEndsByItselfWhenNoObjectionIsOpen() {
        Transition end = transition("PUBLIC_NOTICE", "NOTICE_END");
        assertThat(end.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(end.guards()).extracting(Guard::kind)
                .containsExactlyInAnyOrder(GuardKind.NOTICE_ENDED, GuardKind.NO_OPEN_OBJECTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DRAFT", "UNIT_REVIEW", "RECOMMENDING_REVIEW", "FORMAL_REVIEW", "EXPERT_REVIEW", "SITE_INSPECTION",
            "PARTY_GROUP_REVIEW", "PUBLIC_NOTICE", "OBJECTION_HANDLING"})
    void theApplicantMayWithdrawFromEveryOpenStage(String stage) {
        Transition withdraw = transition(stage, "WITHDRAW");
        assertThat(withdraw.to()).isEqualTo("WITHDRAWN");
        assertThat(withdraw.actor()).isEqualTo(Actor.APPLICANT);
    }

    @Test
    void everyOpenStageCanBeWithdrawnFromAndNoFinalStageCanBeLeft() {
        List<String> open = procedure.stages().stream().filter(s -> !s.isFinal()).map(Stage::code).toList();
        assertThat(open).hasSize(9).allSatisfy(code -> assertThat(procedure.from(code))
                .anyMatch(t -> t.code().equals("WITHDRAW")));
        procedure.stages().stream().filter(Stage::isFinal)
                .forEach(s -> assertThat(procedure.from(s.code())).as(s.code()).isEmpty());
    }

    @Test
    void returnsAndRefusalsCarryReasons() {
        assertThat(procedure.transitions())
                .filteredOn(t -> t.to().equals("DRAFT") || t.to().equals("REJECTED"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.requires(GuardKind.COMMENT_PRESENT)).as(t.from() + "/" + t.code())
                        .isTrue());
        assertThat(procedure.transitions()).filteredOn(t -> t.to().equals("DRAFT"))
                .extracting(Transition::from)
                .containsExactlyInAnyOrder("UNIT_REVIEW", "RECOMMENDING_REVIEW", "FORMAL_REVIEW");
    }

    @Test
    void everyStageTransitionAndGuardCitesASource() {
        assertThat(procedure.stages()).allSatisfy(s -> assertThat(s.article()).as(s.code()).matches(SOURCE));
        assertThat(procedure.transitions()).allSatisfy(t -> {
            assertThat(t.article()).as(t.from() + "/" + t.code()).matches(SOURCE);
            t.guards().forEach(g -> assertThat(g.article()).as(t.code() + " " + g.kind()).matches(SOURCE));
        });
    }

    @Test
    void everyActorOfTheProvincialProcedureTakesPart() {
        Set<Actor> actors = procedure.transitions().stream().map(Transition::actor)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Actor.class)));
        assertThat(actors).containsExactlyInAnyOrder(Actor.values());
    }

    @Test
    void theStepFormsAreTheOnesThePolicyShips() {
        assertThat(procedure.transitions()).extracting(Transition::form).filteredOn(f -> !f.isEmpty())
                .containsOnly("RECOMMENDATION", "FORMAL_REVIEW", "EXPERT_CONCLUSION", "SITE_INSPECTION",
                        "PARTY_GROUP", "OBJECTION", "OBJECTION_DECISION");
    }
}
