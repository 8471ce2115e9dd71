package org.ticportal.ui.conversion;

import java.util.Arrays;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.conversion.ConversionSourceInfo;
import org.ticportal.core.conversion.EngineeringCenterFilter;
import org.ticportal.core.conversion.EngineeringCenterImportService;
import org.ticportal.core.conversion.EngineeringCenterRow;
import org.ticportal.core.conversion.EngineeringCenterService;
import org.ticportal.core.conversion.EngineeringCenterStatus;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.ViewTitles;

/**
 * 工程中心名录: the registry of municipal engineering technology research centers (art. 16 of the Xinzhou measures) of
 * the bureau's jurisdiction, paged, sorted and filtered in the database (name, unit or credit code; division; status),
 * each converted one linked to its center; 从 Excel 导入 opens the import dialog.
 */
@Route("engineering-centers")
@Menu(title = "nav.engineeringCenters", order = 8.5, icon = "vaadin:factory")
@RolesAllowed({"ADMIN", "BUREAU"})
public class EngineeringCentersView extends VerticalLayout implements HasDynamicTitle {

    private final FilterGrid<EngineeringCenterRow, EngineeringCenterFilter> grid;

    EngineeringCentersView(EngineeringCenterService registry, EngineeringCenterImportService imports,
                           JurisdictionPolicyService jurisdictions, UserService users) {
        addClassName("engineering-centers-view");
        setSizeFull();
        Locale locale = getLocale();
        List<String> codes = jurisdictions.jurisdictions().stream().filter(j -> j.active() != null)
                .map(j -> j.code()).filter(c -> users.currentScope().coversJurisdiction(c)).toList();
        String jurisdiction = codes.isEmpty() ? null : registry.jurisdictionOf(codes.getFirst());
        Map<String, LocalizedText> divisions = jurisdiction == null ? Map.of() : registry.divisions(jurisdiction);
        List<ConversionSourceInfo> sources = jurisdiction == null ? List.of() : registry.sources(jurisdiction);

        grid = new FilterGrid<>(EngineeringCenterFilter.ALL, registry::list, registry::count);
        grid.setId("engineering-centers-grid");
        var name = grid.addColumn("engineering.name", EngineeringCenterRow::name, "name");
        grid.addColumn("engineering.unit", EngineeringCenterRow::unitName, "unitName");
        grid.addColumn("engineering.creditCode", EngineeringCenterRow::creditCode, "creditCode");
        var division = grid.addColumn("engineering.division", EngineeringCenterRow::divisionName, "divisionCode");
        grid.addColumn("engineering.year", EngineeringCenterRow::recognizedYear, "recognizedYear");
        grid.addColumn("engineering.document", r -> r.documentNumber() == null ? "" : r.documentNumber(),
                "documentNumber").setVisible(false);
        grid.addColumn("engineering.field", r -> r.field() == null ? "" : r.field(), "field").setVisible(false);
        var status = grid.addColumn("engineering.status",
                r -> getTranslation("engineering.status." + r.status().name()), "status");
        grid.addComponentColumn(r -> {
            if (r.centerId() == null) {
                return new com.vaadin.flow.component.html.Span();
            }
            RouterLink link = new RouterLink(getTranslation("engineering.center.open"),
                    org.ticportal.ui.centers.CenterView.class, new RouteParameters("id", r.centerId().toString()));
            link.setId("engineering-center-link-" + r.id());
            return link;
        }).setHeader(getTranslation("engineering.center")).setKey("engineering.center").setAutoWidth(true);
        grid.textFilter(name, EngineeringCenterFilter::withText).setId("filter-engineering-text");
        grid.selectFilter(division, List.copyOf(divisions.keySet()), d -> divisions.get(d).get(locale),
                EngineeringCenterFilter::withDivision).setId("filter-engineering-division");
        grid.selectFilter(status, Arrays.asList(EngineeringCenterStatus.values()),
                s -> getTranslation("engineering.status." + s.name()), EngineeringCenterFilter::withStatus)
                .setId("filter-engineering-status");
        grid.setSelectionMode(Grid.SelectionMode.NONE);

        Button importButton = new Button(getTranslation("engineering.import"), Icons.create(VaadinIcon.UPLOAD),
                e -> new EngineeringCenterImportDialog(imports, jurisdiction, sources, grid::refresh).open());
        importButton.setId("engineering-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(jurisdiction != null && !sources.isEmpty());
        Paragraph help = new Paragraph(sources.isEmpty() ? getTranslation("engineering.noSources")
                : getTranslation("engineering.help", sources.getFirst().name().get(locale),
                sources.getFirst().article()));
        help.addClassName("field-help");
        help.setId("engineering-help");
        HorizontalLayout toolbar = new HorizontalLayout(importButton, grid.columnChooser(), grid.exportButton("nav.engineeringCenters"), grid.viewsButton("engineering-centers"));
        toolbar.addClassName("view-toolbar");
        toolbar.setAlignItems(Alignment.CENTER);
        add(help, toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.engineeringCenters");
    }
}
