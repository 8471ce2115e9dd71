package org.ticportal.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.plugin.ProcedureNames;
import org.ticportal.policy.api.LocalizedText;

/**
 * The audit screen reads no codes (issue 13): every action the portal can record ({@link AuditAction}, which every
 * {@code AuditService.record} call must name, so a new action without a label fails here), every record type and every
 * state value has a Chinese and an English label in the {@code audit} bundle; a policy's step reads by the policy's
 * name for it from the stage it left, a stage by its name; an unknown code reads as recorded.
 */
class AuditLabelsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditLabelsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRecordedActionRecordTypeAndStateHasAChineseAndAnEnglishLabel() throws IOException {
        for (String file : List.of("audit.properties", "audit_en.properties")) {
            Properties p = bundle(file);
            assertThat(Arrays.stream(AuditAction.values()).map(AuditLabels::key))
                    .as("actions without a label in " + file).allMatch(k -> !p.getProperty(k, "").isBlank());
            assertThat(Arrays.stream(AuditSubject.values()).map(s -> "audit.subject." + s.name()))
                    .as("record types without a label in " + file).allMatch(k -> !p.getProperty(k, "").isBlank());
            assertThat(AuditLabels.VALUES.stream().map(v -> "audit.value." + v))
                    .as("states without a label in " + file).allMatch(k -> !p.getProperty(k, "").isBlank());
        }
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::code).distinct())
                .as("one code per action").hasSize(AuditAction.values().length);
    }

    @Test
    void codesReadInTheReadersLanguage() throws IOException {
        Properties zh = bundle("audit.properties");
        Properties en = bundle("audit_en.properties");
        var names = ProcedureNames.of(Map.of("COUNTY_REVIEW/RETURN", new LocalizedText("县级退回", "County return"),
                "BUREAU_RECHECK/RETURN", new LocalizedText("市级退回", "Bureau return")),
                Map.of("COUNTY_REVIEW", new LocalizedText("县级审核", "County review")));
        AuditLabels chinese = new AuditLabels(k -> zh.getProperty(k, "!" + k + "!"), Locale.SIMPLIFIED_CHINESE, names);
        AuditLabels english = new AuditLabels(k -> en.getProperty(k, "!" + k + "!"), Locale.ENGLISH, names);

        assertThat(chinese.action("UNIT", "CONFIRMED", "REGISTERED")).isEqualTo("确认");
        assertThat(english.action("UNIT", "CONFIRMED", "REGISTERED")).isEqualTo("Confirmed");
        assertThat(chinese.action("APPLICATION", "$VERIFIED", null)).isEqualTo("核实通过");
        assertThat(chinese.action("APPLICATION", "RETURN", "COUNTY_REVIEW")).isEqualTo("县级退回");
        assertThat(english.action("APPLICATION", "RETURN", "BUREAU_RECHECK")).isEqualTo("Bureau return");
        assertThat(chinese.action("CENTER", "SOMETHING_OLD", null)).as("unknown: as recorded").isEqualTo("SOMETHING_OLD");
        assertThat(chinese.subject("CENTER")).isEqualTo("技术创新中心");
        assertThat(english.value("UNIT", "CONFIRMED")).isEqualTo("Confirmed");
        assertThat(chinese.value("APPLICATION", "COUNTY_REVIEW")).isEqualTo("县级审核");
        assertThat(chinese.value("CENTER", "忻州市甲技术创新中心")).isEqualTo("忻州市甲技术创新中心");
        assertThat(chinese.value("CENTER", null)).isNull();
        assertThat(bundle("translations.properties").getProperty("role.COUNTY")).isNotBlank();
        Properties withRoles = bundle("translations.properties");
        AuditLabels roles = new AuditLabels(k -> withRoles.getProperty(k, zh.getProperty(k, "!" + k + "!")),
                Locale.SIMPLIFIED_CHINESE, names);
        assertThat(roles.value("USER", "COUNTY body=140921")).isEqualTo("推荐单位审核人员 body=140921");
        assertThat(roles.value("USER", "EXPERT")).isEqualTo("评审专家");
    }
}
