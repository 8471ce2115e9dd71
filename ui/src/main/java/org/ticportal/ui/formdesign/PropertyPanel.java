package org.ticportal.ui.formdesign;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.DefinitionEdits;
import org.ticportal.core.form.DefinitionEdits.Edited;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.policy.api.LocalizedText;

/**
 * What the panels of the designer's properties share: the node they show (by path, reading it from the definition as
 * it is now), inputs that apply a change once it is complete, and the {@link DefinitionEditEvent} they fire for each
 * change. A text the definition cannot hold is refused at its input.
 */
abstract class PropertyPanel extends Composite<Div> {

    protected final DesignContext context;
    protected final DefinitionPath path;
    protected final FormLayout layout = new FormLayout();

    PropertyPanel(DesignContext context, DefinitionPath path) {
        this.context = context;
        this.path = path;
        getContent().addClassName("designer-props");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
    }

    /** Adds the inputs; a published version's are read-only. */
    protected final PropertyPanel build() {
        fill();
        if (layout.getParent().isEmpty()) {
            getContent().add(layout);
        }
        if (!context.editable()) {
            getContent().getChildren().forEach(PropertyPanel::readOnly);
        }
        return this;
    }

    protected abstract void fill();

    Registration addEditListener(ComponentEventListener<DefinitionEditEvent> listener) {
        return addListener(DefinitionEditEvent.class, listener);
    }

    protected void fire(Function<FormDefinition, Edited> edit) {
        fireEvent(new DefinitionEditEvent(this, edit));
    }

    /** The field or column shown, as it is now. */
    protected FormField current() {
        return DefinitionEdits.field(context.definition(), path).orElseThrow();
    }

    /** Changes the field or column shown; the change runs here, so that a value it refuses is refused at its input. */
    protected void set(UnaryOperator<FormField> change) {
        FormField changed = change.apply(current());
        fire(d -> DefinitionEdits.replace(d, path, changed));
    }

    protected String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private static void readOnly(Component c) {
        if (c instanceof HasValue<?, ?> hv) {
            hv.setReadOnly(true);
        }
        if (c instanceof Button b) {
            b.setEnabled(false);
        }
        c.getChildren().forEach(PropertyPanel::readOnly);
    }

    // ---- inputs ------------------------------------------------------------------------------------------------

    protected TextField text(String labelKey, String value, Consumer<String> onChange) {
        return bind(new TextField(t(labelKey)), value, onChange);
    }

    protected TextArea area(String labelKey, String value, Consumer<String> onChange) {
        return bind(new TextArea(t(labelKey)), value, onChange);
    }

    /** Applies a text the user typed once it is complete; a text the definition cannot hold is refused at it. */
    protected <F extends TextFieldBase<F, String>> F bind(F field, String value, Consumer<String> onChange) {
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    onChange.accept(e.getValue());
                } catch (IllegalArgumentException refused) {
                    field.setErrorMessage(t("designer.prop.invalidValue"));
                    field.setInvalid(true);
                }
            }
        });
        return field;
    }

    /** A key input: a key another node has is refused where it is typed. */
    protected TextField key(String id, String value, Consumer<String> onChange) {
        TextField key = new TextField(t("designer.prop.key"));
        key.setId(id);
        return bind(key, value, v -> {
            if (DefinitionEdits.keyTaken(context.definition(), path, v.strip())) {
                key.setErrorMessage(t("designer.prop.keyTaken"));
                key.setInvalid(true);
                return;
            }
            onChange.accept(v.strip());
        });
    }

    protected BigDecimalField number(String labelKey, @Nullable BigDecimal value,
                                     Consumer<@Nullable BigDecimal> onChange, String id) {
        BigDecimalField field = new BigDecimalField(t(labelKey));
        field.setId(id);
        field.setValue(value);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return field;
    }

    protected IntegerField integer(String labelKey, @Nullable Integer value, Consumer<@Nullable Integer> onChange,
                                   String id) {
        IntegerField field = new IntegerField(t(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setMin(0);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return field;
    }

    protected static String zh(@Nullable LocalizedText text) {
        return text == null ? "" : text.zh();
    }

    protected static String en(@Nullable LocalizedText text) {
        return text == null ? "" : text.en();
    }

    /** A text from its inputs, stripped as the designer stores texts. */
    protected static LocalizedText texts(String zh, String en) {
        return new LocalizedText(zh.strip(), en.strip());
    }

    protected static @Nullable String blankToNull(String v) {
        return v.isBlank() ? null : v.strip();
    }
}
