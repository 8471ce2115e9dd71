package org.ticportal.core.report;

import java.util.Map;
import java.util.Objects;

import org.ticportal.core.plugin.PolicyPin;

/**
 * An annual report with its values.
 *
 * @param row    the report
 * @param values the form's values as stored (numbers as {@code BigDecimal}, files as their ids)
 * @param pin    the policy and plugin version whose form and catalogs it is filled in on
 */
public record AnnualReportDetail(AnnualReportRow row, Map<String, Object> values, PolicyPin pin) {

    public AnnualReportDetail {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(pin, "pin");
        values = Map.copyOf(values);
    }
}
