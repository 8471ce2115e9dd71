package org.ticportal.ui.formdesign;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormOption;
import org.ticportal.policy.api.LocalizedText;

/** New fields and columns as the designer adds them: valid at once, with the properties their type needs. */
final class NewNodes {

    private final Component texts;

    /** @param texts the component whose language the new labels are in */
    NewNodes(Component texts) {
        this.texts = texts;
    }

    /** A new field's key: its type in lower case without underscores, numbered ({@code yesno1}). */
    static String keyBase(FieldType type) {
        return type.name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    FormField field(String key, FieldType type) {
        return withDefaults(FormField.of(key, type, text("designer.newField"), false));
    }

    FormField column(String key, FieldType type) {
        return withDefaults(FormField.of(key, type, text("designer.newColumn"), false));
    }

    LocalizedText sectionTitle() {
        return text("designer.newSection");
    }

    private LocalizedText text(String key) {
        return new LocalizedText(texts.getTranslation(key), "");
    }

    /** Properties a new field of a type needs to be valid at all. */
    private FormField withDefaults(FormField f) {
        return switch (f.type()) {
            case CHOICE, MULTI_CHOICE -> f.withOptions(List.of(new FormOption("A", new LocalizedText("A", "A")),
                    new FormOption("B", new LocalizedText("B", "B"))));
            case DECLARATION -> f.withText(text("designer.newDeclaration"));
            case TABLE -> f.withColumns(List.of(FormField.of("name", FieldType.TEXT, text("designer.newColumn"),
                    false)));
            case ATTACHMENT -> f.withAccept(List.of("pdf")).withMaxSizeMb(20);
            default -> f;
        };
    }
}
