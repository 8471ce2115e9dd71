package org.ticportal.ui.changes;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.change.ChangeRequestFilter;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeRequestRow;
import org.ticportal.core.change.ChangeRequestState;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;

/**
 * 变更申请: the change requests the user may see (the bureau its jurisdiction's, a county body those of the centers it
 * supervises, a lead unit its own), paged, sorted and filtered in the database by type, state and center; a click
 * opens the request.
 */
@Route("changes")
@Menu(title = "nav.changes", order = 8.4, icon = "vaadin:exchange")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class ChangeRequestsView extends VerticalLayout implements HasDynamicTitle {

    ChangeRequestsView(ChangeRequestQueries changes) {
        addClassName("changes-view");
        setSizeFull();
        Locale locale = getLocale();
        FilterGrid<ChangeRequestRow, ChangeRequestFilter> grid = new FilterGrid<>(ChangeRequestFilter.NONE,
                changes::list, changes::count);
        grid.setId("changes-grid");
        var center = grid.addColumn("changes.center", ChangeRequestRow::centerName, "centerName").setFlexGrow(3);
        var type = grid.addColumn("changes.type", r -> r.typeName().get(locale), "typeCode");
        var state = grid.addColumn("changes.state", r -> getTranslation("changes.state." + r.state().name()),
                "state");
        grid.addColumn("changes.waitingFor", r -> r.currentActor() == null ? ""
                : getTranslation("changes.actor." + r.currentActor().name()), null);
        grid.addColumn("changes.createdBy", ChangeRequestRow::createdBy, null);
        var created = grid.addColumn("changes.createdAt", r -> Formats.dateTime(r.createdAt(), locale), "createdAt");
        grid.addColumn("changes.updatedAt", r -> Formats.dateTime(r.updatedAt(), locale), "updatedAt");
        grid.textFilter(center, ChangeRequestFilter::withCenterText).setId("changes-center-filter");
        java.util.Map<String, String> typeNames = new java.util.LinkedHashMap<>();
        changes.filedTypes().forEach(t -> typeNames.put(t.code(), t.name().get(locale)));
        grid.selectFilter(type, List.copyOf(typeNames.keySet()), code -> typeNames.getOrDefault(code, code),
                ChangeRequestFilter::withType).setId("changes-type-filter");
        grid.selectFilter(state, List.of(ChangeRequestState.values()),
                s -> getTranslation("changes.state." + s.name()), ChangeRequestFilter::withState)
                .setId("changes-state-filter");
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ChangeRequestView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        Paragraph help = new Paragraph(getTranslation("changes.help"));
        help.addClassName("field-help");
        HorizontalLayout toolbar = new HorizontalLayout(grid.columnChooser(), grid.exportButton("nav.changes"), grid.viewsButton("change-requests"));
        toolbar.addClassName("view-toolbar");
        add(toolbar, help, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.changes");
    }
}
