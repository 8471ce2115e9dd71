package org.ticportal.core.conversion;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ticportal.core.common.CoreMessages;
import org.ticportal.policy.api.LocalizedText;

/**
 * A field of the engineering center registry that a spreadsheet column may hold, with the header words that make the
 * import guess the column (the bureau confirms or changes the guess).
 */
public enum ImportField {
    NAME(true),
    UNIT_NAME(true),
    CREDIT_CODE(true),
    DIVISION(true),
    RECOGNIZED_YEAR(true),
    DOCUMENT_NUMBER(false),
    FIELD(false);

    private final boolean required;

    ImportField(boolean required) {
        this.required = required;
    }

    /**
     * The header words that name it: {@code conversion.headers.<FIELD>} of core's bundle, in Chinese and English,
     * separated by {@code |}.
     */
    List<String> headers() {
        LocalizedText words = CoreMessages.text("conversion.headers." + name());
        return java.util.stream.Stream.concat(Arrays.stream(words.zh().split("\\|")),
                Arrays.stream(words.en().split("\\|"))).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether every row must have it (and so the mapping must name its column). */
    public boolean required() {
        return required;
    }

    /** The key of its label in core's bundle. */
    public String labelKey() {
        return "conversion.field." + name();
    }

    /**
     * How well a header names this field: 0 not at all, else higher for a closer match (the whole header, then a
     * longer alias contained in it).
     */
    int match(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return 0;
        }
        int best = 0;
        for (String alias : headers()) {
            String a = normalise(alias);
            if (h.equals(a)) {
                best = Math.max(best, 1000 + a.length());
            } else if (h.contains(a)) {
                best = Math.max(best, a.length());
            }
        }
        return best;
    }

    static String normalise(String s) {
        return s.replaceAll("[\\s\\u3000*\\uff0a:\\uff1a]+", "").replace('(', '\uff08').replace(')', '\uff09')
                .toLowerCase(Locale.ROOT);
    }
}
