package org.ticportal.core.form;

/** The type of a form field; see {@code docs/form-definitions.md}. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    NUMBER,
    /** ISO {@code yyyy-MM-dd} in data, Chinese format on screen. */
    DATE,
    /** One code from a catalog or the field's options. */
    CHOICE,
    /** A list of codes. */
    MULTI_CHOICE,
    YES_NO,
    /** A pledge the user ticks; true when ticked. */
    DECLARATION,
    /** An 18-character unified social credit code with its check digit. */
    CREDIT_CODE,
    /** A person: name, professional title level (from a catalog) and degree; stored as a map with those keys. */
    PERSON,
    /** A unit: name and unified social credit code (check digit verified); stored as a map with those keys. */
    UNIT,
    /** Rows of typed columns. */
    TABLE,
    /** Files, stored outside the database. */
    ATTACHMENT,
    /** Read-only, derived from other fields. */
    COMPUTED;

    /** Whether values of this type are entered by the user. */
    public boolean isInput() {
        return this != COMPUTED;
    }
}
