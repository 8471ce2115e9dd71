package org.ticportal.ui.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.Degree;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;
import org.ticportal.policy.api.LocalizedText;

/**
 * A person (name, title level, degree) or a unit (name, unified social credit code) on one line; the value is a map
 * from part to text, as the server stores it.
 */
final class PartsEditor extends FieldEditor {

    private final Div root = new Div();
    private final TextField name = new TextField();
    private final @Nullable ComboBox<String> title;
    private final @Nullable ComboBox<String> degree;
    private final @Nullable TextField creditCode;
    private final Span errorText = new Span();
    private java.util.Set<String> retiredTitles = java.util.Set.of();
    private Map<String, LocalizedText> allTitles = Map.of();

    PartsEditor(FormField field, Locale locale, Catalogs catalogs,
                Function<String, String> translate) {
        super(field);
        Span label = new Span(field.label().get(locale) + (field.required() ? " *" : ""));
        label.addClassName("parts-label");
        name.setValueChangeMode(ValueChangeMode.ON_BLUR);
        HorizontalLayout line = new HorizontalLayout(name);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (field.type() == FieldType.PERSON) {
            name.setLabel(translate.apply("form.person.name.label"));
            name.setMaxLength(50);
            Map<String, LocalizedText> titles = catalogs.apply(field.titleCatalog());
            title = new ComboBox<>(translate.apply("form.person.title.label"));
            retiredTitles = catalogs.retired(field.titleCatalog());
            allTitles = titles;
            title.setItems(FieldEditor.offered(titles, retiredTitles, List.of()));
            title.setItemLabelGenerator(c -> titles.containsKey(c) ? titles.get(c).get(locale) : c);
            title.setClearButtonVisible(true);
            degree = new ComboBox<>(translate.apply("form.person.degree.label"));
            degree.setItems(java.util.Arrays.stream(Degree.values()).map(Degree::name).toList());
            degree.setItemLabelGenerator(c -> Degree.of(c).map(d -> d.label().get(locale)).orElse(c));
            degree.setClearButtonVisible(true);
            creditCode = null;
            line.add(title, degree);
        } else {
            name.setLabel(translate.apply("form.unit.name.label"));
            name.setMaxLength(100);
            name.setMinWidth("16em");
            title = null;
            degree = null;
            creditCode = new TextField(translate.apply("form.unit.creditCode.label"));
            creditCode.setMaxLength(18);
            creditCode.setAllowedCharPattern("[0-9A-Za-z]");
            creditCode.setValueChangeMode(ValueChangeMode.ON_BLUR);
            creditCode.setMinWidth("14em");
            line.add(creditCode);
        }
        line.setFlexGrow(1, name);
        errorText.addClassName("field-error");
        errorText.setVisible(false);
        root.addClassName("parts-editor");
        root.add(label, line, errorText);
    }

    @Override
    Component component() {
        return root;
    }

    @Override
    @Nullable Object value() {
        Map<String, Object> parts = new LinkedHashMap<>();
        put(parts, FormField.PERSON_NAME, name.getValue());
        if (title != null && degree != null) {
            put(parts, FormField.PERSON_TITLE, title.getValue());
            put(parts, FormField.PERSON_DEGREE, degree.getValue());
        }
        if (creditCode != null) {
            put(parts, FormField.UNIT_CREDIT_CODE, creditCode.getValue());
        }
        return parts.isEmpty() ? null : parts;
    }

    private static void put(Map<String, Object> parts, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.put(key, value.strip());
        }
    }

    @Override
    void value(@Nullable Object value) {
        Map<?, ?> m = value instanceof Map<?, ?> map ? map : Map.of();
        name.setValue(text(m.get(FormField.PERSON_NAME)));
        if (title != null && degree != null) {
            String held = m.get(FormField.PERSON_TITLE) == null ? null : String.valueOf(m.get(FormField.PERSON_TITLE));
            // a retired title level is offered only to the record that holds it
            title.setItems(FieldEditor.offered(allTitles, retiredTitles, held == null ? List.of() : List.of(held)));
            title.setValue(held);
            degree.setValue(m.get(FormField.PERSON_DEGREE) == null ? null
                    : String.valueOf(m.get(FormField.PERSON_DEGREE)));
        }
        if (creditCode != null) {
            creditCode.setValue(text(m.get(FormField.UNIT_CREDIT_CODE)));
        }
    }

    private static String text(@Nullable Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    @Override
    void error(@Nullable String message) {
        errorText.setText(message == null ? "" : message);
        errorText.setVisible(message != null);
        name.setInvalid(message != null);
        if (creditCode != null) {
            creditCode.setInvalid(message != null);
        }
    }

    @Override
    void readOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        if (title != null && degree != null) {
            title.setReadOnly(readOnly);
            degree.setReadOnly(readOnly);
        }
        if (creditCode != null) {
            creditCode.setReadOnly(readOnly);
        }
    }

    @Override
    void onChange(Runnable listener) {
        name.addValueChangeListener(e -> listener.run());
        if (title != null && degree != null) {
            title.addValueChangeListener(e -> listener.run());
            degree.addValueChangeListener(e -> listener.run());
        }
        if (creditCode != null) {
            creditCode.addValueChangeListener(e -> listener.run());
        }
    }
}
