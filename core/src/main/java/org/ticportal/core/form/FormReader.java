package org.ticportal.core.form;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a form definition from JSON and checks that it makes sense: unique keys, a way to choose for every choice,
 * typed columns for tables, sums over number columns, conditions on existing fields. A definition with problems is
 * refused with all of them listed.
 */
public final class FormReader {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");
    private static final Set<String> FILE_TYPES = Set.of("pdf", "jpg", "jpeg", "png", "docx", "xlsx", "ofd", "zip");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private FormReader() {
    }

    /** Reads and checks a definition. */
    public static FormDefinition read(InputStream json) throws IOException {
        FormDefinition form;
        try {
            form = JSON.readValue(json, FormDefinition.class);
        } catch (JacksonException e) {
            throw new InvalidFormDefinitionException(List.of("not a form definition: " + e.getOriginalMessage()));
        }
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidFormDefinitionException(problems);
        }
        return form;
    }

    /** Everything wrong with a definition; empty when it is fine. */
    public static List<String> problems(FormDefinition form) {
        List<String> problems = new ArrayList<>();
        if (form.code() == null || form.code().isBlank()) {
            problems.add("the form has no code");
        }
        if (form.title() == null) {
            problems.add("the form has no title");
        }
        if (form.sections().isEmpty()) {
            problems.add("the form has no section");
        }
        Set<String> keys = new HashSet<>();
        Set<String> sectionKeys = new HashSet<>();
        for (FormSection section : form.sections()) {
            if (!sectionKeys.add(String.valueOf(section.key()))) {
                problems.add("duplicate section " + section.key());
            }
            for (FormField field : section.fields()) {
                check(field, field.key(), keys, problems, false);
            }
        }
        for (FormField field : form.fields().toList()) {
            if (field.visibleWhen() != null && !keys.contains(field.visibleWhen().field())) {
                problems.add(field.key() + ": visibleWhen names an unknown field " + field.visibleWhen().field());
            }
            if (field.type() == FieldType.COMPUTED) {
                String sum = field.sum();
                int dot = sum == null ? -1 : sum.indexOf('.');
                boolean ok = dot > 0 && form.field(sum.substring(0, dot)).filter(t -> t.type() == FieldType.TABLE)
                        .flatMap(t -> t.columns().stream().filter(c -> c.key().equals(sum.substring(dot + 1)))
                                .findFirst()).filter(c -> c.type() == FieldType.NUMBER).isPresent();
                if (!ok) {
                    problems.add(field.key() + ": a computed field needs \"sum\": \"table.numberColumn\"");
                }
            }
        }
        return problems;
    }

    private static void check(FormField f, String path, Set<String> keys, List<String> problems, boolean column) {
        if (f.key() == null || !KEY.matcher(f.key()).matches()) {
            problems.add("bad field key '" + f.key() + "'");
            return;
        }
        if (!keys.add(path)) {
            problems.add("duplicate field key " + path);
        }
        if (f.type() == null) {
            problems.add(path + ": no type");
            return;
        }
        if (f.label() == null) {
            problems.add(path + ": no label");
        }
        if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
            problems.add(path + ": min is above max");
        }
        if (f.pattern() != null) {
            try {
                Pattern.compile(f.pattern());
            } catch (PatternSyntaxException e) {
                problems.add(path + ": pattern does not compile: " + e.getDescription());
            }
        }
        switch (f.type()) {
            case CHOICE, MULTI_CHOICE -> {
                if ((f.catalog() == null || f.catalog().isBlank()) && f.options().isEmpty()) {
                    problems.add(path + ": a choice needs a catalog or options");
                }
            }
            case DECLARATION -> {
                if (f.text() == null) {
                    problems.add(path + ": a declaration needs its text");
                }
            }
            case TABLE -> {
                if (column) {
                    problems.add(path + ": a table cannot hold a table");
                } else if (f.columns().isEmpty()) {
                    problems.add(path + ": a table needs columns");
                }
                Set<String> columnKeys = new HashSet<>();
                for (FormField c : f.columns()) {
                    if (c.type() == FieldType.ATTACHMENT || c.type() == FieldType.COMPUTED) {
                        problems.add(path + "." + c.key() + ": this type cannot be a column");
                    }
                    check(c, path + "." + c.key(), columnKeys, problems, true);
                }
                keys.addAll(columnKeys);
            }
            case ATTACHMENT -> {
                if (column) {
                    problems.add(path + ": attachments cannot be table columns");
                }
                for (String type : f.accept()) {
                    if (!FILE_TYPES.contains(type.toLowerCase(java.util.Locale.ROOT))) {
                        problems.add(path + ": unknown file type " + type);
                    }
                }
            }
            case NUMBER -> {
                if (f.decimals() != null && (f.decimals() < 0 || f.decimals() > 6)) {
                    problems.add(path + ": decimals must be 0–6");
                }
            }
            default -> {
                // no further properties to check
            }
        }
        if (f.minRows() != null && f.maxRows() != null && f.minRows() > f.maxRows()) {
            problems.add(path + ": minRows is above maxRows");
        }
        if (f.min() != null && f.min().compareTo(BigDecimal.valueOf(-1_000_000_000_000L)) < 0) {
            problems.add(path + ": min is out of range");
        }
    }
}
