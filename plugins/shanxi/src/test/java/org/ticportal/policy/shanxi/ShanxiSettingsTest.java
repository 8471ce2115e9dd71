package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.pf4j.Extension;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingType;

class ShanxiSettingsTest {

    private final ShanxiPolicy policy = new ShanxiPolicy();

    private SettingDefinition setting(String key) {
        return policy.settings().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void whatTheSourcesLeaveOpenIsASettingWithItsDefault() {
        assertThat(policy.settings()).extracting(SettingDefinition::key).containsExactly("rectification.months",
                "notice.closingTime", "call.paperCopyRequired", "policy.effectiveDate",
                "objection.handlingWorkingDays", "workflow.unitAdministratorReview", "reminder.workingDaysBefore");
        assertThat(setting("reminder.workingDaysBefore")).satisfies(s -> {
            assertThat(s.type()).isEqualTo(SettingType.INTEGER);
            assertThat(s.defaultValue()).isEqualTo("2");
        });
        assertThat(setting("rectification.months")).satisfies(s -> {
            assertThat(s.type()).isEqualTo(SettingType.INTEGER);
            assertThat(s.defaultValue()).isEqualTo("12");
        });
        assertThat(setting("notice.closingTime").type()).isEqualTo(SettingType.TIME);
        assertThat(setting("notice.closingTime").defaultValue()).isEqualTo("17:30");
        assertThat(setting("call.paperCopyRequired").type()).isEqualTo(SettingType.BOOLEAN);
        assertThat(setting("call.paperCopyRequired").defaultValue()).isEqualTo("true");
        assertThat(setting("policy.effectiveDate").type()).isEqualTo(SettingType.DATE);
        assertThat(setting("policy.effectiveDate").defaultValue()).isEmpty();
        assertThat(setting("objection.handlingWorkingDays").defaultValue()).isEqualTo("10");
        assertThat(setting("workflow.unitAdministratorReview").type()).isEqualTo(SettingType.BOOLEAN);
        assertThat(setting("workflow.unitAdministratorReview").defaultValue()).isEqualTo("true");
        assertThat(policy.settings()).allSatisfy(s -> {
            assertThat(s.article()).as(s.key()).isNotBlank();
            assertThat(s.help().en()).as(s.key()).isNotBlank();
        });
    }

    @Test
    void administratorsMayOverrideTheDefaults() {
        var settings = PolicySettings.of(policy.settings(), Map.of("call.paperCopyRequired", "false"));
        assertThat(settings.flag("call.paperCopyRequired")).isFalse();
        assertThat(settings.intValue("objection.handlingWorkingDays")).isEqualTo(10);
        assertThat(setting("notice.closingTime").problem("25:00")).isPresent();
        assertThat(setting("policy.effectiveDate").problem("2020-12-01")).isEmpty();
    }

    @Test
    void theNoticeRunsFiveWorkingDaysByDefaultOnTheDepartmentsWebsite() {
        NoticeRules notice = policy.notice();
        assertThat(notice.workingDays()).isEqualTo(5);
        assertThat(notice.publicationDayCounts()).isTrue();
        assertThat(notice.where()).isEqualTo("山西省科技厅网站");
        assertThat(notice.article()).contains("晋科发〔2020〕64号").contains("默认值（待核实）");
    }

    @Test
    void objectionsAreWrittenStampedOrSignedAndLateOnesRefused() {
        var objections = policy.notice().objections();
        assertThat(objections.writtenOnly()).isTrue();
        assertThat(objections.unitMustStamp()).isTrue();
        assertThat(objections.personMustSign()).isTrue();
        assertThat(objections.lateRefused()).isTrue();
        assertThat(objections.handlingWorkingDays()).isEqualTo(
                Integer.parseInt(setting("objection.handlingWorkingDays").defaultValue()));
        assertThat(objections.instructions().zh()).contains("书面").contains("公章").contains("真实姓名");
        assertThat(objections.instructions().en()).isNotBlank();
    }

    @Test
    void thePolicyTextsComeInChineseAndEnglish() {
        var messages = policy.messages();
        assertThat(messages).containsKeys("call.intro", "objection.instructions");
        assertThat(messages.get("call.intro").zh()).contains("纸质").contains("推荐");
        assertThat(messages.get("call.intro").en()).contains("paper copy").contains("online");
        assertThat(messages.values()).allSatisfy(t -> assertThat(t.en()).isNotBlank());
    }

    @Test
    void thePolicyIsAPf4jExtensionDescribedForApi02() throws Exception {
        assertThat(ShanxiPolicy.class.isAnnotationPresent(Extension.class)).isTrue();
        Properties props = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("plugin.properties")) {
            assertThat(in).isNotNull();
            props.load(in);
        }
        assertThat(props.getProperty("plugin.id")).isEqualTo("shanxi");
        assertThat(props.getProperty("plugin.class")).isEqualTo(ShanxiPlugin.class.getName());
        assertThat(props.getProperty("plugin.requires")).isEqualTo(">=0.2.5 & <0.3.0");
        // the test classes have an (empty) index of their own: read every index on the class path
        StringBuilder indexes = new StringBuilder();
        for (var url : java.util.Collections.list(
                getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (var in = url.openStream()) {
                indexes.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(indexes.toString()).as("PF4J extension index").contains(ShanxiPolicy.class.getName());
    }
}
