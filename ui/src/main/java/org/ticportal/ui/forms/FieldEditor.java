package org.ticportal.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.FormField;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.DatePickers;

/**
 * One form field on screen: the Vaadin component for its type, reading and writing the stored value (text, numbers
 * as {@link BigDecimal}, dates as ISO text, codes, yes/no), and showing an error under it.
 */
abstract class FieldEditor {

    final FormField field;

    FieldEditor(FormField field) {
        this.field = field;
    }

    abstract Component component();

    abstract @Nullable Object value();

    abstract void value(@Nullable Object value);

    abstract void error(@Nullable String message);

    abstract void readOnly(boolean readOnly);

    abstract void onChange(Runnable listener);

    /** The editor for a field's type; attachment and table fields are built by the renderer. */
    static FieldEditor of(FormField field, Locale locale, Catalogs catalogs,
                          Function<String, String> translate) {
        String label = field.label().get(locale);
        return switch (field.type()) {
            case TEXT, CREDIT_CODE -> {
                TextField f = new TextField(label);
                if (field.maxLength() != null) {
                    f.setMaxLength(field.maxLength());
                }
                if (field.type() == org.ticportal.core.form.FieldType.CREDIT_CODE) {
                    f.setMaxLength(18);
                    f.setAllowedCharPattern("[0-9A-Za-z]");
                }
                f.setValueChangeMode(ValueChangeMode.ON_BLUR);
                yield new Simple<>(field, f, f, s -> s.isBlank() ? null : s.strip(), v -> v == null ? "" : v.toString());
            }
            case LONG_TEXT -> {
                TextArea f = new TextArea(label);
                if (field.maxLength() != null) {
                    f.setMaxLength(field.maxLength());
                }
                f.setValueChangeMode(ValueChangeMode.ON_BLUR);
                f.setMinHeight("6em");
                yield new Simple<>(field, f, f, s -> s.isBlank() ? null : s.strip(), v -> v == null ? "" : v.toString());
            }
            case NUMBER, COMPUTED -> {
                BigDecimalField f = new BigDecimalField(label);
                if (field.unit() != null) {
                    f.setSuffixComponent(new Span(field.unit()));
                }
                if (field.type() == org.ticportal.core.form.FieldType.COMPUTED) {
                    f.setReadOnly(true);
                }
                yield new Simple<>(field, f, f, d -> d, v -> v instanceof BigDecimal d ? d
                        : v == null ? null : parse(v.toString()));
            }
            case DATE -> {
                DatePicker f = DatePickers.localized(new DatePicker(label), locale, translate);
                yield new Simple<>(field, f, f, d -> d == null ? null : d.toString(), v -> {
                    try {
                        return v == null ? null : LocalDate.parse(v.toString());
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                });
            }
            case CHOICE -> {
                ComboBox<String> f = new ComboBox<>(label);
                Map<String, LocalizedText> labels = choices(field, catalogs);
                Set<String> retired = retired(field, catalogs);
                f.setItems(offered(labels, retired, List.of()));
                f.setItemLabelGenerator(code -> labels.containsKey(code) ? labels.get(code).get(locale) : code);
                f.setClearButtonVisible(true);
                yield new Simple<>(field, f, f, c -> c, v -> {
                    String code = v == null ? null : v.toString();
                    // a retired entry is offered only to the record that holds it
                    f.setItems(offered(labels, retired, code == null ? List.of() : List.of(code)));
                    return code;
                });
            }
            case MULTI_CHOICE -> {
                MultiSelectComboBox<String> f = new MultiSelectComboBox<>(label);
                Map<String, LocalizedText> labels = choices(field, catalogs);
                Set<String> retired = retired(field, catalogs);
                f.setItems(offered(labels, retired, List.of()));
                f.setItemLabelGenerator(code -> labels.containsKey(code) ? labels.get(code).get(locale) : code);
                yield new Simple<>(field, f, f, set -> set.isEmpty() ? null : List.copyOf(set), v -> {
                    Set<String> codes = v instanceof Collection<?> c
                            ? new LinkedHashSet<>(c.stream().map(String::valueOf).toList()) : Set.of();
                    f.setItems(offered(labels, retired, codes));
                    return codes;
                });
            }
            case YES_NO -> {
                RadioButtonGroup<Boolean> f = new RadioButtonGroup<>(label);
                f.setItems(Boolean.TRUE, Boolean.FALSE);
                f.setItemLabelGenerator(b -> translate.apply(Boolean.TRUE.equals(b) ? "form.yes" : "form.no"));
                yield new Simple<>(field, f, f, b -> b, v -> v instanceof Boolean b ? b
                        : v == null ? null : Boolean.valueOf(v.toString()));
            }
            case DECLARATION -> {
                String text = field.text() == null ? label : field.text().get(locale);
                Checkbox f = new Checkbox(text);
                f.setTooltipText(label);
                yield new Simple<>(field, f, null, b -> Boolean.TRUE.equals(b) ? Boolean.TRUE : Boolean.FALSE,
                        v -> Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v)));
            }
            case PERSON, UNIT -> new PartsEditor(field, locale, catalogs, translate);
            case TABLE, ATTACHMENT -> throw new IllegalArgumentException("built by the renderer: " + field.type());
        };
    }

    /** The codes to offer: every entry but the retired ones, except those the record already holds. */
    static List<String> offered(Map<String, LocalizedText> labels, Set<String> retired,
                                java.util.Collection<String> held) {
        return labels.keySet().stream().filter(c -> !retired.contains(c) || held.contains(c)).toList();
    }

    static Set<String> retired(FormField field, Catalogs catalogs) {
        return field.options().isEmpty() && field.catalog() != null ? catalogs.retired(field.catalog()) : Set.of();
    }

    static Map<String, LocalizedText> choices(FormField field, Catalogs catalogs) {
        if (!field.options().isEmpty()) {
            Map<String, LocalizedText> map = new java.util.LinkedHashMap<>();
            field.options().forEach(o -> map.put(o.code(), o.label()));
            return map;
        }
        return field.catalog() == null ? Map.of() : catalogs.apply(field.catalog());
    }

    private static @Nullable BigDecimal parse(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A field whose component holds the value directly. */
    static final class Simple<V> extends FieldEditor {

        private final AbstractField<?, V> component;
        private final @Nullable HasValidation validation;
        private final Function<V, @Nullable Object> toStored;
        private final Function<@Nullable Object, V> fromStored;
        private final Span errorText = new Span();

        @SuppressWarnings("unchecked")
        <C extends AbstractField<?, V>> Simple(FormField field, C component, @Nullable HasValidation validation,
                                              Function<V, @Nullable Object> toStored,
                                              Function<@Nullable Object, V> fromStored) {
            super(field);
            this.component = component;
            this.validation = validation;
            this.toStored = toStored;
            this.fromStored = fromStored;
            errorText.addClassName("field-error");
            errorText.setVisible(false);
        }

        @Override
        Component component() {
            return component;
        }

        Span errorText() {
            return errorText;
        }

        /** Whether the component shows its error itself (otherwise {@link #errorText()} does). */
        boolean showsOwnErrors() {
            return validation != null;
        }

        @Override
        @Nullable Object value() {
            V v = component.getValue();
            return v == null ? null : toStored.apply(v);
        }

        @Override
        void value(@Nullable Object value) {
            V v = fromStored.apply(value);
            if (v == null) {
                component.clear();
            } else {
                component.setValue(v);
            }
        }

        @Override
        void error(@Nullable String message) {
            if (validation != null) {
                validation.setErrorMessage(message);
                validation.setInvalid(message != null);
            } else {
                errorText.setText(message == null ? "" : message);
                errorText.setVisible(message != null);
            }
        }

        @Override
        void readOnly(boolean readOnly) {
            if (field.type() != org.ticportal.core.form.FieldType.COMPUTED) {
                ((HasValue<?, ?>) component).setReadOnly(readOnly);
            }
        }

        @Override
        void onChange(Runnable listener) {
            component.addValueChangeListener(e -> listener.run());
        }
    }
}
