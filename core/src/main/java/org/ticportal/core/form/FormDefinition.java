package org.ticportal.core.form;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * What a form asks: sections of typed fields, and checks across fields.
 *
 * @param code        the form's code ({@code APPLICATION}, {@code RECOMMENDATION} …)
 * @param title       its title
 * @param layout      how the sections are shown: as tabs (the default) or as numbered steps
 * @param sections    its sections, in order
 * @param constraints checks comparing a field with another field or a value
 */
public record FormDefinition(String code, LocalizedText title, @Nullable Layout layout, List<FormSection> sections,
                             List<FormConstraint> constraints) {

    /** How sections are shown. */
    public enum Layout {
        /** One tab per section, in any order. */
        TABS,
        /** Numbered steps, with previous and next. */
        STEPS
    }

    public FormDefinition {
        layout = layout == null ? Layout.TABS : layout;
        sections = sections == null ? List.of() : List.copyOf(sections);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }

    /** The same form with other sections. */
    public FormDefinition withSections(List<FormSection> newSections) {
        return new FormDefinition(code, title, layout, newSections, constraints);
    }

    public FormDefinition withTitle(LocalizedText value) {
        return new FormDefinition(code, value, layout, sections, constraints);
    }

    public FormDefinition withLayout(Layout value) {
        return new FormDefinition(code, title, value, sections, constraints);
    }

    public FormDefinition withConstraints(List<FormConstraint> value) {
        return new FormDefinition(code, title, layout, sections, value);
    }

    /** Every top-level field, in order. */
    public Stream<FormField> fields() {
        return sections.stream().flatMap(s -> s.fields().stream());
    }

    public Optional<FormField> field(String key) {
        return fields().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Every key a rule can read: top-level fields, table columns as {@code table.column}, and a person's or unit's
     * parts as {@code field.part}.
     */
    public List<String> keys() {
        return fields().flatMap(f -> Stream.of(Stream.of(f.key()),
                f.columns().stream().map(c -> f.key() + "." + c.key()),
                f.parts().stream().map(p -> f.key() + "." + p)).flatMap(s -> s)).toList();
    }

    /** The type of the value a key reads ({@link #keys()}); parts of a person or unit read as text. */
    public Optional<FieldType> typeOf(String key) {
        Optional<FormField> top = field(key);
        if (top.isPresent()) {
            return top.map(FormField::type);
        }
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            String head = key.substring(0, dot);
            String tail = key.substring(dot + 1);
            Optional<FormField> owner = field(head);
            if (owner.isPresent()) {
                FormField f = owner.get();
                if (f.parts().contains(tail)) {
                    return Optional.of(FieldType.TEXT);
                }
                return f.columns().stream().filter(c -> c.key().equals(tail)).findFirst().map(FormField::type);
            }
            dot = head.lastIndexOf('.');
        }
        return Optional.empty();
    }

    /** The evidence codes of the form's attachment fields. */
    public List<String> evidenceCodes() {
        return fields().filter(f -> f.type() == FieldType.ATTACHMENT && f.evidence() != null)
                .map(FormField::evidence).toList();
    }
}
