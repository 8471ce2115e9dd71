package org.ticportal.core.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * The dates entered on a step's form, checked against the case. A step records something that has happened (a letter
 * issued, a meeting held, an objection received), so, whatever the policy:
 * <ul>
 *   <li>no date of a step's form lies after the day the step is taken;</li>
 *   <li>none lies before the day the application was first submitted (nothing of its review happened earlier);</li>
 *   <li>a step taken during the public notice or the handling of an objection to it has no date before the notice's
 *       first day.</li>
 * </ul>
 * The application's own form is not checked here (its dates are the applicant's facts: founding, certificates).
 */
final class StepDates {

    private StepDates() {
    }

    /**
     * The problems of the step form's date fields, at the field.
     *
     * @param values the step's cleaned values (dates as ISO text)
     * @param zone   the zone the portal counts days in
     */
    static List<FieldProblem> check(FormDefinition form, Map<String, Object> values, RecognitionApplication app,
                                    LocalDate today, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate submitted = app.getSubmittedAt() == null ? null
                : LocalDate.ofInstant(app.getSubmittedAt(), zone);
        boolean inNotice = app.getStageKind() == StageKind.NOTICE || app.getStageKind() == StageKind.OBJECTION;
        LocalDate noticeStart = inNotice ? app.getNoticeStart() : null;
        for (FormField f : form.fields().filter(f -> f.type() == FieldType.DATE).toList()) {
            LocalDate day = day(values.get(f.key()));
            if (day == null) {
                continue;
            }
            if (day.isAfter(today)) {
                problems.add(problem(f, "application.date.future", today));
            } else if (noticeStart != null && day.isBefore(noticeStart)) {
                problems.add(problem(f, "application.date.beforeNotice", noticeStart));
            } else if (submitted != null && day.isBefore(submitted)) {
                problems.add(problem(f, "application.date.beforeSubmission", submitted));
            }
        }
        return problems;
    }

    private static @Nullable LocalDate day(@Nullable Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return value instanceof String s && !s.isBlank() ? LocalDate.parse(s.strip()) : null;
        } catch (DateTimeParseException e) {
            return null; // the form check says so
        }
    }

    private static FieldProblem problem(FormField f, String key, LocalDate limit) {
        return new FieldProblem(f.key(), key, List.of(limit.toString()), null);
    }
}
