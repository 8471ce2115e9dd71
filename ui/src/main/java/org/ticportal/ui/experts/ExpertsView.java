package org.ticportal.ui.experts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.expert.Expert;
import org.ticportal.core.expert.ExpertImport;
import org.ticportal.core.expert.ExpertImportService;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.core.expert.ExpertFilter;
import org.ticportal.core.expert.ExpertService;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.ViewTitles;

/**
 * 专家库: the experts of the pool in a grid paged, sorted and filtered in the database (name or unit, field, active),
 * added and edited in a dialog; a new expert may get a login at once. An Excel workbook imports many at once, in the
 * background with its progress; a workbook with bad rows lists them by number and imports nothing.
 * {@code experts?expert=<id>} (a hit of the global search) opens that expert's dialog.
 */
@Route("experts")
@Menu(title = "nav.experts", order = 15, icon = "vaadin:academy-cap")
@RolesAllowed({"ADMIN", "BUREAU"})
public class ExpertsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter naming the expert whose dialog opens with the grid. */
    public static final String OPEN_EXPERT = "expert";

    private final FilterGrid<Expert, ExpertFilter> grid;
    private final ExpertService experts;
    private final List<String> codes;
    private final ProgressBar progress = new ProgressBar();

    ExpertsView(ExpertService experts, ExpertImportService imports, JurisdictionPolicyService jurisdictions,
                UserService users) {
        addClassName("experts-view");
        setSizeFull();
        Locale locale = getLocale();
        List<String> codes = jurisdictions.jurisdictions().stream().filter(j -> j.active() != null)
                .map(j -> j.code()).filter(c -> users.currentScope().coversJurisdiction(c)).toList();
        this.experts = experts;
        this.codes = codes;
        Map<String, LocalizedText> fieldNames = new java.util.HashMap<>();
        codes.forEach(c -> fieldNames.putAll(experts.fields(c)));
        grid = new FilterGrid<>(ExpertFilter.NONE, (filter, page) -> experts.list(filter, page).getContent(),
                experts::count);
        grid.setId("experts-grid");
        var name = grid.addColumn("expert.name", Expert::getName, "name");
        grid.addColumn("expert.unit", Expert::getUnitName, "unitName");
        grid.addColumn("expert.titleLevel", Expert::getTitleLevel, "titleLevel");
        var fields = grid.addColumn("expert.fields", e -> String.join("、", e.fieldList().stream()
                .map(f -> fieldNames.containsKey(f) ? fieldNames.get(f).get(locale) : f).toList()), null);
        var active = grid.addColumn("expert.active", e -> getTranslation(e.isActive() ? "expert.active.yes"
                : "expert.active.no"), "active");
        grid.addColumn("expert.username", e -> e.getUsername() == null ? "" : e.getUsername(), "username");
        grid.addColumn("expert.jurisdiction", Expert::getJurisdictionCode, "jurisdictionCode").setVisible(false);
        grid.textFilter(name, (f, text) -> new ExpertFilter(f.jurisdictionCode(), text, f.field(), f.active()))
                .setId("filter-expert-name");
        grid.selectFilter(fields, List.copyOf(fieldNames.keySet()), f -> fieldNames.get(f).get(locale),
                (f, field) -> new ExpertFilter(f.jurisdictionCode(), f.nameOrUnit(), field, f.active()))
                .setId("filter-expert-field");
        grid.selectFilter(active, List.of(Boolean.TRUE, Boolean.FALSE),
                b -> getTranslation(b ? "expert.active.yes" : "expert.active.no"),
                (f, b) -> new ExpertFilter(f.jurisdictionCode(), f.nameOrUnit(), f.field(), b))
                .setId("filter-expert-active");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> new ExpertDialog(experts, codes, e.getItem(), grid::refresh).open());

        Button create = new Button(getTranslation("expert.new"), Icons.create(VaadinIcon.PLUS),
                e -> new ExpertDialog(experts, codes, null, grid::refresh).open());
        create.setId("new-expert");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!codes.isEmpty());
        Paragraph help = new Paragraph(getTranslation("expert.help"));
        help.addClassName("field-help");
        HorizontalLayout toolbar = new HorizontalLayout(create, importer(imports, codes), grid.columnChooser(), grid.exportButton("nav.experts"), grid.viewsButton("experts"));
        toolbar.addClassName("view-toolbar");
        toolbar.setAlignItems(Alignment.CENTER);
        progress.setId("expert-import-progress");
        progress.setVisible(false);
        progress.setWidth("min(44em, 100%)");
        add(help, toolbar, progress, grid);
        expand(grid);
    }

    /** Opens the expert named by {@value #OPEN_EXPERT}, when the user may see them. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(OPEN_EXPERT).ifPresent(value -> {
            Expert expert;
            try {
                expert = experts.get(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return;
            } catch (org.ticportal.core.common.BusinessException e) {
                Messages.error(this, "search.notFound");
                return;
            }
            new ExpertDialog(experts, codes, expert, grid::refresh).open();
        });
    }

    /** The Excel import: upload, then the import runs in the background with its progress; bad rows are listed. */
    private Upload importer(ExpertImportService imports, List<String> codes) {
        Upload upload = Uploads.localized(new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            progress.setValue(0);
            progress.setVisible(true);
            ui.setPollInterval(500);
            try {
                ExpertImport running = imports.start(codes.get(0), data,
                        f -> ui.access(() -> progress.setValue(f)));
                running.result().handle((result, error) -> {
                    ui.access(() -> imported(ui, result, error));
                    return null;
                });
            } catch (RuntimeException e) {
                imported(ui, null, e);
            }
        })));
        upload.setId("expert-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ExpertImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setUploadButton(new Button(getTranslation("expert.import.upload"), Icons.create(VaadinIcon.UPLOAD)));
        upload.setDropAllowed(false);
        upload.setVisible(!codes.isEmpty());
        return upload;
    }

    private void imported(UI ui, ExpertImport.@Nullable Result result, @Nullable Throwable error) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        if (result != null && result.problems().isEmpty()) {
            Messages.success(this, "expert.import.done", result.imported());
            grid.refresh();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("expert-import-problems");
        dialog.setHeaderTitle(getTranslation("expert.import.refused"));
        VerticalLayout list = new VerticalLayout();
        if (result != null) {
            for (ExpertImport.RowProblem p : result.problems()) {
                list.add(new Paragraph(getTranslation("expert.import.row", p.row(),
                        getTranslation(p.messageKey(), p.arguments().toArray()))));
            }
        } else {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            list.add(new Paragraph(cause instanceof RuntimeException e ? Messages.describe(this, e)
                    : getTranslation("error.unexpected")));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.experts");
    }
}
