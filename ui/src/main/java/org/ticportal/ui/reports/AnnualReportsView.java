package org.ticportal.ui.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

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

import org.ticportal.core.report.AnnualReportFilter;
import org.ticportal.core.report.AnnualReportRow;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.core.report.ReportState;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;

/**
 * 年度报告: the centers' annual reports the user may see (the lead unit its own, a county body those of the centers it
 * supervises, bureau staff their jurisdiction's), paged, sorted and filtered in the database; a click opens the report.
 */
@Route("annual-reports")
@Menu(title = "nav.annualReports", order = 8.1, icon = "vaadin:chart-3d")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class AnnualReportsView extends VerticalLayout implements HasDynamicTitle {

    AnnualReportsView(AnnualReportService reports) {
        addClassName("annual-reports-view");
        setSizeFull();
        Locale locale = getLocale();
        FilterGrid<AnnualReportRow, AnnualReportFilter> grid = new FilterGrid<>(AnnualReportFilter.ALL, reports::list,
                reports::count);
        grid.setId("reports-grid");
        var center = grid.addColumn("reports.center", AnnualReportRow::centerName, "centerName").setFlexGrow(3);
        var year = grid.addColumn("reports.year", r -> getTranslation("reports.yearValue", r.year()), "year");
        var state = grid.addColumn("reports.state", r -> getTranslation("reports.state." + r.state().name()),
                "state");
        grid.addColumn("reports.submittedAt", r -> Formats.dateTime(r.submittedAt(), locale), "submittedAt");
        var updated = grid.addColumn("reports.updatedAt", r -> Formats.dateTime(r.updatedAt(), locale), "updatedAt");
        grid.textFilter(center, AnnualReportFilter::withText).setId("reports-center-filter");
        int now = LocalDate.now().getYear();
        grid.selectFilter(year, IntStream.iterate(now, y -> y >= now - 10, y -> y - 1).boxed().toList(),
                y -> getTranslation("reports.yearValue", y), AnnualReportFilter::withYear).setId("reports-year-filter");
        grid.selectFilter(state, List.of(ReportState.values()), s -> getTranslation("reports.state." + s.name()),
                AnnualReportFilter::withState).setId("reports-state-filter");
        grid.sort(List.of(new GridSortOrder<>(updated, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AnnualReportView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        Paragraph help = new Paragraph(getTranslation("reports.help"));
        help.addClassName("field-help");
        HorizontalLayout toolbar = new HorizontalLayout(grid.columnChooser(), grid.exportButton("nav.annualReports"), grid.viewsButton("annual-reports"));
        toolbar.addClassName("view-toolbar");
        add(toolbar, help, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.annualReports");
    }
}
