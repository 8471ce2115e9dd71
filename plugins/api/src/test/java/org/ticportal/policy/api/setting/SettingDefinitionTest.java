package org.ticportal.policy.api.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ticportal.policy.api.LocalizedText;

class SettingDefinitionTest {

    private static final LocalizedText LABEL = new LocalizedText("整改期限（月）", "Rectification period (months)");

    private static SettingDefinition setting(SettingType type, String defaultValue, List<String> choices) {
        return new SettingDefinition("key", LABEL, null, type, defaultValue, choices, "第十四条");
    }

    private static SettingDefinition setting(SettingType type, String defaultValue) {
        return setting(type, defaultValue, type == SettingType.CHOICE ? List.of("RECTIFY", "REVOKE") : null);
    }

    private static Optional<String> problem(SettingType type, String value) {
        return setting(type, type == SettingType.CHOICE ? "REVOKE" : validDefault(type)).problem(value)
                .map(LocalizedText::en);
    }

    private static String validDefault(SettingType type) {
        return switch (type) {
            case INTEGER -> "6";
            case DECIMAL -> "1.5";
            case BOOLEAN -> "true";
            case TEXT -> "";
            case TIME -> "17:30";
            case DATE -> "2026-01-01";
            case CHOICE -> "REVOKE";
        };
    }

    @ParameterizedTest(name = "{0} accepts the default {1}")
    @CsvSource({"INTEGER, 6", "DECIMAL, 0.5", "BOOLEAN, false", "TEXT, 0351-1234567", "TIME, 17:30",
            "DATE, 2026-01-01", "CHOICE, REVOKE"})
    void validDefaultsAreAccepted(SettingType type, String value) {
        assertThatCode(() -> setting(type, value)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} refuses the default {1}")
    @CsvSource({"INTEGER, six", "INTEGER, 6.5", "DECIMAL, '1,5'", "BOOLEAN, yes", "TIME, 25:00", "TIME, 5pm",
            "DATE, 2026-13-01", "DATE, 2026/01/01", "CHOICE, KEEP"})
    void invalidDefaultsAreRefused(SettingType type, String value) {
        assertThatThrownBy(() -> setting(type, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default of setting key is invalid");
    }

    @Test
    void onlyTextAndDatesMayHaveAnEmptyDefault() {
        assertThatCode(() -> setting(SettingType.TEXT, "")).doesNotThrowAnyException();
        assertThatCode(() -> setting(SettingType.DATE, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> setting(SettingType.INTEGER, "")).hasMessageContaining("A value is required");
        assertThatThrownBy(() -> setting(SettingType.BOOLEAN, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChoiceWithoutChoicesIsRefused() {
        assertThatThrownBy(() -> setting(SettingType.CHOICE, "REVOKE", List.of()))
                .hasMessageContaining("is a choice without choices");
        assertThatThrownBy(() -> setting(SettingType.CHOICE, "REVOKE", null))
                .hasMessageContaining("is a choice without choices");
    }

    @Test
    void anIntegerMustBeAWholeNumber() {
        assertThat(problem(SettingType.INTEGER, "12")).isEmpty();
        assertThat(problem(SettingType.INTEGER, " 12 ")).isEmpty();
        assertThat(problem(SettingType.INTEGER, "12.5")).contains("Must be a number");
        assertThat(problem(SettingType.INTEGER, "")).contains("A value is required");
        assertThat(problem(SettingType.INTEGER, null)).contains("A value is required");
    }

    @Test
    void aDecimalMustBeANumber() {
        assertThat(problem(SettingType.DECIMAL, "12.5")).isEmpty();
        assertThat(problem(SettingType.DECIMAL, "十二")).contains("Must be a number");
    }

    @Test
    void aBooleanMustBeTrueOrFalseInLowerCase() {
        assertThat(problem(SettingType.BOOLEAN, "false")).isEmpty();
        assertThat(problem(SettingType.BOOLEAN, "TRUE")).contains("Must be true or false");
        assertThat(problem(SettingType.BOOLEAN, "是")).contains("Must be true or false");
    }

    @Test
    void aTimeIsWrittenHoursAndMinutes() {
        assertThat(problem(SettingType.TIME, "09:00")).isEmpty();
        assertThat(problem(SettingType.TIME, "9点")).contains("Use HH:mm");
    }

    @Test
    void aDateIsWrittenTheIsoWay() {
        assertThat(problem(SettingType.DATE, "2026-02-28")).isEmpty();
        assertThat(problem(SettingType.DATE, "")).isEmpty();
        assertThat(problem(SettingType.DATE, "2026年2月28日")).contains("Use yyyy-MM-dd");
        assertThat(problem(SettingType.DATE, "2026-02-30")).contains("Use yyyy-MM-dd");
    }

    @Test
    void aChoiceMustBeOneOfTheChoices() {
        assertThat(problem(SettingType.CHOICE, "RECTIFY")).isEmpty();
        assertThat(problem(SettingType.CHOICE, "KEEP")).contains("Not one of RECTIFY, REVOKE");
    }

    @Test
    void anyTextIsAcceptedForText() {
        assertThat(problem(SettingType.TEXT, "")).isEmpty();
        assertThat(problem(SettingType.TEXT, "任何内容")).isEmpty();
    }

    @Test
    void problemsAreWrittenInChineseToo() {
        assertThat(setting(SettingType.INTEGER, "6").problem("x")).map(LocalizedText::zh).contains("应为数字");
    }

    @Test
    void theHelpDefaultsToTheLabelAndTheArticleToEmpty() {
        SettingDefinition s = new SettingDefinition("k", LABEL, null, SettingType.TEXT, "", null, null);

        assertThat(s.help()).isEqualTo(LABEL);
        assertThat(s.article()).isEmpty();
        assertThat(s.choices()).isEmpty();
    }
}
