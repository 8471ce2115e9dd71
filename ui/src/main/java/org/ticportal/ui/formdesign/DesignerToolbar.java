package org.ticportal.ui.formdesign;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import org.ticportal.core.form.FieldType;
import org.ticportal.ui.base.Icons;

/** The outline's tools: a new section, a new field of the type chosen, up, down, remove. */
final class DesignerToolbar extends Composite<HorizontalLayout> {

    /** What the designer does for each tool. */
    interface Actions {
        void addSection();

        void addField(FieldType type);

        void move(int delta);

        void remove();
    }

    DesignerToolbar(Actions actions) {
        Select<FieldType> type = new Select<>();
        type.setId("designer-new-type");
        type.setItems(FieldType.values());
        type.setItemLabelGenerator(t -> getTranslation("designer.type." + t.name()));
        type.setValue(FieldType.TEXT);
        type.setWidth("10em");
        type.setAriaLabel(getTranslation("designer.newType"));
        Button addSection = new Button(getTranslation("designer.addSection"), Icons.create(VaadinIcon.FOLDER_ADD),
                e -> actions.addSection());
        addSection.setId("designer-add-section");
        Button addField = new Button(getTranslation("designer.addField"), Icons.create(VaadinIcon.PLUS),
                e -> actions.addField(type.getValue()));
        addField.setId("designer-add-field");
        Button up = icon(VaadinIcon.ARROW_UP, "designer-up", "designer.up", e -> actions.move(-1));
        Button down = icon(VaadinIcon.ARROW_DOWN, "designer-down", "designer.down", e -> actions.move(1));
        Button remove = icon(VaadinIcon.TRASH, "designer-remove", "designer.remove", e -> actions.remove());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = getContent();
        bar.add(addSection, type, addField, up, down, remove);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("designer-toolbar");
    }

    private Button icon(VaadinIcon icon, String id, String labelKey, Consumer<Object> action) {
        Button button = new Button(Icons.create(icon), action::accept);
        button.setId(id);
        button.setTooltipText(getTranslation(labelKey));
        button.setAriaLabel(getTranslation(labelKey));
        return button;
    }
}
