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

    // ---- one property changed: the same field through the validating constructor -------------------------------

    public FormField withKey(String value) {
        return new FormField(value, type, label, help, required, article, unit, min, max, decimals, maxLength,
                pattern, patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withType(FieldType value) {
        return new FormField(key, value, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withLabel(LocalizedText value) {
        return new FormField(key, type, value, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withHelp(@Nullable LocalizedText value) {
        return new FormField(key, type, label, value, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withRequired(boolean value) {
        return new FormField(key, type, label, help, value, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withArticle(@Nullable String value) {
        return new FormField(key, type, label, help, required, value, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withUnit(@Nullable String value) {
        return new FormField(key, type, label, help, required, article, value, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withMin(@Nullable BigDecimal value) {
        return new FormField(key, type, label, help, required, article, unit, value, max, decimals, maxLength,
                pattern, patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withMax(@Nullable BigDecimal value) {
        return new FormField(key, type, label, help, required, article, unit, min, value, decimals, maxLength,
                pattern, patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withDecimals(@Nullable Integer value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, value, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withMaxLength(@Nullable Integer value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, value, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withPattern(@Nullable String value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, value,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withPatternMessage(@Nullable LocalizedText value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                value, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen, evidence, accept,
                maxSizeMb, maxFiles, sum);
    }

    public FormField withCatalog(@Nullable String value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, value, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen, evidence,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withOptions(@Nullable List<FormOption> value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, value, text, columns, minRows, maxRows, visibleWhen, requiredWhen, evidence,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withText(@Nullable LocalizedText value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, value, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withColumns(@Nullable List<FormField> value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, value, minRows, maxRows, visibleWhen, requiredWhen, evidence,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withMinRows(@Nullable Integer value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, value, maxRows, visibleWhen, requiredWhen, evidence,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withMaxRows(@Nullable Integer value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, value, visibleWhen, requiredWhen, evidence,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withVisibleWhen(@Nullable VisibleWhen value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, value, requiredWhen, evidence,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withRequiredWhen(@Nullable VisibleWhen value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, value, evidence,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withEvidence(@Nullable String value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen, value,
                accept, maxSizeMb, maxFiles, sum);
    }

    public FormField withAccept(@Nullable List<String> value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, value, maxSizeMb, maxFiles, sum);
    }

    public FormField withMaxSizeMb(@Nullable Integer value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, value, maxFiles, sum);
    }

    public FormField withMaxFiles(@Nullable Integer value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, value, sum);
    }

    public FormField withSum(@Nullable String value) {
        return new FormField(key, type, label, help, required, article, unit, min, max, decimals, maxLength, pattern,
                patternMessage, catalog, options, text, columns, minRows, maxRows, visibleWhen, requiredWhen,
                evidence, accept, maxSizeMb, maxFiles, value);
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
