package org.ticportal.policy.api.setting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The current values of a policy's settings, as rules and the host read them. */
public interface PolicySettings {

    /** The value as text; the default when the administrator has not changed it. */
    String value(String key);

    default int intValue(String key) {
        return Integer.parseInt(value(key).strip());
    }

    default boolean flag(String key) {
        return Boolean.parseBoolean(value(key).strip());
    }

    /** Settings holding the definitions' defaults, overridden by the given values. */
    static PolicySettings of(List<SettingDefinition> definitions, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        definitions.forEach(d -> values.put(d.key(), d.defaultValue()));
        values.putAll(overrides);
        Map<String, String> frozen = Map.copyOf(values);
        return key -> {
            String v = frozen.get(key);
            if (v == null) {
                throw new IllegalArgumentException("no such setting: " + key);
            }
            return v;
        };
    }
}
