package org.ticportal.ui.forms;

import java.util.Map;
import java.util.Set;

import org.ticportal.core.form.FormService;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;

/**
 * The choices a form's catalog fields offer: every entry's name (so that old values stay readable) and which entries
 * are retired (not offered for new values).
 */
@FunctionalInterface
public interface Catalogs {

    /** The entries of a catalog by code, with their names, retired ones included. */
    Map<String, LocalizedText> apply(String catalog);

    /** The codes of a catalog that are no longer offered. */
    default Set<String> retired(String catalog) {
        return Set.of();
    }

    /** The catalogs of a policy version as the portal's administrators left them. */
    static Catalogs of(FormService forms, PolicyPin pin) {
        return new Catalogs() {
            @Override
            public Map<String, LocalizedText> apply(String catalog) {
                return forms.catalogLabels(pin, catalog);
            }

            @Override
            public Set<String> retired(String catalog) {
                return forms.retiredCodes(pin, catalog);
            }
        };
    }
}
