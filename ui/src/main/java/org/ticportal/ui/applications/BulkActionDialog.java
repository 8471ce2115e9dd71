package org.ticportal.ui.applications;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The dialog of a {@link BulkActions} action that asks first (加入党组会议议题, 加入公示, 发送催办提醒): what it does to how
 * many rows, a choice (a meeting, a notice) or a message, and the button that runs it — refused while the choice is
 * empty, disabled when there is nothing to choose.
 */
class BulkActionDialog extends Dialog {

    /**
     * @param action the action's name
     * @param go     runs the action once the choice is made, closing the dialog when the action went ahead
     */
    BulkActionDialog(String action, int rows, BulkQuestion question, Consumer<BulkActionDialog> go) {
        super(action);
        Select<?> choice = question.choice();
        TextArea message = question.message();
        setId("applications-bulk-dialog");
        setWidth("min(36em, 95vw)");
        add(new Paragraph(getTranslation("application.bulk.confirm", rows, action)));
        if (choice != null) {
            choice.setId("applications-bulk-choice");
            choice.setWidthFull();
            add(choice);
            if (question.none() && question.noneKey() != null) {
                choice.setEnabled(false);
                choice.setHelperText(getTranslation(question.noneKey()));
            }
        }
        if (message != null) {
            message.setId("applications-bulk-message");
            add(message);
        }
        Button run = new Button(getTranslation("application.bulk.run"), e -> {
            if (choice != null && choice.getValue() == null) {
                choice.setErrorMessage(getTranslation("application.bulk.choose.required"));
                choice.setInvalid(true);
                return;
            }
            go.accept(this);
        });
        run.setId("applications-bulk-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(!question.none());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), run);
    }
}
