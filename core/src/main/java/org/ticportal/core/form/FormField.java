package org.ticportal.core.form;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * One field of a form. Which properties apply depends on the type (see {@code docs/form-definitions.md}); the others
 * are null or empty.
 */
public record FormField(
        String key,
        FieldType type,
        LocalizedText label,
        @Nullable LocalizedText help,
        boolean required,
        @Nullable String article,
        @Nullable String unit,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        @Nullable Integer decimals,
        @Nullable Integer maxLength,
        @Nullable String pattern,
        @Nullable LocalizedText patternMessage,
        @Nullable String catalog,
        @Nullable List<FormOption> options,
        @Nullable LocalizedText text,
        @Nullable List<FormField> columns,
        @Nullable Integer minRows,
        @Nullable Integer maxRows,
        @Nullable VisibleWhen visibleWhen,
        @Nullable VisibleWhen requiredWhen,
        @Nullable String evidence,
        @Nullable List<String> accept,
        @Nullable Integer maxSizeMb,
        @Nullable Integer maxFiles,
        @Nullable String sum) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
        accept = accept == null ? List.of() : List.copyOf(accept);
    }

    /** A plain field of a type, for code that builds forms (tests, previews). */
    public static FormField of(String key, FieldType type, LocalizedText label, boolean required) {
        return new FormField(key, type, label, null, required, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the field is shown for these values. */
    public boolean visibleFor(java.util.Map<String, Object> values) {
        return visibleWhen == null || visibleWhen.test(values);
    }

    /** Whether the field must be filled in for these values: always when required, else when its condition holds. */
    public boolean requiredFor(java.util.Map<String, Object> values) {
        return required || requiredWhen != null && requiredWhen.test(values);
    }

    /** The keys of a person's or unit's parts, which rules read as {@code key.part}. */
    public List<String> parts() {
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case PERSON -> List.of(PERSON_NAME, PERSON_TITLE, PERSON_DEGREE);
            case UNIT -> List.of(UNIT_NAME, UNIT_CREDIT_CODE);
            default -> List.of();
        };
    }

    /** The catalog a person's title level is chosen from: {@code catalog}, else the policy's title levels. */
    public String titleCatalog() {
        return catalog != null && !catalog.isBlank() ? catalog : org.ticportal.policy.api.Catalog.TITLE_LEVELS;
    }

    /** Parts of a {@link FieldType#PERSON} value. */
    public static final String PERSON_NAME = "name";
    public static final String PERSON_TITLE = "title";
    public static final String PERSON_DEGREE = "degree";
    /** Parts of a {@link FieldType#UNIT} value. */
    public static final String UNIT_NAME = "name";
    public static final String UNIT_CREDIT_CODE = "creditCode";
}
