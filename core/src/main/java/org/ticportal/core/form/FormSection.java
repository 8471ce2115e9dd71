package org.ticportal.core.form;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/** A section of a form, shown as a step or a tab. */
public record FormSection(String key, LocalizedText title, @Nullable LocalizedText help, List<FormField> fields) {

    public FormSection {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public FormSection withKey(String value) {
        return new FormSection(value, title, help, fields);
    }

    public FormSection withTitle(LocalizedText value) {
        return new FormSection(key, value, help, fields);
    }

    public FormSection withHelp(@Nullable LocalizedText value) {
        return new FormSection(key, title, value, fields);
    }

    public FormSection withFields(List<FormField> value) {
        return new FormSection(key, title, help, value);
    }
}
