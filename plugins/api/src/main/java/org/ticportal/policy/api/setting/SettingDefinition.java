package org.ticportal.policy.api.setting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A value the measures leave open, with its default. Administrators edit it in a form the portal renders from this
 * definition; the portal refuses a value {@link #problem(String)} objects to.
 *
 * @param key          stable key, e.g. {@code rectification.months}
 * @param label        the field label
 * @param help         why it exists and what the measures say (or do not)
 * @param type         the value type
 * @param defaultValue the default, as text ({@code 6}, {@code true}, {@code 17:00}, {@code 2026-01-01}); may be empty
 *                     for TEXT and DATE ("not known yet")
 * @param choices      the allowed values for {@link SettingType#CHOICE}
 * @param article      the article the value concerns, or empty
 */
public record SettingDefinition(String key, LocalizedText label, LocalizedText help, SettingType type,
                                String defaultValue, List<String> choices, String article) {

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        help = help == null ? label : help;
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = choices == null ? List.of() : List.copyOf(choices);
        article = article == null ? "" : article;
        if (type == SettingType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("setting " + key + " is a choice without choices");
        }
        Optional<LocalizedText> problem = check(type, choices, defaultValue);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("default of setting " + key + " is invalid: " + problem.get().en());
        }
    }

    /** What is wrong with a value an administrator entered, if anything. */
    public Optional<LocalizedText> problem(@Nullable String value) {
        return check(type, choices, value == null ? "" : value.strip());
    }

    private static Optional<LocalizedText> check(SettingType type, List<String> choices, String value) {
        if (value.isEmpty()) {
            return type == SettingType.TEXT || type == SettingType.DATE ? Optional.empty()
                    : Optional.of(new LocalizedText("请填写", "A value is required"));
        }
        try {
            switch (type) {
                case INTEGER -> Integer.parseInt(value);
                case DECIMAL -> new BigDecimal(value);
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return Optional.of(new LocalizedText("应为 true 或 false", "Must be true or false"));
                    }
                }
                case TIME -> LocalTime.parse(value);
                case DATE -> LocalDate.parse(value);
                case CHOICE -> {
                    if (!choices.contains(value)) {
                        return Optional.of(new LocalizedText("不是可选值之一：" + String.join("、", choices),
                                "Not one of " + String.join(", ", choices)));
                    }
                }
                case TEXT -> {
                    // any text
                }
            }
        } catch (NumberFormatException e) {
            return Optional.of(new LocalizedText("应为数字", "Must be a number"));
        } catch (DateTimeParseException e) {
            return Optional.of(type == SettingType.TIME ? new LocalizedText("时间格式应为 HH:mm", "Use HH:mm")
                    : new LocalizedText("日期格式应为 yyyy-MM-dd", "Use yyyy-MM-dd"));
        }
        return Optional.empty();
    }
}
