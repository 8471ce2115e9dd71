package org.ticportal.ui.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates as users read them: 2026年2月25日 (and 2026年2月25日 14:30) in Chinese, the English medium style otherwise.
 * Moments are shown in the portal's zone ({@code ticportal.zone}, set at start-up by {@link DisplayZone}), not in the
 * JVM's default zone (UTC on many servers).
 */
public final class Formats {

    private static volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    /** The zone moments are shown in: the portal's (called once at start-up). */
    static void useZone(ZoneId portalZone) {
        zone = portalZone;
    }

    public static String date(@Nullable LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(date);
    }

    public static String date(@Nullable Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate(), locale);
    }

    public static String dateTime(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE_TIME : EN_DATE_TIME).format(instant.atZone(zone));
    }

    /** A date and time as entered in a given zone (e.g. a call's close time in China's time). */
    public static String dateTime(@Nullable LocalDateTime local, Locale locale) {
        if (local == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE_TIME : EN_DATE_TIME).format(local);
    }

    private static boolean isChinese(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
