package org.ticportal.core.center;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's settings of recognition ({@code ticportal.recognition.*}).
 *
 * @param numberPattern the recognition document number (认定文号) with {@code {year}} and {@code {seq}} (the year's
 *                      sequence from 1), e.g. {@code 忻科字〔{year}〕{seq}号}; by default the neutral
 *                      {@code 〔{year}〕{seq}号} (core's bundle, {@code center.number.defaultPattern})
 */
@ConfigurationProperties("ticportal.recognition")
public record RecognitionProperties(@Nullable String numberPattern) {

    public RecognitionProperties {
        if (numberPattern == null || numberPattern.isBlank()) {
            numberPattern = defaultPattern();
        }
        if (!numberPattern.contains("{seq}")) {
            throw new IllegalArgumentException("ticportal.recognition.number-pattern needs {seq}: " + numberPattern);
        }
    }

    private static String defaultPattern() {
        return org.ticportal.core.common.CoreMessages.text("center.number.defaultPattern").zh();
    }

    /** The number for a year's sequence value. */
    String format(int year, int sequence) {
        return pattern().replace("{year}", Integer.toString(year)).replace("{seq}", Integer.toString(sequence));
    }

    private String pattern() {
        return numberPattern == null ? defaultPattern() : numberPattern;
    }
}
