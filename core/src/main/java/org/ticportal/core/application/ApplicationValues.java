package org.ticportal.core.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.unit.Unit;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * The values of an application's form as the server keeps them: the fields the unit's registration decides (lead
 * unit's name, credit code, registered body, category, and the center type of a single-type policy, plugin API 0.2.5),
 * which the server takes from the unit and the screens show read-only or hide, and the stored values with the columns
 * read from them (core and full name under the policy's naming rules, center type, director). Shared by
 * {@link ApplicationService} and {@link ApplicationForms}; it checks no roles itself, its callers' public methods do,
 * and runs in their transactions.
 */
@Component
class ApplicationValues {

    private final PolicyProviders providers;
    private final Clock clock;

    ApplicationValues(PolicyProviders providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    /** The pinned policy's center type when it has exactly one. */
    java.util.Optional<String> singleCenterType(RecognitionApplication app) {
        try {
            List<org.ticportal.policy.api.CenterType> types = providers.read(app.getPin(),
                    p -> p.catalogs().centerTypes());
            return types.size() == 1 ? java.util.Optional.of(types.get(0).code()) : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The values of the form's fields that the unit's registration decides. */
    Map<String, Object> registeredUnitValues(RecognitionApplication app, FormDefinition form) {
        Unit unit = app.getUnit();
        Map<String, Object> values = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, @Nullable String> put = (key, value) -> {
            if (value != null && form.field(key).isPresent()) {
                values.put(key, value);
            }
        };
        put.accept(FieldKeys.LEAD_UNIT_NAME, unit.getName());
        put.accept(FieldKeys.LEAD_UNIT_CREDIT_CODE, unit.getCreditCode());
        put.accept(FieldKeys.LEAD_UNIT_REGISTERED_BODY, app.getRecommendingBodyCode());
        put.accept(FieldKeys.LEAD_UNIT_CATEGORY, unit.getCategory());
        // a policy with a single center type: the type is no choice (the screens hide the field)
        put.accept(FieldKeys.CENTER_TYPE, singleCenterType(app).orElse(null));
        return values;
    }

    /** Stores the form's values on the application, with the columns read from them. */
    void store(RecognitionApplication app, Map<String, Object> values) {
        String core = values.get(FieldKeys.CORE_NAME) instanceof String s ? s.strip() : null;
        String full = null;
        if (core != null && !core.isEmpty()) {
            NamingRules naming = providers.read(app.getPin(), p -> p.naming());
            full = PortalHostQueries.normaliseName(naming.fullName(core));
        }
        String type = values.get(FieldKeys.CENTER_TYPE) instanceof String s ? s : null;
        Object director = values.get(FieldKeys.DIRECTOR_ID) != null ? values.get(FieldKeys.DIRECTOR_ID)
                : values.get(FieldKeys.DIRECTOR_NAME);
        String directorKey = director == null ? null : String.valueOf(director).strip().toUpperCase(java.util.Locale.ROOT);
        app.setData(Json.write(values), core == null ? null : truncate(core, 100), full == null ? null
                : truncate(full, 200), type, directorKey == null ? null : truncate(directorKey, 64), clock.instant());
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
