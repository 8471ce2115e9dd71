package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingType;

class XinzhouSettingsTest {

    private final XinzhouPolicy policy = new XinzhouPolicy();

    @Test
    void theValuesTheMeasuresLeaveOpenAreSettingsWithTheirArticle() {
        assertThat(policy.settings()).extracting(SettingDefinition::key, SettingDefinition::type,
                SettingDefinition::defaultValue, SettingDefinition::article).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rectification.months", SettingType.INTEGER, "6", "第十四条"),
                org.assertj.core.groups.Tuple.tuple("notice.closingTime", SettingType.TIME, "17:30", "第九条第（三）项"),
                org.assertj.core.groups.Tuple.tuple("recommend.functionalZonesMayRecommend", SettingType.BOOLEAN, "true",
                        "第五条"),
                org.assertj.core.groups.Tuple.tuple("evaluation.missingSubmission", SettingType.CHOICE, "REVOKE",
                        "第十四条"),
                org.assertj.core.groups.Tuple.tuple("policy.effectiveDate", SettingType.DATE, "", "第十七条"),
                org.assertj.core.groups.Tuple.tuple("objection.handlingWorkingDays", SettingType.INTEGER, "10",
                        "第九条第（三）项"),
                org.assertj.core.groups.Tuple.tuple("call.rollingFiling", SettingType.BOOLEAN, "true", "第四条"),
                org.assertj.core.groups.Tuple.tuple("reminder.workingDaysBefore", SettingType.INTEGER, "2",
                        "第九条第（二）项"));
    }

    @Test
    void article4LetsAUnitApplyWhenReadyUnlessTheBureauTakesApplicationsInCallsOnly() {
        var calls = policy.calls();
        assertThat(calls.rollingFilingAllowed(PolicySettings.of(policy.settings(), Map.of()))).isTrue();
        assertThat(calls.rollingFilingAllowed(PolicySettings.of(policy.settings(),
                Map.of("call.rollingFiling", "false")))).isFalse();
        assertThat(calls.quotas()).isTrue();
        assertThat(calls.parallelApplications()).isTrue();
        assertThat(calls.article()).isEqualTo("第四条");
    }

    @Test
    void theObjectionHandlingTimeIsTheSettingAdministratorsEdit() {
        var stage = policy.procedure().stage("OBJECTION_HANDLING").orElseThrow();
        assertThat(stage.deadlineUnder(PolicySettings.of(policy.settings(),
                Map.of("objection.handlingWorkingDays", "7")))).isEqualTo(7);
    }

    @Test
    void defaultsAreValidAndEveryHelpTextIsBilingual() {
        assertThat(policy.settings()).allSatisfy(s -> {
            assertThat(s.problem(s.defaultValue())).as(s.key()).isEmpty();
            assertThat(s.help().zh()).as(s.key()).isNotBlank();
            assertThat(s.help().en()).as(s.key()).isNotBlank();
        });
        var settings = PolicySettings.of(policy.settings(), Map.of());
        assertThat(settings.intValue("rectification.months")).isEqualTo(6);
        assertThat(settings.flag("recommend.functionalZonesMayRecommend")).isTrue();
    }

    @Test
    void theMissingSubmissionChoiceIsRectifyOrRevokeAndNothingElse() {
        SettingDefinition missing = policy.settings().stream()
                .filter(s -> s.key().equals("evaluation.missingSubmission")).findFirst().orElseThrow();
        assertThat(missing.choices()).containsExactly("RECTIFY", "REVOKE");
        assertThat(missing.problem("RETAIN")).isPresent();
        assertThat(missing.help().zh()).contains("未作规定");
    }

    @Test
    void article17NamesNoDateSoTheEffectiveDateStartsEmptyAndTakesAnIsoDate() {
        SettingDefinition date = policy.settings().stream()
                .filter(s -> s.key().equals("policy.effectiveDate")).findFirst().orElseThrow();
        assertThat(date.problem("")).isEmpty();
        assertThat(date.problem("2021-06-01")).isEmpty();
        assertThat(date.problem("2021年6月1日")).isPresent();
    }
}
