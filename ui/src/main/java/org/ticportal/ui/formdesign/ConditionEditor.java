package org.ticportal.ui.formdesign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.DefinitionEdits;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.VisibleWhen;

/**
 * A condition on another field (when a field is shown, or when it is required): which field, how it compares (equals
 * a value, is one of several, is filled in), with which values. The values offered are the other field's choices; a
 * condition with nothing to compare waits for its values, since it would hide the field for good.
 */
final class ConditionEditor extends Composite<HorizontalLayout> {

    /** How a condition compares, as the mode select names it. */
    private static final String EQUALS = "equals";
    private static final String IN = "in";
    private static final String NOT_EMPTY = "notEmpty";

    private final DesignContext context;
    private final DefinitionPath path;
    private final BiFunction<FormField, @Nullable VisibleWhen, FormField> setter;
    private final ComboBox<String> on;
    private final Select<String> mode = new Select<>();
    private final ComboBox<String> values;

    /**
     * @param condition the condition it edits, read from the field ({@code visibleWhen}, {@code requiredWhen})
     * @param setter    the field with that condition changed
     * @param id        the id its inputs start with ({@code prop-visible} …)
     */
    ConditionEditor(DesignContext context, DefinitionPath path, Function<FormField, @Nullable VisibleWhen> condition,
                    BiFunction<FormField, @Nullable VisibleWhen, FormField> setter, String labelKey, String id) {
        this.context = context;
        this.path = path;
        this.setter = setter;
        FormField field = DefinitionEdits.field(context.definition(), path).orElseThrow();
        VisibleWhen current = condition.apply(field);
        on = new ComboBox<>(getTranslation(labelKey));
        on.setId(id + "-field");
        on.setItems(context.definition().fields().map(FormField::key).filter(k -> !k.equals(field.key())).toList());
        on.setItemLabelGenerator(key -> context.fieldLabel(key, getLocale()));
        on.setClearButtonVisible(true);
        on.setValue(current == null ? null : current.field());
        mode.setId(id + "-mode");
        mode.setLabel(getTranslation("designer.condition.mode"));
        mode.setItems(EQUALS, IN, NOT_EMPTY);
        mode.setItemLabelGenerator(m -> getTranslation("designer.condition." + m));
        mode.setValue(current == null ? EQUALS : Boolean.TRUE.equals(current.notEmpty()) ? NOT_EMPTY
                : !current.in().isEmpty() ? IN : EQUALS);
        values = new ComboBox<>(getTranslation("designer.condition.values"));
        values.setId(id + "-values");
        values.setAllowCustomValue(true);
        values.setHelperText(getTranslation("designer.condition.values.help"));
        fillValues();
        String currentValues = current == null ? "" : current.equals() != null ? current.equals()
                : String.join(",", current.in());
        values.setValue(currentValues.isEmpty() ? null : currentValues);
        values.addCustomValueSetListener(e -> values.setValue(e.getDetail()));
        on.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fillValues();
                if (e.getValue() == null || NOT_EMPTY.equals(mode.getValue()) || values.getValue() != null) {
                    apply();
                }
            }
        });
        mode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply();
            }
        });
        values.addValueChangeListener(e -> {
            if ((e.isFromClient() || e.getValue() != null) && !Objects.equals(e.getOldValue(), e.getValue())) {
                apply();
            }
        });
        HorizontalLayout line = getContent();
        line.add(on, mode, values);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWidthFull();
    }

    Registration addEditListener(ComponentEventListener<DefinitionEditEvent> listener) {
        return addListener(DefinitionEditEvent.class, listener);
    }

    /** The other field's choices: its options, true and false for a yes/no, else its catalog's codes. */
    private void fillValues() {
        List<String> codes = new ArrayList<>();
        context.definition().field(on.getValue() == null ? "" : on.getValue()).ifPresent(other -> {
            other.options().forEach(o -> codes.add(o.code()));
            if (other.type() == FieldType.YES_NO || other.type() == FieldType.DECLARATION) {
                codes.add("true");
                codes.add("false");
            }
            if (other.catalog() != null && other.options().isEmpty()) {
                codes.addAll(context.catalogCodes(other.catalog()));
            }
        });
        values.setItems(codes);
    }

    private void apply() {
        if (on.getValue() == null) {
            set(null);
            return;
        }
        String v = values.getValue() == null ? "" : values.getValue().strip();
        if (v.isEmpty() && !NOT_EMPTY.equals(mode.getValue())) {
            values.setErrorMessage(getTranslation("designer.condition.values.required"));
            values.setInvalid(true);
            return;
        }
        values.setInvalid(false);
        set(switch (mode.getValue()) {
            case NOT_EMPTY -> VisibleWhen.filledIn(on.getValue());
            case IN -> VisibleWhen.oneOf(on.getValue(), Arrays.stream(v.split("[,，]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
            default -> VisibleWhen.equalTo(on.getValue(), v);
        });
    }

    private void set(@Nullable VisibleWhen condition) {
        fireEvent(new DefinitionEditEvent(this, d -> DefinitionEdits.update(d, path,
                f -> setter.apply(f, condition))));
    }
}
