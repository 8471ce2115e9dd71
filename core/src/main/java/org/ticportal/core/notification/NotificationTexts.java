package org.ticportal.core.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.ticportal.policy.api.LocalizedText;

/**
 * The texts of notifications and e-mails, from the bundle {@code notification/messages} (Chinese, the default) and
 * {@code messages_en} (English). An argument that is a {@link LocalizedText} or a {@link LocalDate} is rendered in the
 * text's language.
 */
final class NotificationTexts {

    private static final String BUNDLE = "notification.messages";

    private NotificationTexts() {
    }

    /** The text in both languages. */
    static LocalizedText both(String key, Object... arguments) {
        return new LocalizedText(render(key, Locale.SIMPLIFIED_CHINESE, arguments),
                render(key, Locale.ENGLISH, arguments));
    }

    /** The text in one language (English for English, Chinese for every other). */
    static String render(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        Locale effective = english(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(bundle.getString("notification.date.pattern"),
                effective);
        Object[] values = Arrays.stream(arguments).map(a -> switch (a) {
            case LocalizedText t -> t.get(effective);
            case LocalDate d -> dates.format(d);
            case Number n -> n.toString();
            case null -> "";
            default -> a;
        }).toArray();
        return new MessageFormat(bundle.getString(key).replace("'", "''"), effective).format(values);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : Locale.ROOT,
                NotificationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
