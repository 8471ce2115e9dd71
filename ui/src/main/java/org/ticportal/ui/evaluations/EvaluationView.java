package org.ticportal.ui.evaluations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationService;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.evaluation.SelfAssessmentForms;
import org.ticportal.core.form.FormService;
import org.ticportal.core.report.ReportFigure;
import org.ticportal.core.evaluation.EvaluationViews.Action;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;

/**
 * One center's evaluation (art. 14): its facts and the policy's steps (the current one marked, each with its actor,
 * time limit and article), what the user may do now — the lead unit's self-assessment with evidence or rectification
 * report, a reviewer's pass or return with a reason, an expert's scores, the bureau's result and re-check — the
 * result with the policy's reason and article, the experts' scores (for the bureau), the files and the history.
 */
@Route("evaluations/:id")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT", "EXPERT"})
public class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final EvaluationService evaluations;
    private final EvaluationReader reader;
    private final SelfAssessmentForms selfForms;
    private final FormService forms;
    private EvaluationViews.@Nullable Detail detail;
    private SelfAssessmentForms.@Nullable SelfForm selfForm;
    private long id;

    EvaluationView(EvaluationService evaluations, EvaluationReader reader, SelfAssessmentForms selfForms,
                   FormService forms) {
        this.evaluations = evaluations;
        this.reader = reader;
        this.selfForms = selfForms;
        this.forms = forms;
        addClassName("evaluation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            detail = reader.get(id);
            selfForm = selfForms.get(id).orElse(null);
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show();
    }

    private void reload() {
        detail = reader.get(id);
        selfForm = selfForms.get(id).orElse(null);
        show();
    }

    private void show() {
        EvaluationViews.Detail d = java.util.Objects.requireNonNull(detail);
        removeAll();
        Locale locale = getLocale();
        RouterLink back = new RouterLink(getTranslation("evaluations.back"), EvaluationsView.class);
        back.setId("evaluation-back");
        H2 title = new H2(d.row().centerName());
        title.setId("evaluation-center");
        FormLayout facts = new FormLayout();
        facts.setId("evaluation-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        facts.addFormItem(text("evaluation-round", d.roundTitle()), getTranslation("evaluations.round"));
        facts.addFormItem(text("evaluation-lead-unit", d.row().leadUnitName()), getTranslation("evaluations.leadUnit"));
        facts.addFormItem(text("evaluation-state", getTranslation("evaluations.state." + d.row().state().name())),
                getTranslation("evaluations.state"));
        facts.addFormItem(text("evaluation-step", d.row().stepName() == null ? null : d.row().stepName().get(locale)
                + (d.row().stepDue() == null ? "" : " · " + getTranslation("evaluations.dueBy",
                Formats.date(d.row().stepDue(), locale)) + (d.row().overdue() ? " " + getTranslation(
                "evaluations.overdue") : ""))), getTranslation("evaluations.step"));
        add(back, title, facts);
        addSteps(d, locale);
        addResult(d, locale);
        addReportFigures(d, locale);
        addActions(d, locale);
        addSelfAssessment(d, locale);
        addSeats(d, locale);
        addFiles(d, locale);
        addHistory(d, locale);
    }

    /** The figures of the center's submitted annual reports, by year: what the evaluation reads of them. */
    private void addReportFigures(EvaluationViews.Detail d, Locale locale) {
        if (d.reportFigures().isEmpty()) {
            return;
        }
        Grid<ReportFigure> grid = new Grid<>();
        grid.setId("evaluation-report-figures");
        grid.addColumn(f -> getTranslation("evaluations.figures.year", f.year()))
                .setHeader(getTranslation("evaluations.figures.yearHeader")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.label().get(locale)).setHeader(getTranslation("evaluations.figures.figure"))
                .setFlexGrow(2);
        grid.addColumn(f -> f.value().stripTrailingZeros().toPlainString() + (f.unit().isEmpty() ? "" : " " + f.unit()))
                .setHeader(getTranslation("evaluations.figures.value")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(d.reportFigures());
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("evaluations.figures")), grid);
    }

    private void addSteps(EvaluationViews.Detail d, Locale locale) {
        Grid<EvaluationViews.Step> steps = new Grid<>();
        steps.setId("evaluation-steps");
        steps.addColumn(s -> (s.current() ? "▶ " : "") + s.name().get(locale))
                .setHeader(getTranslation("evaluations.steps.name")).setFlexGrow(2);
        steps.addColumn(s -> getTranslation("evaluations.actor." + s.actor().name()))
                .setHeader(getTranslation("evaluations.steps.actor"));
        steps.addColumn(s -> s.workingDays() == 0 ? "" : getTranslation("evaluations.steps.days", s.workingDays()))
                .setHeader(getTranslation("evaluations.steps.limit"));
        steps.addColumn(EvaluationViews.Step::article).setHeader(getTranslation("evaluations.article"));
        steps.setItems(d.steps());
        steps.setAllRowsVisible(true);
        steps.setPartNameGenerator(s -> s.current() ? "current-step" : null);
        add(new H3(getTranslation("evaluations.steps")), steps);
    }

    private void addResult(EvaluationViews.Detail d, Locale locale) {
        Div result = new Div();
        result.setId("evaluation-result");
        if (d.row().outcome() != null) {
            FormLayout f = new FormLayout();
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
            f.addFormItem(text("evaluation-score", d.row().score() == null ? getTranslation("evaluations.noScore")
                    : d.row().score().toPlainString()), getTranslation("evaluations.score"));
            f.addFormItem(text("evaluation-grade", d.row().grade() == null ? null : d.row().grade().get(locale)),
                    getTranslation("evaluations.grade"));
            f.addFormItem(text("evaluation-outcome", getTranslation("evaluations.outcome." + d.row().outcome().name())
                    + (d.row().outstanding() ? " · " + getTranslation("evaluations.outstanding") : "")
                    + (d.row().recommendUpward() ? " · " + getTranslation("evaluations.recommendUpward") : "")),
                    getTranslation("evaluations.outcome"));
            String reason = d.reason() == null ? "" : d.reason().get(locale);
            // the policy's reason usually cites its article itself; otherwise the scheme's article is added
            f.addFormItem(text("evaluation-reason", d.article() == null || d.article().isBlank()
                    || reason.contains(d.article()) ? reason
                    : getTranslation("evaluations.withArticle", reason, d.article())),
                    getTranslation("evaluations.reason"));
            if (d.submissionMissing()) {
                f.addFormItem(text("evaluation-missing", getTranslation("evaluations.missing")),
                        getTranslation("evaluations.selfAssessment"));
            }
            if (d.rectifyDue() != null) {
                f.addFormItem(text("evaluation-rectify-due", Formats.date(d.rectifyDue(), locale)),
                        getTranslation("evaluations.rectifyDue"));
            }
            if (d.effectiveOn() != null) {
                f.addFormItem(text("evaluation-effective", Formats.date(d.effectiveOn(), locale)),
                        getTranslation("evaluations.effectiveOn"));
            }
            if (d.row().state() == org.ticportal.core.evaluation.EvaluationState.NOTICE) {
                Anchor notice = new Anchor("public/evaluations", getTranslation("resultNotices.publicPage"));
                notice.setId("evaluation-public-notice");
                f.addFormItem(notice, getTranslation("resultNotices.title"));
            }
            if (d.rectificationReport() != null) {
                f.addFormItem(text("evaluation-report", d.rectificationReport()),
                        getTranslation("evaluations.report"));
            }
            if (d.recheckPassed() != null) {
                f.addFormItem(text("evaluation-recheck", getTranslation(d.recheckPassed() ? "evaluations.recheck.passed"
                        : "evaluations.recheck.failed")), getTranslation("evaluations.recheck"));
            }
            result.add(new H3(getTranslation("evaluations.result")), f);
        }
        Paragraph mapping = new Paragraph(getTranslation("evaluations.mapping", d.mappingSummary().get(locale),
                d.schemeArticle()));
        mapping.addClassName("field-help");
        mapping.setId("evaluation-mapping");
        result.add(mapping);
        add(result);
    }

    private void addActions(EvaluationViews.Detail d, Locale locale) {
        VerticalLayout box = new VerticalLayout();
        box.setId("evaluation-actions");
        box.setPadding(false);
        if (d.actions().isEmpty()) {
            return;
        }
        box.add(new H3(getTranslation("evaluations.todo")));
        SelfAssessmentForms.SelfForm form = selfForm;
        if (form != null && form.editable()) {
            // the self-assessment on the policy's form: its files are attached to its fields
            box.add(new SelfAssessmentPanel(selfForms, forms, id, form, d.row().version(),
                    () -> reader.get(id).row().version(), this::reload));
        } else if (d.actions().contains(Action.UPLOAD)) {
            box.add(upload());
        }
        if (d.actions().contains(Action.SUBMIT) && (form == null || !form.editable())) {
            TextArea summary = area("evaluation-summary", "evaluations.summary", d.selfSummary());
            Map<String, BigDecimalField> scores = scoreFields("evaluation-self-score-", d, d.selfScores(), locale);
            Button submit = new Button(getTranslation("evaluations.submit"), e -> act(() -> evaluations
                    .submitSelfAssessment(id, d.row().version(), summary.getValue(), values(scores)),
                    "evaluations.submitted"));
            submit.setId("evaluation-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(summary, fields(scores), submit);
        }
        if (d.actions().contains(Action.APPROVE) || d.actions().contains(Action.RETURN)) {
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
            box.add(comment, buttons);
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
            box.add(fields(scores), opinion, score);
        }
        if (d.actions().contains(Action.DECIDE)) {
            Button decide = new Button(getTranslation("evaluations.decide"), e -> act(() -> evaluations
                    .decide(id, d.row().version()), "evaluations.decided"));
            decide.setId("evaluation-decide");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Paragraph help = new Paragraph(getTranslation("evaluations.decide.help"));
            help.addClassName("field-help");
            box.add(help, decide);
        }
        if (d.actions().contains(Action.REPORT)) {
            TextArea report = area("evaluation-report-text", "evaluations.report", null);
            Button send = new Button(getTranslation("evaluations.reportSave"), e -> act(() -> evaluations
                    .reportRectification(id, d.row().version(), report.getValue()), "evaluations.reported"));
            send.setId("evaluation-report-save");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(report, send);
        }
        if (d.actions().contains(Action.RECHECK)) {
            TextArea comment = area("evaluation-recheck-comment", "evaluations.comment", null);
            Button pass = new Button(getTranslation("evaluations.recheck.pass"), e -> act(() -> evaluations
                    .recheck(id, d.row().version(), true, comment.getValue()), "evaluations.rechecked"));
            pass.setId("evaluation-recheck-pass");
            pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button fail = new Button(getTranslation("evaluations.recheck.fail"), e -> act(() -> evaluations
                    .recheck(id, d.row().version(), false, comment.getValue()), "evaluations.rechecked"));
            fail.setId("evaluation-recheck-fail");
            fail.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(comment, new HorizontalLayout(pass, fail));
        }
        add(box);
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
                    reload();
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
            reload();
        } catch (BusinessException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        }
    }

    private void addSelfAssessment(EvaluationViews.Detail d, Locale locale) {
        if (d.selfSummary() == null || d.actions().contains(Action.SUBMIT)) {
            return;
        }
        SelfAssessmentForms.SelfForm form = selfForm;
        if (form != null && !form.editable() && !form.values().isEmpty()) {
            add(new SelfAssessmentPanel(selfForms, forms, id, form, d.row().version(),
                    () -> reader.get(id).row().version(), this::reload));
            return;
        }
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("evaluations.selfAssessment")),
                text("evaluation-self-summary", d.selfSummary()));
        box.setPadding(false);
        if (!d.selfScores().isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (EvaluationViews.Indicator i : d.indicators()) {
                BigDecimal v = d.selfScores().get(i.code());
                if (v != null) {
                    s.append(i.name().get(locale)).append(' ').append(v.toPlainString()).append('/')
                            .append(i.weight().toPlainString()).append("  ");
                }
            }
            box.add(text("evaluation-self-scores", s.toString().strip()));
        }
        add(box);
    }

    private void addSeats(EvaluationViews.Detail d, Locale locale) {
        if (d.seats().isEmpty()) {
            return;
        }
        Grid<EvaluationViews.Seat> grid = new Grid<>();
        grid.setId("evaluation-seats");
        grid.addColumn(EvaluationViews.Seat::expertName).setHeader(getTranslation("evaluations.expert"));
        grid.addColumn(s -> s.total() == null ? getTranslation("evaluations.notScored") : s.total().toPlainString())
                .setHeader(getTranslation("evaluations.total"));
        grid.addColumn(s -> s.opinion() == null ? "" : s.opinion()).setHeader(getTranslation("evaluations.opinion"))
                .setFlexGrow(3);
        grid.addColumn(s -> Formats.dateTime(s.scoredAt(), locale)).setHeader(getTranslation("evaluations.scoredAt"));
        grid.setItems(d.seats());
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("evaluations.panel")), grid);
    }

    private void addFiles(EvaluationViews.Detail d, Locale locale) {
        if (d.files().isEmpty()) {
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setId("evaluation-files");
        list.setPadding(false);
        for (EvaluationViews.File f : d.files()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                Path file = reader.file(id, f.id());
                try {
                    return new DownloadResponse(Files.newInputStream(file), f.fileName(), null, Files.size(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }), f.fileName());
            link.setTarget("_blank");
            list.add(new HorizontalLayout(link, new Span(getTranslation("evaluations.file." + f.kind())
                    + " · " + f.uploadedBy() + " · " + Formats.dateTime(f.uploadedAt(), locale))));
        }
        add(new H3(getTranslation("evaluations.files")), list);
    }

    private void addHistory(EvaluationViews.Detail d, Locale locale) {
        Grid<EvaluationViews.History> grid = new Grid<>();
        grid.setId("evaluation-history");
        grid.addColumn(h -> Formats.dateTime(h.at(), locale)).setHeader(getTranslation("evaluations.history.at"));
        grid.addColumn(EvaluationViews.History::actor).setHeader(getTranslation("evaluations.history.actor"));
        grid.addColumn(h -> getTranslation("evaluations.action." + h.action()))
                .setHeader(getTranslation("evaluations.history.action"));
        grid.addColumn(h -> (h.from() == null ? "" : h.from().get(locale)) + (h.to() == null || h.to().equals(h.from())
                ? "" : " → " + h.to().get(locale))).setHeader(getTranslation("evaluations.history.steps"));
        grid.addColumn(h -> (h.comment() == null ? "" : h.comment()) + (h.files() == null ? "" : " 📎 " + h.files()))
                .setHeader(getTranslation("evaluations.history.comment")).setFlexGrow(3);
        grid.setItems(d.history());
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("evaluations.history")), grid);
    }

    private Component text(String componentId, @Nullable String value) {
        Span span = new Span(value == null || value.isBlank() ? getTranslation("evaluations.none") : value);
        span.setId(componentId);
        span.getStyle().set("white-space", "pre-wrap");
        return span;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? ViewTitles.of(this, "nav.evaluations")
                : detail.row().centerName() + " | " + getTranslation("app.title");
    }
}
