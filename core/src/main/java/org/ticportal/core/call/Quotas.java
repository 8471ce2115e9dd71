package org.ticportal.core.call;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Quotas as stored: a flat JSON object of body codes (letters, digits, {@code _-.}) to whole numbers. */
final class Quotas {

    private static final Pattern ENTRY = Pattern.compile("\"([A-Za-z0-9_.-]+)\"\\s*:\\s*(\\d+)");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private Quotas() {
    }

    static Map<String, Integer> read(@Nullable String json) {
        Map<String, Integer> out = new TreeMap<>();
        if (json != null) {
            Matcher m = ENTRY.matcher(json);
            while (m.find()) {
                out.put(m.group(1), Integer.valueOf(m.group(2)));
            }
        }
        return out;
    }

    static @Nullable String write(Map<String, Integer> quotas) {
        if (quotas.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(quotas).forEach((code, quota) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(code).append("\":").append(quota);
        });
        return json.append('}').toString();
    }
}
