package org.ticportal.ui.evaluations;

import java.io.InputStream;
import java.util.List;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.StoredFileInfo;
import org.ticportal.core.evaluation.SelfAssessmentForms;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.forms.AttachmentSupport;
import org.ticportal.ui.forms.Catalogs;
import org.ticportal.ui.forms.FormRenderer;

/**
 * The self-assessment on the policy's form, on the evaluation's page: for the lead unit while it may file it, the form
 * with its files, 保存草稿 and 提交自评 (problems shown at their fields, nothing stored when one remains); for everyone
 * else who sees the evaluation, the filed form read-only, its files to open.
 */
class SelfAssessmentPanel extends VerticalLayout {

    private final SelfAssessmentForms forms;
    private final long id;
    private final LongSupplier freshVersion;
    private final Runnable changed;
    private long version;
    private final FormRenderer renderer;

    /**
     * @param version      the evaluation's version as the page last read it
     * @param freshVersion reads the evaluation's version again (a file attached or removed moves it; what was typed
     *                     stays on the screen)
     * @param changed      what the page does after a save or a filing (reads the evaluation again)
     */
    SelfAssessmentPanel(SelfAssessmentForms forms, FormService catalogs, long id, SelfAssessmentForms.SelfForm form,
                        long version, LongSupplier freshVersion, Runnable changed) {
        this.forms = forms;
        this.id = id;
        this.version = version;
        this.freshVersion = freshVersion;
        this.changed = changed;
        setId("evaluation-self-form-panel");
        setPadding(false);
        renderer = new FormRenderer(form.form(), getLocale(), Catalogs.of(catalogs, form.pin()), attachments(),
                false);
        renderer.setId(form.editable() ? "evaluation-self-form" : "evaluation-self-form-view");
        renderer.setValues(form.values());
        renderer.setFixedFields(SelfAssessmentForms.fixedFields());
        renderer.setReadOnly(!form.editable());
        add(new H3(getTranslation("evaluations.selfAssessment")), renderer);
        if (form.editable()) {
            Button save = new Button(getTranslation("evaluations.selfForm.save"), e -> save());
            save.setId("evaluation-self-save");
            Button submit = new Button(getTranslation("evaluations.submit"), e -> submit());
            submit.setId("evaluation-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(save, submit));
        }
    }

    private void save() {
        try {
            renderer.clearProblems();
            forms.save(id, version, renderer.getValues());
            Messages.success(this, "evaluations.selfForm.saved");
            changed.run();
        } catch (FormValidationException e) {
            renderer.showProblems(e.getProblems());
            Messages.error(this, "form.invalid", e.getProblems().size());
        } catch (BusinessException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void submit() {
        try {
            renderer.clearProblems();
            forms.submit(id, version, renderer.getValues());
            Messages.success(this, "evaluations.submitted");
            changed.run();
        } catch (FormValidationException e) {
            renderer.showProblems(e.getProblems());
            Messages.error(this, "form.invalid", e.getProblems().size());
        } catch (BusinessException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private AttachmentSupport attachments() {
        return new AttachmentSupport() {
            @Override
            public List<? extends StoredFileInfo> list(String fieldKey) {
                return forms.files(id, fieldKey);
            }

            @Override
            public StoredFileInfo upload(String fieldKey, String fileName, InputStream content) {
                return forms.upload(id, fieldKey, fileName, content);
            }

            @Override
            public void remove(long fileId) {
                forms.remove(fileId);
            }

            @Override
            public AttachmentService.Download open(long fileId) {
                return forms.open(fileId);
            }

            @Override
            public void changed() {
                version = freshVersion.getAsLong();
            }
        };
    }
}
