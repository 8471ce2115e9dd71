package org.ticportal.core.conversion;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.CreditCode;

/**
 * An engineering center as a row of the import gives it, checked: a name, the host unit with a valid unified social
 * credit code, the division's code (a recommending body of the jurisdiction's policy), the year it was recognised.
 *
 * @param name           the engineering center's name (blanks removed)
 * @param unitName       the host unit's name
 * @param creditCode     the host unit's unified social credit code (checked)
 * @param divisionCode   the code of the division (recommending body) it belongs to
 * @param recognizedYear the year it was recognised
 * @param documentNumber the recognition document's number, if given
 * @param field          its technical field, if given
 */
public record EngineeringCenterDraft(String name, String unitName, String creditCode, String divisionCode,
                                     int recognizedYear, @Nullable String documentNumber, @Nullable String field) {

    public EngineeringCenterDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(divisionCode, "divisionCode");
        if (name.isBlank() || unitName.isBlank() || divisionCode.isBlank()) {
            throw new IllegalArgumentException("an engineering center needs a name, a unit and a division");
        }
        if (!CreditCode.isValid(creditCode)) {
            throw new IllegalArgumentException("not a unified social credit code: " + creditCode);
        }
        if (recognizedYear < 1949 || recognizedYear > 2100) {
            throw new IllegalArgumentException("year out of range: " + recognizedYear);
        }
        documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
        field = field == null || field.isBlank() ? null : field.strip();
    }
}
