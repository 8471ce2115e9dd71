package org.ticportal.policy.api.setting;

/** The type of a setting's value, which decides the field the portal renders. */
public enum SettingType {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    TEXT,
    /** A time of day, {@code HH:mm}. */
    TIME,
    /** A date, ISO {@code yyyy-MM-dd}; the default may be empty ("not yet known"). */
    DATE,
    /** One of {@link SettingDefinition#choices()}. */
    CHOICE
}
