package org.ticportal.ui.formdesign;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import org.ticportal.core.form.DefinitionEdits.Edited;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormConstraint;
import org.ticportal.core.form.FormField;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.Icons;

/**
 * The form's checks across fields: the list, each removable, and a line to add one (a number or date field compared
 * with another field or a value, and the message shown when it fails). An incomplete line is refused where it is
 * typed.
 */
final class ConstraintEditor extends Composite<Div> {

    private final DesignContext context;

    ConstraintEditor(DesignContext context) {
        this.context = context;
        Div box = getContent();
        box.addClassName("designer-constraints");
        box.add(new H4(getTranslation("designer.constraints")),
                new Paragraph(getTranslation("designer.constraints.help")));
        box.add(list());
        if (context.editable()) {
            box.add(newConstraint());
        }
    }

    Registration addEditListener(ComponentEventListener<DefinitionEditEvent> listener) {
        return addListener(DefinitionEditEvent.class, listener);
    }

    private void change(UnaryOperator<List<FormConstraint>> change) {
        fireEvent(new DefinitionEditEvent(this, d -> new Edited(
                d.withConstraints(change.apply(new ArrayList<>(d.constraints()))), DefinitionPath.form())));
    }

    private String label(String key) {
        return context.fieldLabel(key, getLocale());
    }

    private Grid<FormConstraint> list() {
        Grid<FormConstraint> grid = new Grid<>();
        grid.setId("designer-constraints");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> label(c.field()) + " " + c.op().symbol() + " "
                        + (c.other() != null ? label(c.other()) : c.value()))
                .setHeader(getTranslation("designer.constraint.rule")).setFlexGrow(2);
        grid.addColumn(c -> c.message() == null ? "" : c.message().get(getLocale()))
                .setHeader(getTranslation("designer.constraint.message")).setFlexGrow(2);
        if (context.editable()) {
            grid.addComponentColumn(c -> {
                Button remove = new Button(Icons.create(VaadinIcon.TRASH), e -> change(list -> {
                    list.remove(c);
                    return list;
                }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("designer.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(context.definition().constraints());
        return grid;
    }

    private FormLayout newConstraint() {
        List<String> comparable = context.definition().fields().filter(f -> f.type() == FieldType.NUMBER
                || f.type() == FieldType.DATE || f.type() == FieldType.COMPUTED).map(FormField::key).toList();
        ComboBox<String> field = new ComboBox<>(getTranslation("designer.constraint.field"));
        field.setId("constraint-field");
        field.setItems(comparable);
        field.setItemLabelGenerator(this::label);
        Select<FormConstraint.Op> op = new Select<>();
        op.setId("constraint-op");
        op.setLabel(getTranslation("designer.constraint.op"));
        op.setItems(FormConstraint.Op.values());
        op.setItemLabelGenerator(o -> o.symbol() + " " + getTranslation("designer.op." + o.name()));
        op.setValue(FormConstraint.Op.LE);
        ComboBox<String> other = new ComboBox<>(getTranslation("designer.constraint.other"));
        other.setId("constraint-other");
        other.setItems(comparable);
        other.setItemLabelGenerator(this::label);
        TextField value = new TextField(getTranslation("designer.constraint.value"));
        value.setId("constraint-value");
        TextField message = new TextField(getTranslation("designer.constraint.messageZh"));
        message.setId("constraint-message");
        TextField messageEn = new TextField(getTranslation("designer.constraint.messageEn"));
        messageEn.setId("constraint-message-en");
        Button add = new Button(getTranslation("designer.constraint.add"), Icons.create(VaadinIcon.PLUS), e -> {
            boolean complete = field.getValue() != null && !message.getValue().isBlank()
                    && (other.getValue() != null) != !value.getValue().isBlank();
            if (!complete) {
                message.setErrorMessage(getTranslation("designer.constraint.incomplete"));
                message.setInvalid(true);
                return;
            }
            FormConstraint added = new FormConstraint(field.getValue(), op.getValue(), other.getValue(),
                    value.getValue().isBlank() ? null : value.getValue().strip(),
                    new LocalizedText(message.getValue().strip(), messageEn.getValue().strip()));
            change(list -> {
                list.add(added);
                return list;
            });
        });
        add.setId("constraint-add");
        FormLayout line = new FormLayout(field, op, other, value, message, messageEn, add);
        line.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 3));
        return line;
    }
}
