package org.ticportal.core.form;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.ticportal.policy.api.LocalizedText;

/**
 * What a form asks: sections of typed fields.
 *
 * @param code     the form's code ({@code APPLICATION}, {@code RECOMMENDATION} …)
 * @param title    its title
 * @param sections its sections, in order
 */
public record FormDefinition(String code, LocalizedText title, List<FormSection> sections) {

    public FormDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Every top-level field, in order. */
    public Stream<FormField> fields() {
        return sections.stream().flatMap(s -> s.fields().stream());
    }

    public Optional<FormField> field(String key) {
        return fields().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every key a rule can read: top-level fields, and table columns as {@code table.column}. */
    public List<String> keys() {
        return fields().flatMap(f -> Stream.concat(Stream.of(f.key()),
                f.columns().stream().map(c -> f.key() + "." + c.key()))).toList();
    }

    /** The evidence codes of the form's attachment fields. */
    public List<String> evidenceCodes() {
        return fields().filter(f -> f.type() == FieldType.ATTACHMENT && f.evidence() != null)
                .map(FormField::evidence).toList();
    }
}
