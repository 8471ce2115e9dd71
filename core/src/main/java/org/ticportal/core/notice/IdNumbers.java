package org.ticportal.core.notice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The 18-character resident identity number (公民身份号码, GB 11643-1999): 17 digits (area, birth date, sequence) and a
 * check character computed by ISO 7064 MOD 11-2 ({@code X} for 10).
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** Whether the text is a well-formed ID number whose birth date exists and whose check character is right. */
    public static boolean valid(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!s.matches("\\d{17}[0-9X]")) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return s.charAt(17) == check(s.substring(0, 17));
    }

    /** The check character of the first 17 digits. */
    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The number with all but the first and last characters hidden, as shown where personal data is not. */
    static String masked(String number) {
        return number.length() < 4 ? "****" : number.charAt(0) + "*".repeat(number.length() - 2)
                + number.charAt(number.length() - 1);
    }
}
