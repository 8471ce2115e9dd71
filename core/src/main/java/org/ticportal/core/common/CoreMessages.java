package org.ticportal.core.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.ticportal.policy.api.LocalizedText;

/**
 * The texts core itself produces (step labels, guard refusals, descriptions of a policy): keys in
 * {@code vaadin-i18n/core.properties} (Chinese) and {@code core_en.properties} (English), the bundle the UI also reads
 * for the keys of {@link BusinessException}. Core returns such texts in both languages as a {@link LocalizedText}; an
 * argument that is itself a {@link LocalizedText} (a field's label, a stage's name) is rendered in the same language.
 * Patterns are {@link MessageFormat} patterns whose apostrophes are plain apostrophes. No Chinese is written in core's
 * code (a test checks).
 */
public final class CoreMessages {

    /** The bundle's base name, for the UI's translation provider. */
    public static final String BUNDLE = "vaadin-i18n.core";

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private CoreMessages() {
    }

    /** The text of a key in both languages; fails on an unknown key (a test keeps the bundles complete). */
    public static LocalizedText text(String key, Object... arguments) {
        return new LocalizedText(format(key, CHINESE, arguments), format(key, Locale.ENGLISH, arguments));
    }

    /** The text of a key in one language. */
    public static String format(String key, Locale locale, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] values = Arrays.stream(arguments).map(a -> switch (a) {
            case LocalizedText t -> t.get(locale);
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case null -> "";
            default -> a;
        }).toArray();
        return new MessageFormat(pattern.replace("'", "''"), locale).format(values);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        return ResourceBundle.getBundle(BUNDLE, effective, CoreMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
