package org.ticportal.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingType;

/** The trial start's check of what a policy's steps read from its settings. */
class PolicyChecksTest {

    private static final LocalizedText T = new LocalizedText("单位审核", "Unit review");

    private static List<String> problemsWith(List<SettingDefinition> settings) {
        Procedure procedure = new Procedure("DRAFT", List.of(Stage.of("DRAFT", T, StageKind.DRAFT, ""),
                Stage.of("UNIT_REVIEW", T, StageKind.REVIEW, ""), Stage.of("DONE", T, StageKind.RECOGNIZED, "")),
                List.of(Transition.of("SUBMIT", "DRAFT", "UNIT_REVIEW", T, Actor.APPLICANT, "")
                                .onlyWhen("workflow.unitReview"),
                        Transition.of("SUBMIT_ON", "DRAFT", "DONE", T, Actor.APPLICANT, "").unless("workflow.unitReview"),
                        Transition.of("APPROVE", "UNIT_REVIEW", "DONE", T, Actor.UNIT_ADMINISTRATOR, "")));
        PolicyProvider provider = mock(PolicyProvider.class);
        when(provider.procedure()).thenReturn(procedure);
        when(provider.settings()).thenReturn(settings);
        return PolicyChecks.problems(provider);
    }

    @Test
    void aTransitionTiedToASettingNeedsABooleanSettingOfThatKey() {
        assertThat(problemsWith(List.of())).anySatisfy(p -> assertThat(p)
                .contains("transition SUBMIT reads setting workflow.unitReview, which is no BOOLEAN setting"));
        assertThat(problemsWith(List.of(new SettingDefinition("workflow.unitReview", T, T, SettingType.INTEGER, "1",
                List.of(), "")))).anySatisfy(p -> assertThat(p).contains("transition SUBMIT_ON reads setting"));
        assertThat(problemsWith(List.of(new SettingDefinition("workflow.unitReview", T, T, SettingType.BOOLEAN,
                "true", List.of(), "")))).noneSatisfy(p -> assertThat(p).contains("workflow.unitReview"));
    }
}
