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

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
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

    private static final JsonMapper WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .build();

    /** Reads and checks a definition. */
    public static FormDefinition read(InputStream json) throws IOException {
        FormDefinition form = parse(json.readAllBytes());
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidFormDefinitionException(problems);
        }
        return form;
    }

    /**
     * Reads a definition without checking what it says (a draft in the designer may be unfinished); refused only when
     * it is not a form definition at all.
     */
    public static FormDefinition parse(byte[] json) {
        FormDefinition form;
        try {
            form = JSON.readValue(json, FormDefinition.class);
        } catch (JacksonException e) {
            throw new InvalidFormDefinitionException(List.of("not a form definition: " + e.getOriginalMessage()));
        }
        // what every screen relies on: sections and fields with keys and types, checks with a comparison
        List<String> broken = new ArrayList<>();
        for (FormSection section : form.sections()) {
            if (section == null || section.key() == null || section.title() == null) {
                broken.add("a section without key or title");
                continue;
            }
            for (FormField f : section.fields()) {
                if (f == null || f.key() == null || f.type() == null || f.label() == null) {
                    broken.add("a field without key, type or label in section " + section.key());
                    continue;
                }
                for (FormField c : f.columns()) {
                    if (c == null || c.key() == null || c.type() == null || c.label() == null) {
                        broken.add("a column without key, type or label in " + f.key());
                    }
                }
                for (VisibleWhen w : java.util.Arrays.asList(f.visibleWhen(), f.requiredWhen())) {
                    if (w != null && w.field() == null) {
                        broken.add(f.key() + ": a condition without its field");
                    }
                }
            }
        }
        for (FormConstraint c : form.constraints()) {
            if (c == null || c.field() == null || c.op() == null) {
                broken.add("a check without field or comparison");
            }
        }
        if (!broken.isEmpty()) {
            throw new InvalidFormDefinitionException(broken);
        }
        return form;
    }

    /** The definition as JSON, in the shape {@link #read} reads; properties without a value are left out. */
    public static byte[] write(FormDefinition form) {
        return WRITER.writeValueAsBytes(form);
    }

    /** Everything wrong with a definition, in English for developers; empty when it is fine. */
    public static List<String> problems(FormDefinition form) {
        return definitionProblems(form).stream().map(DefinitionProblem::english).toList();
    }

    /** Everything wrong with a definition, each with a message key and the values it names; empty when it is fine. */
    public static List<DefinitionProblem> definitionProblems(FormDefinition form) {
        Problems problems = new Problems();
        if (form.code() == null || form.code().isBlank()) {
            problems.add("noCode", "the form has no code");
        }
        if (form.title() == null) {
            problems.add("noTitle", "the form has no title");
        }
        if (form.sections().isEmpty()) {
            problems.add("noSection", "the form has no section");
        }
        Set<String> keys = new HashSet<>();
        Set<String> sectionKeys = new HashSet<>();
        for (FormSection section : form.sections()) {
            if (!sectionKeys.add(String.valueOf(section.key()))) {
                problems.add("duplicateSection", section.key(), "duplicate section " + section.key());
            }
            for (FormField field : section.fields()) {
                check(field, field.key(), keys, problems, false);
            }
        }
        Set<String> topKeys = new HashSet<>(form.fields().map(FormField::key).toList());
        for (FormField field : form.fields().toList()) {
            if (field.visibleWhen() != null && !topKeys.contains(field.visibleWhen().field())) {
                problems.add("visibleUnknown", field.key(), field.visibleWhen().field(),
                        field.key() + ": visibleWhen names an unknown field " + field.visibleWhen().field());
            }
            if (field.visibleWhen() != null && field.key().equals(field.visibleWhen().field())) {
                problems.add("visibleSelf", field.key(), field.key() + ": visibleWhen names the field itself");
            }
            for (VisibleWhen w : java.util.Arrays.asList(field.visibleWhen(), field.requiredWhen())) {
                if (w != null && !w.namesAValue()) {
                    problems.add("conditionValue", field.key(),
                            field.key() + ": a condition needs a value to compare with (equals, in or notEmpty)");
                }
            }
            if (field.requiredWhen() != null && !topKeys.contains(field.requiredWhen().field())) {
                problems.add("requiredUnknown", field.key(), field.requiredWhen().field(),
                        field.key() + ": requiredWhen names an unknown field " + field.requiredWhen().field());
            }
            if (field.type() == FieldType.COMPUTED) {
                String sum = field.sum();
                int dot = sum == null ? -1 : sum.indexOf('.');
                boolean ok = dot > 0 && form.field(sum.substring(0, dot)).filter(t -> t.type() == FieldType.TABLE)
                        .flatMap(t -> t.columns().stream().filter(c -> c.key().equals(sum.substring(dot + 1)))
                                .findFirst()).filter(c -> c.type() == FieldType.NUMBER).isPresent();
                if (!ok) {
                    problems.add("computedSum", field.key(),
                            field.key() + ": a computed field needs \"sum\": \"table.numberColumn\"");
                }
            }
        }
        for (FormConstraint c : form.constraints()) {
            checkConstraint(form, c, problems);
        }
        return problems.list;
    }

    /** The problems found so far. */
    private static final class Problems {
        private final List<DefinitionProblem> list = new ArrayList<>();

        void add(String code, String... argumentsThenEnglish) {
            int n = argumentsThenEnglish.length - 1;
            List<String> arguments = java.util.Arrays.stream(argumentsThenEnglish, 0, n)
                    .map(a -> a == null ? "" : a).toList();
            list.add(new DefinitionProblem("formDefinition." + code, arguments, argumentsThenEnglish[n]));
        }
    }

    private static void checkConstraint(FormDefinition form, FormConstraint c, Problems problems) {
        // the check as the designer lists it; English messages say "constraint" before it
        String check = c.field() + " " + (c.op() == null ? "?" : c.op().symbol()) + " "
                + (c.other() != null ? c.other() : c.value());
        String name = "constraint " + check;
        if (c.op() == null) {
            problems.add("constraintOp", check, name + ": no comparison (op)");
            return;
        }
        if (c.message() == null) {
            problems.add("constraintMessage", check, name + ": no message");
        }
        FieldType left = form.field(String.valueOf(c.field())).map(FormField::type).orElse(null);
        if (left != FieldType.NUMBER && left != FieldType.DATE && left != FieldType.COMPUTED) {
            problems.add("constraintNotComparable", check, String.valueOf(c.field()),
                    name + ": compares " + c.field() + ", which is not a number or date field of the form");
            return;
        }
        if ((c.other() == null) == (c.value() == null)) {
            problems.add("constraintOtherOrValue", check,
                    name + ": compare with either another field (other) or a value");
        } else if (c.other() != null) {
            FieldType right = form.field(c.other()).map(FormField::type).orElse(null);
            boolean numbers = (left == FieldType.NUMBER || left == FieldType.COMPUTED)
                    && (right == FieldType.NUMBER || right == FieldType.COMPUTED);
            if (!numbers && !(left == FieldType.DATE && right == FieldType.DATE)) {
                problems.add("constraintOtherKind", check, c.other(),
                        name + ": " + c.other() + " is not a field of the same kind");
            }
        } else if (left == FieldType.DATE ? !c.value().matches("\\d{4}-\\d{2}-\\d{2}")
                : !c.value().matches("-?\\d+(\\.\\d+)?")) {
            problems.add("constraintValue", check,
                    name + ": the value does not fit a " + left.name().toLowerCase(java.util.Locale.ROOT)
                    + " field");
        }
    }

    private static void check(FormField f, String path, Set<String> keys, Problems problems, boolean column) {
        if (f.key() == null || !KEY.matcher(f.key()).matches()) {
            problems.add("badKey", String.valueOf(f.key()), "bad field key '" + f.key() + "'");
            return;
        }
        if (!keys.add(path)) {
            problems.add("duplicateKey", path, "duplicate field key " + path);
        }
        if (f.type() == null) {
            problems.add("noType", path, path + ": no type");
            return;
        }
        if (f.label() == null) {
            problems.add("noLabel", path, path + ": no label");
        }
        if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
            problems.add("minAboveMax", path, path + ": min is above max");
        }
        if (f.pattern() != null) {
            try {
                Pattern.compile(f.pattern());
            } catch (PatternSyntaxException e) {
                problems.add("pattern", path, e.getDescription(),
                        path + ": pattern does not compile: " + e.getDescription());
            }
        }
        switch (f.type()) {
            case PERSON, UNIT -> {
                // parts are fixed; a person's title level comes from "catalog" (TITLE_LEVELS when not given)
            }
            case CHOICE, MULTI_CHOICE -> {
                if ((f.catalog() == null || f.catalog().isBlank()) && f.options().isEmpty()) {
                    problems.add("choiceSource", path, path + ": a choice needs a catalog or options");
                }
            }
            case DECLARATION -> {
                if (f.text() == null) {
                    problems.add("declarationText", path, path + ": a declaration needs its text");
                }
            }
            case TABLE -> {
                if (column) {
                    problems.add("nestedTable", path, path + ": a table cannot hold a table");
                } else if (f.columns().isEmpty()) {
                    problems.add("tableColumns", path, path + ": a table needs columns");
                }
                Set<String> columnKeys = new HashSet<>();
                for (FormField c : f.columns()) {
                    if (c.type() == FieldType.ATTACHMENT || c.type() == FieldType.COMPUTED
                            || c.type() == FieldType.PERSON || c.type() == FieldType.UNIT) {
                        problems.add("columnType", path + "." + c.key(),
                                path + "." + c.key() + ": this type cannot be a column");
                    }
                    check(c, path + "." + c.key(), columnKeys, problems, true);
                }
                keys.addAll(columnKeys);
            }
            case ATTACHMENT -> {
                if (column) {
                    problems.add("attachmentColumn", path, path + ": attachments cannot be table columns");
                }
                for (String type : f.accept()) {
                    if (!FILE_TYPES.contains(type.toLowerCase(java.util.Locale.ROOT))) {
                        problems.add("fileType", path, type, path + ": unknown file type " + type);
                    }
                }
            }
            case NUMBER -> {
                if (f.decimals() != null && (f.decimals() < 0 || f.decimals() > 6)) {
                    problems.add("decimals", path, path + ": decimals must be 0–6");
                }
            }
            default -> {
                // no further properties to check
            }
        }
        if (f.minRows() != null && f.maxRows() != null && f.minRows() > f.maxRows()) {
            problems.add("rows", path, path + ": minRows is above maxRows");
        }
        if (f.min() != null && f.min().compareTo(BigDecimal.valueOf(-1_000_000_000_000L)) < 0) {
            problems.add("minRange", path, path + ": min is out of range");
        }
    }
}
