package org.ticportal.core.search;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The LIKE patterns a {@link SearchSource} matches with, escaped with {@value #ESCAPE} so that {@code %} and
 * {@code _} typed by a user are plain characters.
 */
public final class SearchPatterns {

    /** The escape character of the patterns. */
    public static final char ESCAPE = '\\';

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{2,18}");

    private SearchPatterns() {
    }

    /** A pattern matching any value that contains the text. */
    public static String contains(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    /** A pattern matching any value that starts with the text (an exact value too). */
    public static String prefix(String text) {
        return escape(text.strip()) + "%";
    }

    /**
     * A pattern for the start of a unified social credit code (统一社会信用代码: 18 digits and capital letters), or
     * {@code null} when the text cannot be part of one.
     */
    public static @Nullable String creditCodePrefix(String text) {
        String t = text.strip();
        return CODE.matcher(t).matches() ? t.toUpperCase(Locale.ROOT) + "%" : null;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
