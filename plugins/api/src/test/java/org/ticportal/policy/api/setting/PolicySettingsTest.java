package org.ticportal.policy.api.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;

class PolicySettingsTest {

    private static final List<SettingDefinition> DEFINITIONS = List.of(
            new SettingDefinition("rectification.months", new LocalizedText("整改期限（月）", "Months"), null,
                    SettingType.INTEGER, "6", null, "第十四条"),
            new SettingDefinition("recommend.functionalZonesMayRecommend", new LocalizedText("功能区可推荐", "Zones"),
                    null, SettingType.BOOLEAN, "true", null, "第五条"));

    @Test
    void withoutOverridesTheDefaultsApply() {
        PolicySettings settings = PolicySettings.of(DEFINITIONS, Map.of());

        assertThat(settings.value("rectification.months")).isEqualTo("6");
        assertThat(settings.intValue("rectification.months")).isEqualTo(6);
        assertThat(settings.flag("recommend.functionalZonesMayRecommend")).isTrue();
    }

    @Test
    void anOverrideReplacesTheDefault() {
        PolicySettings settings = PolicySettings.of(DEFINITIONS, Map.of("rectification.months", " 12 ",
                "recommend.functionalZonesMayRecommend", "false"));

        assertThat(settings.intValue("rectification.months")).isEqualTo(12);
        assertThat(settings.flag("recommend.functionalZonesMayRecommend")).isFalse();
    }

    @Test
    void anUnknownSettingIsAnError() {
        assertThatThrownBy(() -> PolicySettings.of(DEFINITIONS, Map.of()).value("notice.closingTime"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such setting: notice.closingTime");
    }
}
