package org.ticportal.ui.evaluations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

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
        addActions(d);
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

    /** What the user may do now, if anything (their actions in {@link EvaluationActions}). */
    private void addActions(EvaluationViews.Detail d) {
        if (!d.actions().isEmpty()) {
            add(new EvaluationActions(evaluations, reader, selfForms, forms, id, d, selfForm, this::reload));
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
