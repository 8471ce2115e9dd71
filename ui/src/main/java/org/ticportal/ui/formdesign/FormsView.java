package org.ticportal.ui.formdesign;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.form.FormDraftService;
import org.ticportal.core.form.FormOverview;
import org.ticportal.core.form.FormVersion;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.base.Uploads;

/**
 * 表单管理: the forms of a running policy, the version each is filled in on now, their versions, and the way into the
 * designer; JSON import and export.
 */
@Route("admin/forms")
@Menu(title = "nav.forms", order = 31, icon = "vaadin:form")
@RolesAllowed("ADMIN")
public class FormsView extends VerticalLayout implements HasDynamicTitle {

    private final FormVersionService versions;
    private final FormDraftService drafts;
    private final Grid<FormOverview> formsGrid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private @Nullable StartedPolicy policy;

    FormsView(FormVersionService versions, FormDraftService drafts, PolicyService policies) {
        this.versions = versions;
        this.drafts = drafts;
        addClassName("forms-view");
        setSizeFull();
        List<StartedPolicy> all = policies.startedPolicies();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("home.policy.none")));
            return;
        }
        Select<StartedPolicy> select = new Select<>();
        select.setId("forms-policy");
        select.setLabel(getTranslation("forms.policy"));
        select.setItems(all);
        select.setItemLabelGenerator(p -> p.identity().jurisdiction().get(getLocale()) + " · "
                + p.identity().title().get(getLocale()));
        select.setWidth("min(40em, 100%)");
        select.addValueChangeListener(e -> {
            policy = e.getValue();
            refresh();
        });

        formsGrid.setId("forms-grid");
        formsGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        formsGrid.addColumn(FormOverview::code).setHeader(getTranslation("forms.code")).setAutoWidth(true);
        formsGrid.addColumn(f -> f.name().get(getLocale())).setHeader(getTranslation("forms.name")).setFlexGrow(2);
        formsGrid.addColumn(f -> f.publishedNumber() == 0 ? getTranslation("forms.inUse.shipped", f.shippedBy())
                : getTranslation("forms.inUse.version", f.publishedNumber(),
                Formats.date(f.publishedAt(), getLocale()))).setHeader(getTranslation("forms.inUse")).setFlexGrow(2);
        formsGrid.addColumn(f -> f.draftId() == null ? "" : getTranslation("forms.draft.open"))
                .setHeader(getTranslation("forms.draft")).setAutoWidth(true);
        formsGrid.setHeight("18em");
        formsGrid.addSelectionListener(e -> showDetail(e.getFirstSelectedItem().orElse(null)));
        detail.setPadding(false);
        detail.setSizeFull();
        add(select, formsGrid, detail);
        expand(detail);
        select.setValue(all.get(0));
    }

    private void refresh() {
        if (policy == null) {
            return;
        }
        formsGrid.setItems(versions.overview(policy.policyId()));
        detail.removeAll();
    }

    private void showDetail(@Nullable FormOverview form) {
        detail.removeAll();
        if (form == null || policy == null) {
            return;
        }
        String policyId = policy.policyId();
        H3 title = new H3(form.name().get(getLocale()) + "（" + form.code() + "）");
        Button edit = new Button(getTranslation(form.draftId() == null ? "forms.draft.start" : "forms.draft.continue"),
                Icons.create(VaadinIcon.EDIT), e -> {
            try {
                FormVersion draft = drafts.startDraft(policyId, form.code());
                UI.getCurrent().navigate(FormDesignerView.class, FormDesignerView.route(draft.getId()));
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        edit.setId("forms-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(title, edit, importButton(policyId, form.code()));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();

        FilterGrid<FormVersion, String> list = new FilterGrid<>(form.code(),
                (code, page) -> versions.versions(policyId, code, page).getContent(),
                code -> versions.versions(policyId, code, PageRequest.of(0, 1)).getTotalElements());
        list.setId("forms-versions");
        var number = list.addColumn("forms.version.number", v -> "v" + v.getNumber(), "number");
        list.addColumn("forms.version.status", v -> getTranslation("forms.status." + v.getStatus().name()), "status");
        list.addColumn("forms.version.basedOn", v -> getTranslation("forms.origin." + v.getOrigin().name(),
                v.getBasedOn()), null);
        list.addColumn("forms.version.updated", v -> Formats.dateTime(v.getUpdatedAt(), getLocale()) + " · "
                + v.getUpdatedBy(), "updatedAt");
        list.addColumn("forms.version.published", v -> v.getPublishedAt() == null ? ""
                : Formats.dateTime(v.getPublishedAt(), getLocale()) + " · " + v.getPublishedBy(), "publishedAt");
        list.addColumn("forms.version.plugin", v -> v.getPluginVersion() == null ? "" : v.getPluginVersion(),
                "pluginVersion");
        list.addColumn("forms.version.note", v -> v.getNote() == null ? "" : v.getNote(), null).setFlexGrow(2);
        list.addComponentColumn(v -> {
            Button open = new Button(getTranslation(v.isEditable() ? "forms.open.draft"
                    : "forms.open.view"), e -> UI.getCurrent().navigate(FormDesignerView.class,
                    FormDesignerView.route(v.getId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] json = versions.export(v.getId());
                return new DownloadResponse(new ByteArrayInputStream(json),
                        v.getPolicyId() + "-" + v.getFormCode() + "-v" + v.getNumber() + ".json", "application/json",
                        json.length);
            }), getTranslation("forms.export"));
            return new HorizontalLayout(open, export);
        }).setAutoWidth(true);
        list.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(number, SortDirection.DESCENDING)));

        HistoryGrid history = new HistoryGrid(policyId + "/" + form.code(),
                (subject, page) -> versions.history(policyId, form.code(), page).getContent(),
                subject -> versions.history(policyId, form.code(), PageRequest.of(0, 1, Sort.unsorted()))
                        .getTotalElements());
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("forms.tab.versions"), list);
        tabs.add(getTranslation("forms.tab.history"), history);
        detail.add(bar, tabs);
        detail.expand(tabs);
    }

    private Component importButton(String policyId, String formCode) {
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                FormVersion draft = drafts.importDraft(policyId, formCode, event.getInputStream().readAllBytes(),
                        event.getFileName());
                ui.access(() -> {
                    Messages.success(this, "forms.imported", event.getFileName());
                    ui.navigate(FormDesignerView.class, FormDesignerView.route(draft.getId()));
                });
            } catch (RuntimeException e) {
                String message = Messages.describe(this, e);
                ui.access(() -> Messages.error(this, "error.message", message));
            }
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("forms-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2_000_000);
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setUploadButton(new Button(getTranslation("forms.import"), Icons.create(VaadinIcon.UPLOAD)));
        upload.setDropLabel(new Span(getTranslation("forms.import.drop")));
        upload.addClassName("forms-import");
        return upload;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.forms");
    }
}
