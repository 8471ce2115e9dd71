package org.ticportal.ui.changes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.EligibilityReport;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.ProfileDifference;
import org.ticportal.core.change.ChangeAction;
import org.ticportal.core.change.ChangeFile;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeRequestRow;
import org.ticportal.core.change.ChangeRequestService;
import org.ticportal.core.change.ChangeRequestState;
import org.ticportal.core.change.ChangeStepRow;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.centers.CenterView;

/**
 * A change request's page: the center, the type and its approval steps, where it stands, the reason and the written
 * request; what it changes (the profile in force against the proposal, or before and after once approved; a rename's
 * names); for a new lead unit its check against the recognition conditions; the history; and, for the approver whose
 * step it is, approve, return or refuse with an opinion and an optional file; for the lead unit of a returned request,
 * revise and file again.
 */
@Route("changes/:id")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class ChangeRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long OPINION_LIMIT = 20L * 1024 * 1024;

    private final ChangeRequestService changes;
    private final ChangeRequestQueries queries;
    private final CenterService centers;
    private @Nullable ChangeRequestRow request;
    private byte @Nullable [] opinion;
    private @Nullable String opinionFile;

    ChangeRequestView(ChangeRequestService changes, ChangeRequestQueries queries, CenterService centers) {
        this.changes = changes;
        this.queries = queries;
        this.centers = centers;
        addClassName("change-request-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            request = queries.get(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        ChangeRequestRow r = queries.get(java.util.Objects.requireNonNull(request).id());
        request = r;
        opinion = null;
        opinionFile = null;
        removeAll();
        Locale locale = getLocale();
        RouterLink back = new RouterLink(getTranslation("changes.page.back"), ChangeRequestsView.class);
        back.setId("change-back");
        H2 title = new H2(getTranslation("changes.page.title", r.centerName()));
        title.setId("change-title");

        FormLayout facts = new FormLayout();
        facts.setId("change-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        facts.addFormItem(text("change-type-name", r.typeName().get(locale)), getTranslation("changes.type"));
        facts.addFormItem(text("change-state", getTranslation("changes.state." + r.state().name())
                + (r.currentActor() == null ? "" : " · " + getTranslation("changes.actor." + r.currentActor().name()))),
                getTranslation("changes.state"));
        facts.addFormItem(text("change-chain", String.join(" → ", r.chain().stream()
                .map(a -> getTranslation("changes.actor." + a.name())).toList())), getTranslation("changes.page.chain"));
        facts.addFormItem(text("change-filed", r.createdBy() + " · " + Formats.dateTime(r.createdAt(), locale)),
                getTranslation("changes.createdBy"));
        RouterLink centerLink = new RouterLink(getTranslation("changes.page.centerLink"), CenterView.class,
                new RouteParameters("id", Long.toString(r.centerId())));
        centerLink.setId("change-center-link");
        facts.addFormItem(centerLink, getTranslation("changes.center"));
        if (r.resultVersionNo() != null) {
            facts.addFormItem(text("change-result-version",
                    getTranslation("changes.page.resultVersionValue", r.resultVersionNo())),
                    getTranslation("changes.page.resultVersion"));
        }
        facts.addFormItem(download("change-letter-download", r.letterName(), () -> queries.letter(r.id())),
                getTranslation("changes.page.letter"));
        Paragraph reason = new Paragraph(r.reason());
        reason.setId("change-reason-text");
        facts.setColspan(facts.addFormItem(reason, getTranslation("changes.page.reason")), 2);
        add(back, title, facts);
        addComparison(r, locale);
        queries.eligibility(r.id()).ifPresent(report -> addEligibility(report, locale));
        addHistory(r, locale);
        if (queries.mayDecide(r.id())) {
            addDecision(r);
        }
        if (queries.mayResubmit(r.id())) {
            Button revise = new Button(getTranslation("changes.page.revise"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ChangeRequestFormView.class, new RouteParameters("request", Long.toString(r.id())))));
            revise.setId("change-revise");
            revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(revise);
        }
    }

    /** What changes: a rename's names first, then the profile's fields. */
    private void addComparison(ChangeRequestRow r, Locale locale) {
        record Row(String field, @Nullable String before, @Nullable String after) {
        }
        List<Row> rows = new ArrayList<>();
        if (r.proposedName() != null) {
            String current = r.state() == ChangeRequestState.APPROVED ? r.centerName()
                    : centers.get(r.centerId()).name();
            rows.add(new Row(getTranslation("changes.page.field.name"), current, r.proposedName()));
        }
        List<ProfileDifference> differences;
        try {
            differences = queries.comparison(r.id());
        } catch (BusinessException e) {
            // a former lead unit no longer sees the center its approved restructuring handed over
            Paragraph gone = new Paragraph(getTranslation("changes.page.centerGone"));
            gone.setId("change-center-gone");
            add(gone);
            return;
        }
        for (ProfileDifference d : differences) {
            if (d.field().equals("effectiveFrom")) {
                continue;
            }
            rows.add(new Row(getTranslation("centers.profile.field." + d.field()), value(d.before(), locale),
                    value(d.after(), locale)));
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("change-comparison");
        grid.addColumn(Row::field).setHeader(getTranslation("changes.page.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(x -> x.before() == null ? getTranslation("changes.none") : x.before())
                .setHeader(getTranslation("changes.page.before"));
        grid.addColumn(x -> x.after() == null ? getTranslation("changes.none") : x.after())
                .setHeader(getTranslation("changes.page.after"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3(getTranslation(r.resultVersionNo() != null ? "changes.page.comparison.approved"
                : "changes.page.comparison")));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("changes.page.nothing")));
        } else {
            add(grid);
        }
    }

    private void addEligibility(EligibilityReport report, Locale locale) {
        Grid<RuleCheck> grid = new Grid<>();
        grid.setId("change-eligibility");
        grid.addColumn(c -> c.ruleId() + " " + c.title().get(locale)).setHeader(getTranslation("changes.page.rule"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.kind().name()).setHeader(getTranslation("changes.page.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RuleCheck::article).setHeader(getTranslation("changes.page.article")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("changes.page.outcome." + c.outcome().name()))
                .setHeader(getTranslation("changes.page.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.message().get(locale)).setHeader(getTranslation("changes.page.message")).setFlexGrow(3);
        grid.setPartNameGenerator(c -> ChangeRequestQueries.failedAuto(report).contains(c) ? "failed" : null);
        grid.setItems(report.checks());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Paragraph help = new Paragraph(getTranslation("changes.page.eligibility.help"));
        help.addClassName("field-help");
        add(new H3(getTranslation("changes.page.eligibility")), help, grid);
    }

    private void addHistory(ChangeRequestRow r, Locale locale) {
        Grid<ChangeStepRow> grid = new Grid<>();
        grid.setId("change-history");
        grid.addColumn(s -> Formats.dateTime(s.actedAt(), locale)).setHeader(getTranslation("changes.page.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangeStepRow::actedBy).setHeader(getTranslation("changes.page.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> getTranslation("changes.actor." + s.actor())).setHeader(getTranslation("changes.page.actor"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("changes.action." + s.action().name()))
                .setHeader(getTranslation("changes.page.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("changes.state." + s.toState().name()))
                .setHeader(getTranslation("changes.page.toState")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.comment() == null ? "" : s.comment()).setHeader(getTranslation("changes.page.comment"))
                .setFlexGrow(2);
        grid.addComponentColumn(s -> s.attachmentName() == null ? new Span()
                : download(null, s.attachmentName(), () -> queries.stepFile(r.id(), s.id())))
                .setHeader(getTranslation("changes.page.file")).setAutoWidth(true);
        grid.setItems(queries.history(r.id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3(getTranslation("changes.page.history")), grid);
    }

    private void addDecision(ChangeRequestRow r) {
        TextArea comment = new TextArea(getTranslation("changes.page.comment.label"));
        comment.setId("change-comment");
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Span fileName = new Span();
        fileName.setId("change-opinion-name");
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            byte[] bytes = Uploads.readAtMost(event.getInputStream(), OPINION_LIMIT + 1);
            String file = event.getFileName();
            ui.access(() -> {
                opinion = bytes;
                opinionFile = file;
                fileName.setText(file);
            });
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("change-opinion");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png");
        boolean last = r.currentActor() != null && r.chain().indexOf(r.currentActor()) == r.chain().size() - 1;
        Button approve = new Button(getTranslation(last ? "changes.page.approveFinal" : "changes.page.approve"),
                e -> decide(r, ChangeAction.APPROVE, comment));
        approve.setId("change-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button ret = new Button(getTranslation("changes.page.return"), e -> decide(r, ChangeAction.RETURN, comment));
        ret.setId("change-return");
        Button refuse = new Button(getTranslation("changes.page.refuse"),
                e -> decide(r, ChangeAction.REFUSE, comment));
        refuse.setId("change-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Span opinionLabel = new Span(getTranslation("changes.page.opinion"));
        add(new H3(getTranslation("changes.page.decide")), comment, opinionLabel, upload, fileName,
                new HorizontalLayout(approve, ret, refuse));
    }

    private void decide(ChangeRequestRow r, ChangeAction action, TextArea comment) {
        comment.setInvalid(false);
        try {
            changes.decide(r.id(), r.version(), action, comment.getValue(), opinionFile,
                    opinion == null ? null : new ByteArrayInputStream(opinion));
            Messages.success(this, "changes.page.done");
            show();
        } catch (BusinessException ex) {
            if ("comment".equals(ex.getField())) {
                comment.setErrorMessage(Messages.describe(this, ex));
                comment.setInvalid(true);
            } else {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        }
    }

    private Anchor download(@Nullable String id, String label, java.util.function.Supplier<ChangeFile> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ChangeFile f = file.get();
            try {
                String type = f.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf") ? "application/pdf"
                        : "application/octet-stream";
                return new DownloadResponse(f.stream(), f.fileName(), type, Files.size(f.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), label);
        if (id != null) {
            link.setId(id);
        }
        link.setTarget("_blank");
        return link;
    }

    private static @Nullable String value(@Nullable LocalizedText text, Locale locale) {
        return text == null ? null : text.get(locale);
    }

    private Component text(String id, String value) {
        Span span = new Span(value);
        span.setId(id);
        return span;
    }

    @Override
    public String getPageTitle() {
        return request == null ? ViewTitles.of(this, "nav.changes")
                : getTranslation("changes.page.title", request.centerName()) + " | " + getTranslation("app.title");
    }
}
