package org.ticportal.policy.api;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A text in Simplified Chinese (authoritative: the language of the measures) and English (for English-speaking
 * users; falls back to the Chinese text when blank).
 *
 * @param zh the Chinese text, as written in the measures; never blank
 * @param en the English rendering; may be empty
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        if (zh.isBlank()) {
            throw new IllegalArgumentException("the Chinese text of a LocalizedText must not be blank");
        }
        en = en == null ? "" : en;
    }

    /** A text in Chinese and English; {@code en} may be empty, then English users read the Chinese. */
    public static LocalizedText of(String zh, @Nullable String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for a locale: English for any English locale (when present), otherwise Chinese. */
    public String get(@Nullable Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && !en.isBlank()) {
            return en;
        }
        return zh;
    }
}
