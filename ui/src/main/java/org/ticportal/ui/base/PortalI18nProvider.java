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
import org.ticportal.policy.api.LocalizedText;

/**
 * Translations from {@code vaadin-i18n/translations*.properties} and the screen bundles beside it (UTF-8, see
 * {@link #BUNDLES}): Chinese first, English available.
 * A missing key shows as {@code !key!} and is logged, and a test keeps both bundles complete. Texts are
 * {@link MessageFormat} patterns whose apostrophes are plain apostrophes; an argument that is a {@link LocalizedText}
 * reads in the language of the translation.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    /** The default locale of the portal. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * The bundles, searched in this order: the shared one and one per administration screen family, so that a screen's
     * texts live together. A key is defined in one bundle only (a test checks).
     */
    public static final List<String> BUNDLES = List.of("translations", "forms", "catalogs", "calendar", "backups", "calls",
            "units", "experts", "checklist", "meetings", "notices", "centers", "inbox", "reports", "stages", "conversion",
            "evaluations", "changes", "core", "resultnotices", "export", "audit", "search", "views", "dashboard", "api");

    private static final Logger LOG = LoggerFactory.getLogger(PortalI18nProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        try {
            String pattern = pattern(key, effective);
            // an apostrophe in a text is an apostrophe ("unit's"), never MessageFormat quoting
            if (params.length == 0) {
                return pattern;
            }
            // ids and counts read as written (12345, not 12,345); a text core gives in both languages (a stage's or
            // a step's name in a service's refusal) in the reader's
            Object[] values = java.util.Arrays.stream(params).map(p -> switch (p) {
                case Long l -> l.toString();
                case Integer i -> i.toString();
                case LocalizedText t -> t.get(effective);
                case null -> null;
                default -> p;
            }).toArray();
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

    private static String pattern(String key, Locale locale) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException(key, "vaadin-i18n", key);
    }

    static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n." + name, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
