package org.ticportal.policy.api.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.SubmissionChannel;

class TransitionTest {

    private static final LocalizedText RECOMMEND = new LocalizedText("推荐上报", "Recommend");
    private static final Guard LETTER = new Guard(GuardKind.FIELD_PRESENT, "recommendation.letterNumber", "第九条");
    private static final Guard EVIDENCE = new Guard(GuardKind.EVIDENCE_PRESENT, "RECOMMENDATION_LETTER", "第九条");

    private static Transition recommend() {
        return Transition.of("RECOMMEND", "COUNTY_REVIEW", "BUREAU_RECHECK", RECOMMEND, Actor.RECOMMENDING_BODY,
                "第九条第（一）项");
    }

    @Test
    void aTransitionOfHasNoGuardsNoFormAndAppliesToEveryChannel() {
        Transition t = recommend();

        assertThat(t.guards()).isEmpty();
        assertThat(t.channels()).isEmpty();
        assertThat(t.form()).isEmpty();
        assertThat(t.appliesTo(SubmissionChannel.DIRECT)).isTrue();
        assertThat(t.appliesTo(SubmissionChannel.RECOMMENDED)).isTrue();
    }

    @Test
    void withGuardsAddsToTheGuardsAlreadyThere() {
        Transition t = recommend().withGuards(LETTER).withGuards(EVIDENCE);

        assertThat(t.guards()).containsExactly(LETTER, EVIDENCE);
        assertThat(t.requires(GuardKind.FIELD_PRESENT)).isTrue();
        assertThat(t.requires(GuardKind.EVIDENCE_PRESENT)).isTrue();
        assertThat(t.requires(GuardKind.NOTICE_ENDED)).isFalse();
    }

    @Test
    void onlyForLimitsTheTransitionToTheGivenChannels() {
        Transition t = recommend().onlyFor(SubmissionChannel.RECOMMENDED);

        assertThat(t.channels()).containsExactly(SubmissionChannel.RECOMMENDED);
        assertThat(t.appliesTo(SubmissionChannel.RECOMMENDED)).isTrue();
        assertThat(t.appliesTo(SubmissionChannel.DIRECT)).isFalse();
    }

    @Test
    void withFormNamesTheFormTheActorFillsIn() {
        assertThat(recommend().withForm("RECOMMENDATION").form()).isEqualTo("RECOMMENDATION");
    }

    @Test
    void theWithersKeepEverythingElse() {
        Transition t = recommend().withForm("RECOMMENDATION").withGuards(LETTER)
                .onlyFor(SubmissionChannel.RECOMMENDED).withGuards(EVIDENCE);

        assertThat(t).isEqualTo(new Transition("RECOMMEND", "COUNTY_REVIEW", "BUREAU_RECHECK", RECOMMEND,
                Actor.RECOMMENDING_BODY, List.of(LETTER, EVIDENCE), Set.of(SubmissionChannel.RECOMMENDED),
                "RECOMMENDATION", "第九条第（一）项"));
    }

    @Test
    void missingListsFormAndArticleBecomeEmpty() {
        Transition t = new Transition("END", "PUBLIC_NOTICE", "RECOGNIZED", RECOMMEND, Actor.SYSTEM, null, null,
                null, null);

        assertThat(t.guards()).isEmpty();
        assertThat(t.channels()).isEmpty();
        assertThat(t.form()).isEmpty();
        assertThat(t.article()).isEmpty();
    }

    @Test
    void aGuardWithoutReferenceOrArticleHasEmptyOnes() {
        Guard g = new Guard(GuardKind.COMMENT_PRESENT, null, null);

        assertThat(g.reference()).isEmpty();
        assertThat(g.article()).isEmpty();
    }

    @Test
    void aTransitionTiedToASettingAppliesOnlyWhileTheSettingHasItsValue() {
        org.ticportal.policy.api.setting.PolicySettings on = key -> "true";
        org.ticportal.policy.api.setting.PolicySettings off = key -> "false";

        Transition always = recommend();
        Transition whenOn = recommend().withGuards(LETTER).onlyWhen("workflow.unitReview");
        Transition whenOff = recommend().unless("workflow.unitReview").onlyFor(SubmissionChannel.RECOMMENDED);

        assertThat(always.setting()).isEmpty();
        assertThat(always.appliesUnder(off)).isTrue();
        assertThat(whenOn.appliesUnder(on)).isTrue();
        assertThat(whenOn.appliesUnder(off)).isFalse();
        assertThat(whenOn.guards()).containsExactly(LETTER);
        assertThat(whenOff.appliesUnder(on)).isFalse();
        assertThat(whenOff.appliesUnder(off)).isTrue();
        assertThat(whenOff.setting()).isEqualTo("workflow.unitReview");
        assertThat(whenOff.channels()).containsExactly(SubmissionChannel.RECOMMENDED);
    }
}
