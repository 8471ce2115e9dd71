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
     * The problems of the step form's date fields, at the field; of the date columns of its tables, at the cell.
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
        Limits limits = new Limits(today, inNotice ? app.getNotice().firstDay() : null, submitted);
        for (FormField f : form.fields().toList()) {
            if (f.type() == FieldType.DATE) {
                limits.check(f.key(), values.get(f.key()), problems);
            } else if (f.type() == FieldType.TABLE && values.get(f.key()) instanceof List<?> rows) {
                // a date in a table's row is at its cell, as the form check reports cells: table[row].column
                List<FormField> dates = f.columns().stream().filter(c -> c.type() == FieldType.DATE).toList();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) instanceof Map<?, ?> row) {
                        for (FormField c : dates) {
                            limits.check(f.key() + "[" + (i + 1) + "]." + c.key(), row.get(c.key()), problems);
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** The days a step's date must lie between: not after today, not before the notice began or the submission. */
    private record Limits(LocalDate today, @Nullable LocalDate noticeStart, @Nullable LocalDate submitted) {

        void check(String path, @Nullable Object value, List<FieldProblem> problems) {
            LocalDate day = day(value);
            if (day == null) {
                return;
            }
            if (day.isAfter(today)) {
                problems.add(problem(path, "application.date.future", today));
            } else if (noticeStart != null && day.isBefore(noticeStart)) {
                problems.add(problem(path, "application.date.beforeNotice", noticeStart));
            } else if (submitted != null && day.isBefore(submitted)) {
                problems.add(problem(path, "application.date.beforeSubmission", submitted));
            }
        }
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

    private static FieldProblem problem(String path, String key, LocalDate limit) {
        return new FieldProblem(path, key, List.of(limit.toString()), null);
    }
}
