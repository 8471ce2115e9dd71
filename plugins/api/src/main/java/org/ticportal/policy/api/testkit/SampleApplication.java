package org.ticportal.policy.api.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.rule.ApplicationData;
import org.ticportal.policy.api.rule.HostQueries;
import org.ticportal.policy.api.rule.RuleContext;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * An application for a test: values by field key and the evidence codes attached. Immutable: every {@code with…}
 * gives a new application, so a test builds one complete application that meets every condition and spoils it one
 * field at a time ({@code complete().with(FieldKeys.USABLE_AREA, 420)}).
 *
 * <p>Values are given as the portal stores them (see {@link ApplicationData}): texts and codes as strings, numbers as
 * numbers (or numeric text), yes/no as {@link Boolean}, multi-choices as lists of codes, tables as lists of rows, a
 * person or unit as the map of its parts ({@link #withPerson}, {@link #withUnit}).
 */
public final class SampleApplication {

    private final Map<String, Object> values;
    private final Set<String> evidence;

    private SampleApplication(Map<String, Object> values, Set<String> evidence) {
        this.values = values;
        this.evidence = evidence;
    }

    /** An application with no values and no evidence. */
    public static SampleApplication empty() {
        return new SampleApplication(Map.of(), Set.of());
    }

    /**
     * An application of the values of a map as {@link ApplicationData#of(Map)} reads it: the evidence codes under
     * {@link ApplicationData#EVIDENCE}, null values left out.
     */
    public static SampleApplication of(Map<String, ?> values) {
        SampleApplication a = empty();
        for (var e : values.entrySet()) {
            if (e.getKey().equals(ApplicationData.EVIDENCE) && e.getValue() instanceof Iterable<?> codes) {
                for (Object code : codes) {
                    a = a.withEvidence(String.valueOf(code));
                }
            } else {
                a = a.with(e.getKey(), e.getValue());
            }
        }
        return a;
    }

    /** This application with the field set to the value; {@code null} removes the field. */
    public SampleApplication with(String fieldKey, @Nullable Object value) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        if (value == null) {
            v.remove(fieldKey);
        } else {
            v.put(fieldKey, value);
        }
        return new SampleApplication(Collections.unmodifiableMap(v), evidence);
    }

    /** This application without the field. */
    public SampleApplication without(String fieldKey) {
        return with(fieldKey, null);
    }

    /** This application with a person field (e.g. {@code director}): its name, title level code and degree code. */
    public SampleApplication withPerson(String fieldKey, String name, @Nullable String titleLevel,
                                        @Nullable String degree) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("name", name);
        if (titleLevel != null) {
            parts.put("title", titleLevel);
        }
        if (degree != null) {
            parts.put("degree", degree);
        }
        return with(fieldKey, Collections.unmodifiableMap(parts));
    }

    /** This application with a unit field (e.g. {@code lead}): its name and unified social credit code. */
    public SampleApplication withUnit(String fieldKey, String name, @Nullable String creditCode) {
        return with(fieldKey, creditCode == null ? Map.of("name", name)
                : Map.of("name", name, "creditCode", creditCode));
    }

    /** This application with one more row in a table (the table is created when missing). */
    public SampleApplication withRow(String tableKey, Map<String, ?> row) {
        List<Object> rows = new ArrayList<>();
        if (values.get(tableKey) instanceof List<?> existing) {
            rows.addAll(existing);
        }
        rows.add(Map.copyOf(row));
        return with(tableKey, List.copyOf(rows));
    }

    /** This application with attachments of the evidence types. */
    public SampleApplication withEvidence(String... evidenceCodes) {
        Set<String> e = new LinkedHashSet<>(evidence);
        e.addAll(List.of(evidenceCodes));
        return new SampleApplication(values, Collections.unmodifiableSet(e));
    }

    /** This application without any attachment of the evidence type. */
    public SampleApplication withoutEvidence(String evidenceCode) {
        Set<String> e = new LinkedHashSet<>(evidence);
        e.remove(evidenceCode);
        return new SampleApplication(values, Collections.unmodifiableSet(e));
    }

    /** The values by field key. */
    public Map<String, Object> values() {
        return values;
    }

    /** The evidence codes attached. */
    public Set<String> evidence() {
        return evidence;
    }

    /** The application's data as a rule reads it (built as the portal builds it). */
    public ApplicationData data() {
        return ApplicationData.of(values, evidence);
    }

    /** What a rule reads when it checks this application, with a host that knows no other records. */
    public RuleContext context(PolicySettings settings, int year) {
        return context(HostQueries.NONE, settings, year);
    }

    /** What a rule reads when it checks this application. */
    public RuleContext context(HostQueries host, PolicySettings settings, int year) {
        return new RuleContext(data(), host, settings, year);
    }

    /**
     * What a rule reads when it checks this application, filed on {@code filed} and checked that day (the unit's
     * registration day read from {@link org.ticportal.policy.api.rule.FieldKeys#LEAD_UNIT_REGISTERED_ON}).
     *
     * @since 0.2.5
     */
    public RuleContext context(HostQueries host, PolicySettings settings, java.time.LocalDate filed) {
        RuleContext dated = new RuleContext(data(), host, settings, filed.getYear());
        return new RuleContext(dated.data(), host, settings, filed.getYear(), filed, filed,
                dated.unitRegisteredOn());
    }

    @Override
    public String toString() {
        return "SampleApplication" + values + " evidence " + evidence;
    }
}
