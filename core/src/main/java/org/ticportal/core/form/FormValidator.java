package org.ticportal.core.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.CreditCode;

/**
 * Cleans and checks the values entered on a form, on the server, with the same rules the form shows in the browser.
 * A request that skips the browser's checks is refused here.
 *
 * <p>{@link #clean} keeps only the form's visible fields, turns values into their stored types (text, numbers as
 * {@link BigDecimal}, yes/no as {@link Boolean}, dates as ISO text, choices as codes, tables as lists of rows) and
 * computes the computed fields. {@link #check} lists what is wrong; with {@code complete} it also requires the
 * required fields (on submit; a draft may be incomplete).
 */
public final class FormValidator {

    /** The codes a catalog allows; {@code null} when the catalog is unknown (then any code is accepted). */
    @FunctionalInterface
    public interface Choices {
        @Nullable Set<String> codes(String catalog);
    }

    private FormValidator() {
    }

    /**
     * The choices, plus the codes a record already holds: a catalog entry retired after it was chosen stays
     * acceptable on that record (while it is a draft), though no longer offered to others.
     */
    public static Choices keeping(Choices choices, FormDefinition form, Map<String, Object> stored) {
        Map<String, Set<String>> held = new java.util.HashMap<>();
        for (FormField f : form.fields().toList()) {
            Object v = stored.get(f.key());
            if (f.options().isEmpty() && f.catalog() != null
                    && (f.type() == FieldType.CHOICE || f.type() == FieldType.MULTI_CHOICE)) {
                held.computeIfAbsent(f.catalog(), c -> new java.util.HashSet<>())
                        .addAll(listOfText(v == null ? List.of() : v));
            }
            if (f.type() == FieldType.PERSON && v instanceof Map<?, ?> m && m.get(FormField.PERSON_TITLE) != null) {
                held.computeIfAbsent(f.titleCatalog(), c -> new java.util.HashSet<>())
                        .add(String.valueOf(m.get(FormField.PERSON_TITLE)));
            }
            if (f.type() == FieldType.TABLE && v instanceof List<?> rows) {
                for (FormField c : f.columns()) {
                    if (c.options().isEmpty() && c.catalog() != null) {
                        for (Object r : rows) {
                            if (r instanceof Map<?, ?> row && row.get(c.key()) != null) {
                                held.computeIfAbsent(c.catalog(), x -> new java.util.HashSet<>())
                                        .addAll(listOfText(row.get(c.key())));
                            }
                        }
                    }
                }
            }
        }
        return catalog -> {
            Set<String> codes = choices.codes(catalog);
            Set<String> kept = held.get(catalog);
            if (codes == null || kept == null) {
                return codes;
            }
            Set<String> all = new java.util.HashSet<>(codes);
            all.addAll(kept);
            return all;
        };
    }

    /** The values to store: visible fields only, in stored types, computed fields filled in. */
    public static Map<String, Object> clean(FormDefinition form, Map<String, ?> input) {
        Map<String, Object> raw = new LinkedHashMap<>(input);
        Map<String, Object> out = new LinkedHashMap<>();
        for (FormField f : form.fields().toList()) {
            if (!f.type().isInput()) {
                continue;
            }
            Object v = cleanValue(f, raw.get(f.key()));
            if (v != null) {
                out.put(f.key(), v);
            }
        }
        // a field is kept only when it is visible for the values kept: repeat until chained conditions settle
        boolean removed = true;
        while (removed) {
            removed = false;
            for (FormField f : form.fields().toList()) {
                if (out.containsKey(f.key()) && !f.visibleFor(out)) {
                    out.remove(f.key());
                    removed = true;
                }
            }
        }
        for (FormField f : form.fields().toList()) {
            if (f.type() == FieldType.COMPUTED && f.sum() != null && f.visibleFor(out)) {
                out.put(f.key(), sum(out, f.sum()));
            }
        }
        return out;
    }

