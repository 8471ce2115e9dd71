package org.ticportal.core.search;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One record the search found, as the results list it.
 *
 * @param kind     what it is
 * @param id       its id, to open it
 * @param title    its name (a center's or unit's name, an application's center name or reference number)
 * @param code     its number: a center's document number, an application's reference number, a credit code
 * @param subtitle a line on whose it is (the lead unit, the applicant unit, an expert's unit), when there is one
 */
public record SearchHit(SearchKind kind, long id, String title, @Nullable String code, @Nullable String subtitle) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a search hit has a title");
        }
        code = code == null || code.isBlank() ? null : code;
        subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle;
    }
}
