package org.ticportal.ui.evaluations;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationService;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.evaluation.EvaluationViews.Action;
import org.ticportal.core.evaluation.SelfAssessmentForms;
import org.ticportal.core.form.FormService;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;

/**
 * What the user may do now on an evaluation's page (art. 14), by the actions the evaluation allows them: the lead
 * unit's self-assessment (on the policy's form, or a summary with scores and evidence) or rectification report, a
 * reviewer's pass or return with a reason, an expert's scores and opinion, the bureau's result and re-check. Shown
 * only when there is something to do; after each step the page reads the evaluation again.
 */
class EvaluationActions extends VerticalLayout {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final EvaluationService evaluations;
    private final long id;
    private final Runnable reload;

    /**
     * @param form   the self-assessment on the policy's form, if the evaluation has one
     * @param reload what the page does after a step (reads the evaluation again)
     */
    EvaluationActions(EvaluationService evaluations, EvaluationReader reader, SelfAssessmentForms selfForms,
                      FormService forms, long id, EvaluationViews.Detail d,
                      SelfAssessmentForms.@Nullable SelfForm form, Runnable reload) {
        this.evaluations = evaluations;
        this.id = id;
        this.reload = reload;
        setId("evaluation-actions");
        setPadding(false);
        Locale locale = getLocale();
        add(new H3(getTranslation("evaluations.todo")));
        if (form != null && form.editable()) {
            // the self-assessment on the policy's form: its files are attached to its fields
            add(new SelfAssessmentPanel(selfForms, forms, id, form, d.row().version(),
                    () -> reader.get(id).row().version(), reload));
        } else if (d.actions().contains(Action.UPLOAD)) {
            add(upload());
        }
        if (d.actions().contains(Action.SUBMIT) && (form == null || !form.editable())) {
            TextArea summary = area("evaluation-summary", "evaluations.summary", d.selfSummary());
            Map<String, BigDecimalField> scores = scoreFields("evaluation-self-score-", d, d.selfScores(), locale);
            Button submit = new Button(getTranslation("evaluations.submit"), e -> act(() -> evaluations
                    .submitSelfAssessment(id, d.row().version(), summary.getValue(), values(scores)),
                    "evaluations.submitted"));
            submit.setId("evaluation-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(summary, fields(scores), submit);
        }
        if (d.actions().contains(Action.APPROVE) || d.actions().contains(Action.RETURN)) {
            addReview(d);
        }
        if (d.actions().contains(Action.SCORE)) {
            Map<String, BigDecimal> mine = d.seats().isEmpty() ? Map.of() : d.seats().get(0).scores();
            Map<String, BigDecimalField> scores = scoreFields("evaluation-score-", d, mine, locale);
            TextArea opinion = area("evaluation-opinion", "evaluations.opinion",
                    d.seats().isEmpty() ? null : d.seats().get(0).opinion());
            Button score = new Button(getTranslation("evaluations.scoreSave"), e -> act(() -> evaluations
                    .score(id, values(scores), opinion.getValue()), "evaluations.scored"));
            score.setId("evaluation-score-save");
            score.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(fields(scores), opinion, score);
        }
        if (d.actions().contains(Action.DECIDE)) {
            Button decide = new Button(getTranslation("evaluations.decide"), e -> act(() -> evaluations
                    .decide(id, d.row().version()), "evaluations.decided"));
            decide.setId("evaluation-decide");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Paragraph help = new Paragraph(getTranslation("evaluations.decide.help"));
            help.addClassName("field-help");
            add(help, decide);
        }
        if (d.actions().contains(Action.REPORT)) {
            TextArea report = area("evaluation-report-text", "evaluations.report", null);
            Button send = new Button(getTranslation("evaluations.reportSave"), e -> act(() -> evaluations
                    .reportRectification(id, d.row().version(), report.getValue()), "evaluations.reported"));
            send.setId("evaluation-report-save");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(report, send);
        }
        if (d.actions().contains(Action.RECHECK)) {
            addRecheck(d);
        }
    }

    /** A reviewer's pass or return, with a reason. */
    private void addReview(EvaluationViews.Detail d) {
        TextArea comment = area("evaluation-comment", "evaluations.comment", null);
        HorizontalLayout buttons = new HorizontalLayout();
        if (d.actions().contains(Action.APPROVE)) {
            Button approve = new Button(getTranslation("evaluations.approve"), e -> act(() -> evaluations
                    .approve(id, d.row().version(), comment.getValue()), "evaluations.approved"));
            approve.setId("evaluation-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(approve);
        }
        if (d.actions().contains(Action.RETURN)) {
            Button ret = new Button(getTranslation("evaluations.return"), e -> act(() -> evaluations
                    .sendBack(id, d.row().version(), comment.getValue()), "evaluations.returned"));
            ret.setId("evaluation-return");
            buttons.add(ret);
        }
        add(comment, buttons);
    }

    /** The bureau's re-check of a rectification: passed or failed, with a comment. */
    private void addRecheck(EvaluationViews.Detail d) {
        TextArea comment = area("evaluation-recheck-comment", "evaluations.comment", null);
        Button pass = new Button(getTranslation("evaluations.recheck.pass"), e -> act(() -> evaluations
                .recheck(id, d.row().version(), true, comment.getValue()), "evaluations.rechecked"));
        pass.setId("evaluation-recheck-pass");
        pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fail = new Button(getTranslation("evaluations.recheck.fail"), e -> act(() -> evaluations
                .recheck(id, d.row().version(), false, comment.getValue()), "evaluations.rechecked"));
        fail.setId("evaluation-recheck-fail");
        fail.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(comment, new HorizontalLayout(pass, fail));
    }

    private Component upload() {
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            byte[] bytes = Uploads.readAtMost(event.getInputStream(), MAX_BYTES + 1);
            String name = event.getFileName();
            String error = null;
            try {
                evaluations.upload(id, name, new ByteArrayInputStream(bytes));
            } catch (BusinessException ex) {
                error = Messages.describe(this, ex);
            }
            String failure = error;
            ui.access(() -> {
                if (failure != null) {
                    Messages.error(this, "error.message", failure);
                } else {
                    reload.run();
                }
            });
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("evaluation-upload");
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".png", ".xlsx", ".docx");
        Span label = new Span(getTranslation("evaluations.evidence"));
        return new VerticalLayout(label, upload);
    }

    private Map<String, BigDecimalField> scoreFields(String idPrefix, EvaluationViews.Detail d,
                                                     Map<String, BigDecimal> values, Locale locale) {
        Map<String, BigDecimalField> fields = new LinkedHashMap<>();
        for (EvaluationViews.Indicator i : d.indicators()) {
            BigDecimalField f = new BigDecimalField(getTranslation("evaluations.indicator", i.name().get(locale),
                    i.weight().toPlainString()));
            f.setId(idPrefix + i.code());
            f.setValue(values.get(i.code()));
            fields.put(i.code(), f);
        }
        return fields;
    }

    private static FormLayout fields(Map<String, BigDecimalField> fields) {
        FormLayout form = new FormLayout();
        fields.values().forEach(form::add);
        return form;
    }

    private static Map<String, BigDecimal> values(Map<String, BigDecimalField> fields) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        fields.forEach((code, f) -> {
            if (f.getValue() != null) {
                out.put(code, f.getValue());
            }
        });
        return out;
    }

    private TextArea area(String componentId, String labelKey, @Nullable String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(componentId);
        area.setWidthFull();
        area.setMaxLength(4000);
        area.setValue(value == null ? "" : value);
        return area;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Messages.success(this, successKey);
            reload.run();
        } catch (BusinessException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        }
    }
}
