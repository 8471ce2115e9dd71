package org.ticportal.ui.applications;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.AvailableAction;
import org.ticportal.core.application.Requirement;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.application.WorkflowRefusedException;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.forms.AttachmentSupport;
import org.ticportal.ui.forms.Catalogs;
import org.ticportal.ui.forms.FormRenderer;

/**
 * Taking one step: what it leads to and requires, the step's own form if the policy gives it one (e.g. the
 * recommendation letter's number), a comment, and — when the step is refused — every reason, each with its article.
 */
class StepDialog extends Dialog {

    /** Takes the step; throws when it is refused. */
    @FunctionalInterface
    interface Performer {
        ApplicationDetail perform(AvailableAction action, @Nullable String comment, Map<String, Object> values);
    }

    private final Div errors = new Div();
    /** The label of an application-form field by key, for problems of fields this dialog does not show. */
    private final Function<String, String> applicationLabels;

    StepDialog(AvailableAction action, Performer performer, Function<String, FormDefinition> stepForms,
               ApplicationDetail detail, FormService forms, AttachmentService attachments, Runnable filesChanged,
               Function<String, String> applicationLabels) {
        this.applicationLabels = applicationLabels;
        setHeaderTitle(action.name().get(getLocale()));
        setWidth("min(60em, 95vw)");
        addClassName("step-dialog");
        add(new Paragraph(getTranslation("action.leadsTo", action.toStageName().get(getLocale()), action.article())));
        if (!action.requirements().isEmpty()) {
            UnorderedList needs = new UnorderedList();
            needs.setId("step-requirements");
            for (Requirement r : action.requirements()) {
                needs.add(new ListItem(r.text().get(getLocale())));
            }
            add(new Paragraph(getTranslation("action.requires")), needs);
        }
        FormRenderer stepForm = null;
        if (!action.formCode().isEmpty()) {
            FormDefinition form = stepForms.apply(action.formCode());
            stepForm = new FormRenderer(form, getLocale(),
                    Catalogs.of(forms, detail.row().pin()),
                    AttachmentSupport.of(attachments, detail.row().id(), form.code(), filesChanged));
            stepForm.setId("step-form");
            add(stepForm);
        }
        TextArea comment = new TextArea(getTranslation("action.comment"));
        comment.setId("step-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setRequired(action.commentRequired());
        add(comment);
        errors.addClassName("step-errors");
        errors.setId("step-errors");
        add(errors);

        FormRenderer renderer = stepForm;
        Button confirm = new Button(getTranslation("action.confirm"), e -> {
            errors.removeAll();
            if (renderer != null) {
                renderer.clearProblems();
            }
            try {
                performer.perform(action, comment.getValue(), renderer == null ? Map.of() : renderer.getValues());
                close();
            } catch (ApplicationView.FormNotSavedException ex) {
                close();
            } catch (FormValidationException ex) {
                if (renderer != null) {
                    renderer.showProblems(ex.getProblems());
                }
                showProblems(ex.getProblems(), renderer);
            } catch (WorkflowRefusedException ex) {
                UnorderedList reasons = new UnorderedList();
                ex.getReasons().forEach(r -> reasons.add(new ListItem(r.get(getLocale()))));
                if (ex.getReport() != null) {
                    for (RuleCheck c : ex.getReport().blocking()) {
                        reasons.add(new ListItem(c.title().get(getLocale()) + "（" + c.article() + "）："
                                + c.message().get(getLocale())));
                    }
                }
                errors.add(new Paragraph(getTranslation("action.refused")), reasons);
            } catch (RuntimeException ex) {
                errors.add(new Paragraph(Messages.describe(this, ex)));
            }
        });
        confirm.setId("step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** Lists the problems of fields this dialog does not show (those of the application form). */
    private void showProblems(List<FieldProblem> problems, @Nullable FormRenderer renderer) {
        UnorderedList list = new UnorderedList();
        for (FieldProblem p : problems) {
            String text = renderer != null ? renderer.message(p) : getTranslation(p.messageKey(),
                    p.arguments().toArray());
            String key = p.fieldKey().contains("[") ? p.fieldKey().substring(0, p.fieldKey().indexOf('['))
                    : p.fieldKey();
            list.add(new ListItem(applicationLabels.apply(key) + "：" + text));
        }
        errors.add(new Paragraph(getTranslation("action.formProblems")), list);
    }
}
