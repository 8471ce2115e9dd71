package org.ticportal.policy.api.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyProvider;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the texts a policy shows without an English rendering: walks everything the provider exposes (identity,
 * catalogs, naming, rules, procedure, notice, evaluation, changes, settings, documents, messages) and the labels of its
 * form definitions. Kept with the API's tests and shared with the shipped plugins' tests through the API's test jar.
 */
public final class EnglishTexts {

    private static final String API = "org.ticportal.policy.api";

    private final List<String> missing = new ArrayList<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int texts;

    private EnglishTexts() {
    }

    /** The texts without English, each as "where: Chinese text"; fails when the walk finds next to nothing. */
    public static List<String> missingIn(PolicyProvider policy) {
        EnglishTexts walk = new EnglishTexts();
        walk.walk("identity", policy.identity());
        walk.walk("catalogs", policy.catalogs());
        walk.walk("naming", policy.naming());
        walk.walk("rules", policy.eligibilityRules());
        walk.walk("procedure", policy.procedure());
        walk.walk("notice", policy.notice());
        walk.walk("evaluation", policy.evaluation());
        walk.walk("changeTypes", policy.changeTypes());
        walk.walk("conversionSources", policy.conversionSources());
        walk.walk("rewards", policy.rewards());
        walk.walk("settings", policy.settings());
        walk.walk("documents", policy.documents());
        walk.walk("messages", policy.messages());
        for (DocumentTemplate d : policy.documents()) {
            if (d.kind() == DocumentTemplate.Kind.FORM) {
                walk.form(d.resource(), read(policy, d.resource()));
            }
        }
        if (walk.texts < 100) {
            throw new IllegalStateException("the walk found only " + walk.texts + " texts");
        }
        return List.copyOf(walk.missing);
    }

    private void walk(String path, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Enum<?>
                || value instanceof Boolean || !seen.add(value)) {
            return;
        }
        switch (value) {
            case LocalizedText t -> text(path, t.zh(), t.en());
            case Optional<?> o -> o.ifPresent(v -> walk(path, v));
            case Collection<?> c -> {
                int i = 0;
                for (Object item : c) {
                    walk(path + "[" + i++ + "]", item);
                }
            }
            case Map<?, ?> m -> m.forEach((k, v) -> walk(path + "[" + k + "]", v));
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    walk(path + "." + c.getName(), call(c.getAccessor(), r));
                }
            }
            default -> {
                // a plugin's own class behind an API interface (a rule): what the interface lets the host read
                for (Class<?> type : value.getClass().getInterfaces()) {
                    if (type.getPackageName().startsWith(API)) {
                        for (Method m : type.getMethods()) {
                            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                                walk(path + "." + m.getName(), call(m, value));
                            }
                        }
                    }
                }
            }
        }
    }

    /** A form definition: every {"zh": …} object needs its "en". */
    private void form(String path, JsonNode node) {
        if (node.isObject()) {
            if (node.has("zh")) {
                text(path, node.path("zh").asString(), node.path("en").asString(""));
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = node.path("key").isString() ? node.path("key").asString() : e.getKey();
                form(path + "/" + (e.getKey().equals("zh") || e.getKey().equals("en") ? "" : key + "."
                        + e.getKey()), e.getValue());
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node.values()) {
                form(path + "[" + i++ + "]", item);
            }
        }
    }

    private void text(String path, String zh, String en) {
        texts++;
        if (en == null || en.isBlank()) {
            missing.add(path + ": " + zh);
        }
    }

    private static Object call(Method method, Object target) {
        try {
            method.setAccessible(true);
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(method + " could not be read", e);
        }
    }

    private static JsonNode read(PolicyProvider policy, String resource) {
        try (InputStream in = policy.getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
