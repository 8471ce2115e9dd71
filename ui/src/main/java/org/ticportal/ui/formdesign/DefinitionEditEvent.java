package org.ticportal.ui.formdesign;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

import org.ticportal.core.form.DefinitionEdits.Edited;
import org.ticportal.core.form.FormDefinition;

/**
 * A part of the designer asks for an edit of the definition. The edit is a function of the definition as it is when
 * the designer applies it (a panel stays open across edits, so what it was built from may be older), and says which
 * node to show afterwards (a renamed field keeps being shown under its new key).
 */
class DefinitionEditEvent extends ComponentEvent<Component> {

    private final transient Function<FormDefinition, Edited> edit;

    DefinitionEditEvent(Component source, Function<FormDefinition, Edited> edit) {
        super(source, true);
        this.edit = edit;
    }

    Edited applyTo(FormDefinition definition) {
        return edit.apply(definition);
    }
}
