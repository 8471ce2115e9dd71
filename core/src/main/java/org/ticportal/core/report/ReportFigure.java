package org.ticportal.core.report;

import java.math.BigDecimal;
import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * One figure of a submitted annual report (R&amp;D spend, staff, patents, incubated firms …): a number field of the
 * policy's report form, as the evaluation reads it.
 *
 * @param year     the year reported
 * @param fieldKey the form field's key, e.g. {@code annual.rdSpend}
 * @param label    the field's label
 * @param unit     the field's unit (万元, 人 …), or empty
 * @param value    the value reported
 */
public record ReportFigure(int year, String fieldKey, LocalizedText label, String unit, BigDecimal value) {

    public ReportFigure {
        Objects.requireNonNull(fieldKey, "fieldKey");
        Objects.requireNonNull(label, "label");
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(value, "value");
    }
}