    /** What is wrong with cleaned values. */
    public static List<FieldProblem> check(FormDefinition form, Map<String, Object> values, Choices choices,
                                           boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField f : form.fields().toList()) {
            if (!f.type().isInput() || !f.visibleFor(values)) {
                continue;
            }
            checkValue(f, f.key(), values.get(f.key()), choices, complete && f.requiredFor(values), complete,
                    problems);
        }
        for (FormConstraint c : form.constraints()) {
            FormField f = form.field(c.field()).orElse(null);
            if (f == null || !f.visibleFor(values)) {
                continue;
            }
            Object right = c.other() != null ? values.get(c.other()) : c.value();
            if (!c.holds(values.get(c.field()), right)
                    && problems.stream().noneMatch(p -> p.fieldKey().equals(c.field()))) {
                problems.add(new FieldProblem(c.field(), "form.constraint", List.of(), c.message()));
            }
        }
        return problems;
    }

    private static void checkValue(FormField f, String path, @Nullable Object v, Choices choices, boolean required,
                                   boolean complete, List<FieldProblem> problems) {
        if (isEmpty(f, v)) {
            if (required) {
                problems.add(FieldProblem.of(path, f.type() == FieldType.DECLARATION ? "form.declaration"
                        : f.type() == FieldType.TABLE ? "form.rows.min" : "form.required",
                        f.minRows() == null ? 1 : f.minRows()));
            }
            return;
        }
        switch (f.type()) {
            case TEXT, LONG_TEXT -> {
                String s = (String) v;
                if (f.maxLength() != null && s.length() > f.maxLength()) {
                    problems.add(FieldProblem.of(path, "form.maxLength", f.maxLength()));
                } else if (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(s).matches()) {
                    problems.add(new FieldProblem(path, "form.pattern", List.of(), f.patternMessage()));
                }
            }
            case NUMBER -> {
                if (!(v instanceof BigDecimal n)) {
                    problems.add(FieldProblem.of(path, "form.number"));
                    return;
                }
                if (f.min() != null && n.compareTo(f.min()) < 0) {
                    problems.add(FieldProblem.of(path, "form.min", f.min().toPlainString()));
                } else if (f.max() != null && n.compareTo(f.max()) > 0) {
                    problems.add(FieldProblem.of(path, "form.max", f.max().toPlainString()));
                } else if (Math.max(0, n.stripTrailingZeros().scale()) > (f.decimals() == null ? 6 : f.decimals())) {
                    problems.add(FieldProblem.of(path, "form.decimals", f.decimals() == null ? 6 : f.decimals()));
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse((String) v);
                } catch (DateTimeParseException | ClassCastException e) {
                    problems.add(FieldProblem.of(path, "form.date"));
                }
            }
            case CREDIT_CODE -> {
                if (!CreditCode.isValid((String) v)) {
                    problems.add(FieldProblem.of(path, "form.creditCode"));
                }
            }
            case CHOICE -> checkChoice(f, path, List.of((String) v), choices, problems);
            case MULTI_CHOICE -> checkChoice(f, path, listOfText(v), choices, problems);
            case YES_NO -> {
                if (!(v instanceof Boolean)) {
                    problems.add(FieldProblem.of(path, "form.yesNo"));
                }
            }
            case PERSON -> {
                Map<?, ?> m = v instanceof Map<?, ?> map ? map : Map.of();
                if (complete && m.get(FormField.PERSON_NAME) == null) {
                    problems.add(FieldProblem.of(path, "form.person.name"));
                } else if (String.valueOf(m.get(FormField.PERSON_NAME)).length() > 50) {
                    problems.add(FieldProblem.of(path, "form.maxLength", 50));
                }
                Object title = m.get(FormField.PERSON_TITLE);
                Set<String> titles = choices.codes(f.titleCatalog());
                if (title != null && titles != null && !titles.contains(String.valueOf(title))) {
                    problems.add(FieldProblem.of(path, "form.choice", String.valueOf(title)));
                }
                Object degree = m.get(FormField.PERSON_DEGREE);
                if (degree != null && Degree.of(String.valueOf(degree)).isEmpty()) {
                    problems.add(FieldProblem.of(path, "form.choice", String.valueOf(degree)));
                }
            }
            case UNIT -> {
                Map<?, ?> m = v instanceof Map<?, ?> map ? map : Map.of();
                Object code = m.get(FormField.UNIT_CREDIT_CODE);
                if (complete && m.get(FormField.UNIT_NAME) == null) {
                    problems.add(FieldProblem.of(path, "form.unit.name"));
                } else if (complete && code == null) {
                    problems.add(FieldProblem.of(path, "form.unit.creditCode"));
                } else if (code != null && !CreditCode.isValid(String.valueOf(code))) {
                    problems.add(FieldProblem.of(path, "form.creditCode"));
                } else if (m.get(FormField.UNIT_NAME) != null
                        && String.valueOf(m.get(FormField.UNIT_NAME)).length() > 100) {
                    problems.add(FieldProblem.of(path, "form.maxLength", 100));
                }
            }
            case DECLARATION -> {
                if (required && !Boolean.TRUE.equals(v)) {
                    problems.add(FieldProblem.of(path, "form.declaration"));
                }
            }
            case TABLE -> checkTable(f, path, v, choices, complete, problems);
            case ATTACHMENT -> {
                int n = v instanceof Collection<?> c ? c.size() : 1;
                if (f.maxFiles() != null && n > f.maxFiles()) {
                    problems.add(FieldProblem.of(path, "form.files.max", f.maxFiles()));
                }
            }
            case COMPUTED -> {
                // derived, never entered
            }
        }
    }

    private static void checkTable(FormField f, String path, Object v, Choices choices, boolean complete,
                                   List<FieldProblem> problems) {
        List<?> rows = v instanceof List<?> l ? l : List.of();
        if (complete && f.minRows() != null && rows.size() < f.minRows()) {
            problems.add(FieldProblem.of(path, "form.rows.min", f.minRows()));
        }
        if (f.maxRows() != null && rows.size() > f.maxRows()) {
            problems.add(FieldProblem.of(path, "form.rows.max", f.maxRows()));
        }
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = rows.get(i) instanceof Map<?, ?> m ? m : Map.of();
            for (FormField c : f.columns()) {
                checkValue(c, path + "[" + (i + 1) + "]." + c.key(), row.get(c.key()), choices, c.required(), true,
                        problems);
            }
        }
    }

    private static void checkChoice(FormField f, String path, List<String> picked, Choices choices,
                                    List<FieldProblem> problems) {
        Set<String> allowed = !f.options().isEmpty()
                ? Set.copyOf(f.options().stream().map(FormOption::code).toList())
                : choices.codes(f.catalog());
        if (allowed == null) {
            return;
        }
        for (String code : picked) {
            if (!allowed.contains(code)) {
                problems.add(FieldProblem.of(path, "form.choice", code));
                return;
            }
        }
    }

    private static boolean isEmpty(FormField f, @Nullable Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof String s) {
            return s.isBlank();
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty();
        }
        return f.type() == FieldType.DECLARATION && Boolean.FALSE.equals(v);
    }

    private static @Nullable Object cleanValue(FormField f, @Nullable Object v) {
        if (v == null) {
            return null;
        }
        return switch (f.type()) {
            case TEXT, LONG_TEXT, CREDIT_CODE, CHOICE -> {
                String s = String.valueOf(v).strip();
                yield s.isEmpty() ? null : (f.type() == FieldType.CREDIT_CODE ? s.toUpperCase(java.util.Locale.ROOT) : s);
            }
            case DATE -> v instanceof LocalDate d ? d.toString() : blankToNull(String.valueOf(v).strip());
            case NUMBER -> number(v);
            case YES_NO, DECLARATION -> v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v));
            case PERSON, UNIT -> {
                Map<String, Object> parts = new LinkedHashMap<>();
                if (v instanceof Map<?, ?> m) {
                    for (String part : f.parts()) {
                        Object pv = m.get(part);
                        String s = pv == null ? "" : String.valueOf(pv).strip();
                        if (!s.isEmpty()) {
                            parts.put(part, part.equals(FormField.UNIT_CREDIT_CODE)
                                    ? s.toUpperCase(java.util.Locale.ROOT) : s);
                        }
                    }
                }
                yield parts.isEmpty() ? null : parts;
            }
            case MULTI_CHOICE, ATTACHMENT -> {
                List<String> list = listOfText(v);
                yield list.isEmpty() ? null : list;
            }
            case TABLE -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                if (v instanceof Collection<?> c) {
                    for (Object r : c) {
                        if (r instanceof Map<?, ?> m) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (FormField col : f.columns()) {
                                Object cv = cleanValue(col, m.get(col.key()));
                                if (cv != null) {
                                    row.put(col.key(), cv);
                                }
                            }
                            if (!row.isEmpty()) {
                                rows.add(row);
                            }
                        }
                    }
                }
                yield rows.isEmpty() ? null : rows;
            }
            case COMPUTED -> null;
        };
    }

    /** The most digits and the largest exponent a number may have: no measure needs more, and sums stay cheap. */
    private static final int MAX_PRECISION = 30;
    private static final int MAX_SCALE = 12;

    private static @Nullable Object number(Object v) {
        String s = v instanceof BigDecimal || v instanceof Number ? v.toString()
                : String.valueOf(v).strip().replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > 64) {
            return s.substring(0, 64); // kept as text so that check() reports it on the field
        }
        try {
            BigDecimal d = new BigDecimal(s);
            if (d.precision() > MAX_PRECISION || Math.abs(d.scale()) > MAX_SCALE
                    || d.abs().compareTo(BigDecimal.TEN.pow(MAX_PRECISION - MAX_SCALE)) >= 0) {
                return s; // out of any sensible range: reported as not a number
            }
            return d;
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private static List<String> listOfText(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().filter(x -> x != null && !String.valueOf(x).isBlank()).map(String::valueOf).toList();
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? List.of() : List.of(s);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static BigDecimal sum(Map<String, Object> values, String tableDotColumn) {
        int dot = tableDotColumn.indexOf('.');
        String table = tableDotColumn.substring(0, dot);
        String column = tableDotColumn.substring(dot + 1);
        BigDecimal total = BigDecimal.ZERO;
        if (values.get(table) instanceof List<?> rows) {
            for (Object r : rows) {
                if (r instanceof Map<?, ?> m && m.get(column) instanceof BigDecimal n) {
                    total = total.add(n);
                }
            }
        }
        return total;
    }
}
