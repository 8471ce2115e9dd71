package org.ticportal.ui.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations*.properties} (UTF-8): Chinese first, English available.
 * A missing key shows as {@code !key!} and is logged, and a test keeps both bundles complete. Texts are
 * {@link MessageFormat} patterns whose apostrophes are plain apostrophes.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    /** The default locale of the portal. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger LOG = LoggerFactory.getLogger(PortalI18nProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        try {
            String pattern = bundle(effective).getString(key);
            // an apostrophe in a text is an apostrophe ("unit's"), never MessageFormat quoting
            if (params.length == 0) {
                return pattern;
            }
            // ids and counts read as written (12345, not 12,345)
            Object[] values = java.util.Arrays.stream(params)
                    .map(p -> p instanceof Long || p instanceof Integer ? p.toString() : p).toArray();
            return new MessageFormat(pattern.replace("'", "''"), effective).format(values);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation {} for {}", key, effective);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the given one: English for English, otherwise Chinese. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
