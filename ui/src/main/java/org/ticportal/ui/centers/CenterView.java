package org.ticportal.ui.centers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.ticportal.core.center.CenterDocument;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfiles;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.ProfileDifference;
import org.ticportal.core.change.ChangeRequestFilter;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeRequestRow;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.reports.CenterReports;

/**
 * A recognised center's page: its name, type, lead unit, co-builders, cluster, date and document number, its decision
 * and certificate to download, and the application it was recognised on; the profile in force (institutes, governance,
 * public services); and its profile's versions (档案版本, arts.
 * 10–13 of the Xinzhou measures: version 1 written by recognition, each approved change a new one), any two of which
 * it compares field by field.
 */
@Route("centers/:id")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class CenterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CenterService centers;
    private final CenterProfileService profiles;
    private final AnnualReportService reports;
    private final org.ticportal.core.conversion.ConversionService conversions;
    private final org.ticportal.core.evaluation.EvaluationReader evaluations;
    private final ChangeRequestQueries changes;
    private @Nullable CenterRow center;

    CenterView(CenterService centers, CenterProfileService profiles, AnnualReportService reports,
               org.ticportal.core.conversion.ConversionService conversions,
               org.ticportal.core.evaluation.EvaluationReader evaluations, ChangeRequestQueries changes) {
        this.conversions = conversions;
        this.centers = centers;
        this.profiles = profiles;
        this.reports = reports;
        this.evaluations = evaluations;
        this.changes = changes;
        addClassName("center-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            center = centers.get(id);
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show(center);
    }

    private void show(CenterRow c) {
        removeAll();
        Locale locale = getLocale();
        H2 title = new H2(c.name());
        title.setId("center-name");
        FormLayout facts = new FormLayout();
        facts.setId("center-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        facts.addFormItem(text("center-type", c.typeName() == null ? null : c.typeName().get(locale)),
                getTranslation("centers.type"));
        facts.addFormItem(text("center-lead-unit", c.leadUnitName()), getTranslation("centers.leadUnit"));
        facts.addFormItem(text("center-co-builders", c.coBuilders()), getTranslation("centers.coBuilders"));
        facts.addFormItem(text("center-cluster", c.clusterName() == null ? null : c.clusterName().get(locale)),
                getTranslation("centers.cluster"));
        facts.addFormItem(text("center-date", Formats.date(c.recognizedOn(), locale)),
                getTranslation("centers.recognizedOn"));
        facts.addFormItem(text("center-number", c.decisionNumber()), getTranslation("centers.number"));
        facts.addFormItem(text("center-status", getTranslation("centers.status." + c.status().name())),
                getTranslation("centers.status"));
        RouterLink application = new RouterLink(getTranslation("centers.application.open"),
                org.ticportal.ui.applications.ApplicationView.class,
                new com.vaadin.flow.router.RouteParameters("id", Long.toString(c.applicationId())));
        application.setId("center-application");
        facts.addFormItem(application, getTranslation("centers.application"));

        HorizontalLayout documents = new HorizontalLayout();
        documents.setId("center-documents");
        if (c.hasDecision()) {
            documents.add(download(c.id(), CenterDocument.Kind.DECISION, "center-decision", "centers.decision"));
        }
        if (c.hasCertificate()) {
            documents.add(download(c.id(), CenterDocument.Kind.CERTIFICATE, "center-certificate",
                    "centers.certificate"));
        }
        RouterLink back = new RouterLink(getTranslation("centers.back"), CentersView.class);
        back.setId("center-back");
        add(back, title, facts);
        // 审计记录: the center's own trail, for administrators and auditors
        org.ticportal.ui.audit.AuditView.button(org.ticportal.core.audit.AuditSubject.CENTER, c.id()).ifPresent(this::add);
        // 由…转建 and the rewards recorded (art. 16)
        org.ticportal.ui.conversion.ConversionParts.centerSection(this, conversions, c.id()).ifPresent(this::add);
        add(new H3(getTranslation("centers.documents")), documents);
        java.util.List<CenterProfileVersion> versions = profiles.versions(c.id());
        if (!versions.isEmpty()) {
            addProfileInForce(versions.getFirst(), locale);
        }
        addProfileVersions(c.id(), versions, locale);
        add(new CenterReports(reports, c.id()));
        add(org.ticportal.ui.evaluations.GradeHistory.of(this, evaluations.gradeHistory(c.id()), locale));
        addChangeRequests(c.id(), locale);
    }

    /** The center's change requests (art. 15), newest first, and the lead unit's 申请变更 while none is open. */
    private void addChangeRequests(long centerId, Locale locale) {
        java.util.List<ChangeRequestRow> requests = changes.list(ChangeRequestFilter.ofCenter(centerId),
                org.springframework.data.domain.PageRequest.of(0, 50));
        Grid<ChangeRequestRow> grid = new Grid<>();
        grid.setId("center-change-grid");
        grid.addColumn(r -> r.typeName().get(locale)).setHeader(getTranslation("changes.type")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("changes.state." + r.state().name()))
                .setHeader(getTranslation("changes.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.createdAt(), locale)).setHeader(getTranslation("changes.createdAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangeRequestRow::reason).setHeader(getTranslation("changes.page.reason")).setFlexGrow(1);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                org.ticportal.ui.changes.ChangeRequestView.class,
                new com.vaadin.flow.router.RouteParameters("id", Long.toString(e.getItem().id())))));
        add(new H3(getTranslation("changes.center.section")));
        if (changes.mayFile(centerId)) {
            Button request = new Button(getTranslation("changes.center.request"), e -> getUI().ifPresent(ui ->
                    ui.navigate(org.ticportal.ui.changes.ChangeRequestFormView.class,
                            new com.vaadin.flow.router.RouteParameters("center", Long.toString(centerId)))));
            request.setId("center-change-request");
            request.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            add(request);
        }
        if (requests.isEmpty()) {
            Span none = new Span(getTranslation("changes.center.none"));
            none.setId("center-change-none");
            add(none);
        } else {
            add(grid);
        }
    }

    /**
     * The parts of the profile in force that the facts above do not show (arts. 10–13): a comprehensive center's
     * headquarters and institutes (one a line, the headquarters marked), the governance (description, board,
     * director, expert committee, charter) and the public services offered, in the words the comparison uses.
     */
    private void addProfileInForce(CenterProfileVersion inForce, Locale locale) {
        CenterProfileDraft p = inForce.profile();
        FormLayout parts = new FormLayout();
        parts.setId("center-profile-in-force");
        parts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        VerticalLayout institutes = new VerticalLayout();
        institutes.setId("center-institutes");
        institutes.setPadding(false);
        institutes.setSpacing(false);
        if (p.institutes().isEmpty()) {
            institutes.add(new Span(getTranslation("centers.none")));
        }
        p.institutes().forEach(i -> {
            Span line = new Span(CenterProfiles.institute(i).get(locale));
            line.addClassName(i.headquarters() ? "center-headquarters" : "center-institute");
            institutes.add(line);
        });
        parts.addFormItem(institutes, getTranslation("centers.profile.field.institutes"));
        for (String field : java.util.List.of("governance", "board", "director", "expertCommittee", "charter",
                "publicServices")) {
            org.ticportal.policy.api.LocalizedText value = CenterProfiles.render(field, p);
            parts.addFormItem(text("center-profile-" + field, value == null ? null : value.get(locale)),
                    getTranslation("centers.profile.field." + field));
        }
        Span help = new Span(getTranslation("centers.inForce.help"));
        help.addClassName("field-help");
        H3 title = new H3(getTranslation("centers.inForce.title", inForce.versionNo(),
                Formats.date(inForce.effectiveFrom(), locale)));
        title.setId("center-profile-in-force-title");
        add(title, help, parts);
    }

    /** The profile's versions, newest first, and the comparison of two of them (the latest two at first). */
    private void addProfileVersions(long centerId, java.util.List<CenterProfileVersion> versions, Locale locale) {
        Grid<CenterProfileVersion> grid = new Grid<>();
        grid.setId("center-profile-grid");
        grid.addColumn(CenterProfileVersion::versionNo).setHeader(getTranslation("centers.profile.versionNo"))
                .setKey("centers.profile.versionNo").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.date(v.effectiveFrom(), locale))
                .setHeader(getTranslation("centers.profile.effectiveFrom")).setKey("centers.profile.effectiveFrom")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.reason() != null ? v.reason() : getTranslation("centers.profile.recognition"))
                .setHeader(getTranslation("centers.profile.reason")).setKey("centers.profile.reason").setFlexGrow(1);
        grid.addColumn(CenterProfileVersion::recordedBy).setHeader(getTranslation("centers.profile.recordedBy"))
                .setKey("centers.profile.recordedBy").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);

        java.util.List<Integer> numbers = versions.stream().map(CenterProfileVersion::versionNo).toList();
        Select<Integer> from = versionSelect("center-profile-from", "centers.profile.from", numbers);
        Select<Integer> to = versionSelect("center-profile-to", "centers.profile.to", numbers);
        if (!numbers.isEmpty()) {
            to.setValue(numbers.getFirst());
            from.setValue(numbers.size() > 1 ? numbers.get(1) : numbers.getFirst());
        }
        Grid<ProfileDifference> differences = new Grid<>();
        differences.setId("center-profile-differences");
        differences.addColumn(d -> getTranslation("centers.profile.field." + d.field()))
                .setHeader(getTranslation("centers.profile.field")).setKey("centers.profile.field").setAutoWidth(true)
                .setFlexGrow(0);
        differences.addColumn(d -> d.before() == null ? getTranslation("centers.none") : d.before().get(locale))
                .setHeader(getTranslation("centers.profile.before")).setKey("centers.profile.before");
        differences.addColumn(d -> d.after() == null ? getTranslation("centers.none") : d.after().get(locale))
                .setHeader(getTranslation("centers.profile.after")).setKey("centers.profile.after");
        differences.setAllRowsVisible(true);
        differences.setVisible(false);
        Span same = new Span(getTranslation("centers.profile.same"));
        same.setId("center-profile-same");
        same.setVisible(false);
        Button compare = new Button(getTranslation("centers.profile.compare"), e -> {
            if (from.getValue() == null || to.getValue() == null) {
                return;
            }
            java.util.List<ProfileDifference> found = profiles.compare(centerId, from.getValue(), to.getValue());
            differences.setItems(found);
            differences.setVisible(!found.isEmpty());
            same.setVisible(found.isEmpty());
        });
        compare.setId("center-profile-compare");
        compare.setEnabled(numbers.size() > 1);
        HorizontalLayout choice = new HorizontalLayout(from, to, compare);
        choice.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H3(getTranslation("centers.profile.title")), grid, choice, same, differences);
    }

    private Select<Integer> versionSelect(String id, String labelKey, java.util.List<Integer> numbers) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(numbers);
        select.setItemLabelGenerator(n -> getTranslation("centers.profile.version", n));
        return select;
    }

    private Anchor download(long id, CenterDocument.Kind kind, String componentId, String labelKey) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            CenterDocument d = centers.document(id, kind);
            try {
                return new DownloadResponse(Files.newInputStream(d.file()), d.fileName(), "application/pdf",
                        Files.size(d.file()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), getTranslation(labelKey));
        link.setId(componentId);
        link.setTarget("_blank");
        return link;
    }

    private Component text(String id, @Nullable String value) {
        Span span = new Span(value == null || value.isBlank() ? getTranslation("centers.none") : value);
        span.setId(id);
        return span;
    }

    @Override
    public String getPageTitle() {
        return center == null ? ViewTitles.of(this, "nav.centers") : center.name() + " | " + getTranslation("app.title");
    }
}
