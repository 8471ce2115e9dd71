package org.ticportal.ui.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit record's before and after values taken apart field by field, so the details show what changed rather than
 * two long strings. The services write a value as one of: a JSON object (quotas, a saved view's state), parts joined
 * by {@code " | "}, {@code " / "} or {@code "; "} (a call, a unit's name / division / confirming body, an expert), words
 * of {@code key=value} after a leading code (a user's access: {@code EXPERT body=140900 unit=7}), or a single value. A
 * part with a {@code key=value} form is a field of that key; other parts are fields by their position (1, 2 …).
 */
final class AuditChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SEPARATORS = List.of(" | ", " / ", "; ");
    private static final Pattern KEY_VALUE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,40}=.*");

    /**
     * One field of the value: its name (a key, or the part's position from 1), before and after ({@code null}: not
     * there).
     */
    record Change(String field, @Nullable String before, @Nullable String after) {

        boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    private AuditChanges() {
    }

    /**
     * The fields of the two values, in the order they first appear; empty when neither value has more than one field
     * (a single value reads as it is).
     */
    static List<Change> of(@Nullable String before, @Nullable String after) {
        Map<String, String> from = fields(before, after);
        Map<String, String> to = fields(after, before);
        if (from.size() <= 1 && to.size() <= 1) {
            return List.of();
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        from.keySet().forEach(k -> changes.put(k, new Change(k, from.get(k), to.get(k))));
        to.keySet().forEach(k -> changes.putIfAbsent(k, new Change(k, null, to.get(k))));
        return List.copyOf(changes.values());
    }

    /** A value's fields, split the way the other value is split too when both are given. */
    private static Map<String, String> fields(@Nullable String value, @Nullable String other) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        Map<String, String> json = json(value);
        if (json != null) {
            return json;
        }
        String separator = separator(value, other);
        List<String> parts = separator != null ? List.of(value.split(Pattern.quote(separator), -1))
                : words(value, other);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).strip();
            if (KEY_VALUE.matcher(part).matches()) {
                int eq = part.indexOf('=');
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            } else {
                fields.put(Integer.toString(i + 1), part);
            }
        }
        return fields;
    }

    /** The separator either value uses, the first of {@link #SEPARATORS} that one of them contains. */
    private static @Nullable String separator(String value, @Nullable String other) {
        for (String s : SEPARATORS) {
            if (value.contains(s) || (other != null && other.contains(s))) {
                return s;
            }
        }
        return null;
    }

    /** Words split at spaces when some word is {@code key=value} (a user's access), else the value whole. */
    private static List<String> words(String value, @Nullable String other) {
        List<String> words = List.of(value.strip().split("\\s+"));
        boolean keyed = words.stream().anyMatch(w -> KEY_VALUE.matcher(w).matches())
                || (other != null && List.of(other.strip().split("\\s+")).stream()
                .anyMatch(w -> KEY_VALUE.matcher(w).matches()));
        return keyed ? words : List.of(value);
    }

    /** A JSON object's fields (nested values as JSON text), or {@code null} when the value is no JSON object. */
    private static @Nullable Map<String, String> json(String value) {
        String text = value.strip();
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                return null;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (var entry : node.properties()) {
                JsonNode v = entry.getValue();
                fields.put(entry.getKey(), v.isValueNode() ? v.asString() : v.toString());
            }
            return fields;
        } catch (JacksonException e) {
            return null;
        }
    }
}
