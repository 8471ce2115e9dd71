package org.ticportal.ui.centers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

import com.vaadin.flow.component.Component;
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
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;

/**
 * A recognised center's page: its name, type, lead unit, co-builders, cluster, date and document number, its decision
 * and certificate to download, and the application it was recognised on.
 */
@Route("centers/:id")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class CenterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CenterService centers;
    private @Nullable CenterRow center;

    CenterView(CenterService centers) {
        this.centers = centers;
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
        add(back, title, facts, new H3(getTranslation("centers.documents")), documents);
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
