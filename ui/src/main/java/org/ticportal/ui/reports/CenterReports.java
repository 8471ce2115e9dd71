package org.ticportal.ui.reports;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;

import org.ticportal.core.report.AnnualReportRow;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;

/**
 * The annual reports section of a center's page, where its policy asks for reports: the center's reports by year (a
 * click opens one) and, for the lead unit, the year to start next.
 */
public class CenterReports extends Composite<VerticalLayout> {

    public CenterReports(AnnualReportService reports, long centerId) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("center-reports");
        if (!reports.asked(centerId)) {
            root.setVisible(false);
            return;
        }
        Locale locale = getLocale();
        Grid<AnnualReportRow> grid = new Grid<>();
        grid.setId("center-reports-grid");
        grid.addColumn(r -> root.getTranslation("reports.yearValue", r.year()))
                .setHeader(root.getTranslation("reports.year")).setKey("year").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> root.getTranslation("reports.state." + r.state().name()))
                .setHeader(root.getTranslation("reports.state")).setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt(), locale))
                .setHeader(root.getTranslation("reports.submittedAt")).setKey("submittedAt");
        grid.setItems(reports.ofCenter(centerId));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        root.add(new H3(root.getTranslation("reports.section")), grid);

        List<Integer> years = reports.yearsToStart(centerId);
        if (!years.isEmpty()) {
            Select<Integer> year = new Select<>();
            year.setId("center-report-year");
            year.setLabel(root.getTranslation("reports.year"));
            year.setItems(years);
            year.setItemLabelGenerator(y -> root.getTranslation("reports.yearValue", y));
            year.setValue(years.getFirst());
            Button start = new Button(root.getTranslation("reports.start"), e -> {
                try {
                    open(reports.start(centerId, year.getValue()).id());
                } catch (RuntimeException ex) {
                    Messages.error(root, "error.message", Messages.describe(root, ex));
                }
            });
            start.setId("center-report-start");
            HorizontalLayout line = new HorizontalLayout(year, start);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            root.add(line);
        }
    }

    private void open(long reportId) {
        getUI().ifPresent(ui -> ui.navigate(AnnualReportView.class,
                new RouteParameters("id", Long.toString(reportId))));
    }
}
