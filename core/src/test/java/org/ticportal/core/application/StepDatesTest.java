package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormSection;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.unit.Unit;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.StageKind;

/** The dates of a step's form against the case: top-level date fields and the date columns of its tables. */
class StepDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 29);
    private static final LocalDate SUBMITTED = TODAY.minusDays(20);

    private static final FormDefinition FORM = new FormDefinition("MEETINGS", text("会议", "Meetings"), null,
            List.of(new FormSection("main", text("基本信息", "Main"), null, List.of(
                    FormField.of("held", FieldType.DATE, text("日期", "Date"), false),
                    FormField.of("experts", FieldType.TABLE, text("专家", "Experts"), false).withColumns(List.of(
                            FormField.of("name", FieldType.TEXT, text("姓名", "Name"), false),
                            FormField.of("signed", FieldType.DATE, text("签字日期", "Signed on"), false)))))),
            List.of());

    @Test
    void aTablesDateColumnIsCheckedAtItsCell() {
        Map<String, Object> values = Map.of("held", TODAY.toString(), "experts", List.of(
                Map.of("name", "甲", "signed", TODAY.toString()),
                Map.of("name", "乙", "signed", TODAY.plusDays(1).toString()),
                Map.of("name", "丙", "signed", SUBMITTED.minusDays(1).toString()),
                Map.of("name", "丁")));

        assertThat(StepDates.check(FORM, values, submittedApplication(), TODAY, ZoneOffset.UTC))
                .extracting(p -> p.fieldKey() + ":" + p.messageKey() + ":" + p.arguments().get(0))
                .containsExactly("experts[2].signed:application.date.future:" + TODAY,
                        "experts[3].signed:application.date.beforeSubmission:" + SUBMITTED);
    }

    @Test
    void aTopLevelDateIsStillCheckedAtItsField() {
        List<FieldProblem> problems = StepDates.check(FORM, Map.of("held", TODAY.plusDays(2).toString()),
                submittedApplication(), TODAY, ZoneOffset.UTC);
        assertThat(problems).extracting(FieldProblem::fieldKey).containsExactly("held");
    }

    private static RecognitionApplication submittedApplication() {
        Instant at = SUBMITTED.atStartOfDay().toInstant(ZoneOffset.UTC);
        Unit unit = new Unit("示例公司", org.ticportal.core.TemplateSamples.creditCode("sd1"), "990101", at);
        RecognitionApplication app = new RecognitionApplication("TEST-2026-00002", new PolicyPin("test", "p", "1.0.0"),
                "990100", unit, "990101", SubmissionChannel.RECOMMENDED, "REVIEW", StageKind.REVIEW, "APPLICATION",
                null, at, "applicant");
        app.submitted(at, 2026);
        return app;
    }

    private static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
