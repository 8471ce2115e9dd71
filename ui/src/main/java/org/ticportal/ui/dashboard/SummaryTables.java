package org.ticportal.ui.dashboard;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.ticportal.core.application.ApplicationStatistics;
import org.ticportal.core.center.CenterStatistics;
import org.ticportal.core.common.CrossCount;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.common.XlsxTables;
import org.ticportal.core.evaluation.EvaluationStatistics;
import org.ticportal.core.export.TableExport;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;

/**
 * 汇总表: the statistical tables a bureau reports upward, within the user's scope — centers by division × type, centers
 * by industry cluster, applications by call × outcome, evaluations by grade — each with its totals, and 导出Excel, a
 * workbook of one sheet per table under the title rows a report carries (the issuing bureau, the table's title, the
 * scope and the statistics date in Chinese).
 */
class SummaryTables extends VerticalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A table as shown and exported: its title, column titles and rows (the totals row last). */
    record Table(String id, String title, List<String> header, List<List<?>> rows) {
    }

    SummaryTables(ApplicationStatistics applications, CenterStatistics centers, EvaluationStatistics evaluations,
                  TableExport export, UserService users, JurisdictionPolicyService jurisdictions,
                  PolicyService policies, PortalTime time) {
        addClassName("summary-tables");
        setPadding(false);
        Locale locale = getLocale();
        String total = getTranslation("dashboard.tables.total");
        List<Table> tables = List.of(
                cross("table-centers-division-type", getTranslation("dashboard.tables.centersByDivisionType"),
                        getTranslation("dashboard.tables.division"), centers.byDivisionAndType(), locale, total),
                single("table-centers-cluster", getTranslation("dashboard.tables.centersByCluster"),
                        getTranslation("dashboard.tables.cluster"), getTranslation("dashboard.tables.centers"),
                        centers.byCluster(), locale, total),
                cross("table-applications-call-outcome", getTranslation("dashboard.tables.applicationsByCallOutcome"),
                        getTranslation("dashboard.tables.call"), applications.byCallAndOutcome(), locale, total),
                single("table-evaluations-grade", getTranslation("dashboard.tables.evaluationsByGrade"),
                        getTranslation("dashboard.tables.grade"), getTranslation("dashboard.tables.evaluations"),
                        evaluations.byGrade(), locale, total));

        List<String> titleRows = titleRows(users.currentScope(), jurisdictions, policies, time, locale);
        List<XlsxTables.Sheet> sheets = tables.stream().map(t -> new XlsxTables.Sheet(t.title(),
                with(titleRows.getFirst(), t.title(), titleRows.getLast()), t.header(), t.rows())).toList();
        String fileName = getTranslation("dashboard.tables.file",
                time.today().format(DateTimeFormatter.BASIC_ISO_DATE));
        Button button = new Button(getTranslation("dashboard.tables.export"), Icons.create(VaadinIcon.DOWNLOAD_ALT));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.xlsx("dashboard-summary", sheets);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, XLSX, bytes.length);
        }), "");
        download.add(button);
        download.setId("dashboard-export");
        Paragraph heading = new Paragraph(String.join(" · ", titleRows));
        heading.addClassName("field-help");
        add(download, heading);
        for (Table t : tables) {
            add(new H3(t.title()), grid(t));
        }
    }

    /** The report's title rows: the issuing body, then the scope and the statistics date (the table's title between). */
    private List<String> titleRows(AccessScope scope, JurisdictionPolicyService jurisdictions, PolicyService policies,
                                   PortalTime time, Locale locale) {
        String issuer;
        String area;
        switch (scope.role()) {
            case BUREAU -> {
                String code = scope.jurisdictionCode();
                Jurisdiction j = code == null ? null : jurisdictions.jurisdictions().stream()
                        .filter(x -> x.code().equals(code)).findFirst().orElse(null);
                area = j == null ? getTranslation("dashboard.tables.scope.all") : j.name().get(locale);
                issuer = j != null && j.active() != null ? j.active().identity().issuer().get(locale) : area;
            }
            case COUNTY -> {
                String code = String.valueOf(scope.recommendingBodyCode());
                area = policies.recommendingBodyNames(locale).getOrDefault(code, code);
                issuer = area;
            }
            default -> {
                area = getTranslation("dashboard.tables.scope.all");
                issuer = getTranslation("app.title");
            }
        }
        return List.of(issuer, getTranslation("dashboard.tables.scopeAndDate", area,
                Formats.date(time.today(), locale)));
    }

    private static List<String> with(String first, String middle, String last) {
        return List.of(first, middle, last);
    }

    /** A one-way table: the value, its count, the total last. */
    private static Table single(String id, String title, String valueTitle, String countTitle,
                                List<GroupCount> counts, Locale locale, String total) {
        List<List<?>> rows = new ArrayList<>();
        counts.forEach(c -> rows.add(List.of(c.label().get(locale), c.count())));
        rows.add(List.of(total, GroupCount.total(counts)));
        return new Table(id, title, List.of(valueTitle, countTitle), rows);
    }

    /** A cross table: a row per row value, a column per column value, totals on the right and at the bottom. */
    private static Table cross(String id, String title, String rowTitle, List<CrossCount> cells, Locale locale,
                               String total) {
        Map<String, LocalizedText> rowNames = new LinkedHashMap<>();
        Map<String, LocalizedText> columnNames = new LinkedHashMap<>();
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (CrossCount c : cells) {
            rowNames.putIfAbsent(c.row().code(), c.row().label());
            columnNames.putIfAbsent(c.column().code(), c.column().label());
            counts.merge(List.of(c.row().code(), c.column().code()), c.count(), Long::sum);
        }
        List<String> header = new ArrayList<>();
        header.add(rowTitle);
        columnNames.values().forEach(n -> header.add(n.get(locale)));
        header.add(total);
        List<List<?>> rows = new ArrayList<>();
        long[] columnTotals = new long[columnNames.size()];
        rowNames.forEach((row, name) -> {
            List<Object> line = new ArrayList<>();
            line.add(name.get(locale));
            long sum = 0;
            int i = 0;
            for (String column : columnNames.keySet()) {
                long n = counts.getOrDefault(List.of(row, column), 0L);
                line.add(n);
                columnTotals[i++] += n;
                sum += n;
            }
            line.add(sum);
            rows.add(line);
        });
        List<Object> totals = new ArrayList<>();
        totals.add(total);
        long all = 0;
        for (long n : columnTotals) {
            totals.add(n);
            all += n;
        }
        totals.add(all);
        rows.add(totals);
        return new Table(id, title, header, rows);
    }

    private static Grid<List<?>> grid(Table table) {
        Grid<List<?>> grid = new Grid<>();
        grid.setId(table.id());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        for (int i = 0; i < table.header().size(); i++) {
            int column = i;
            grid.addColumn(row -> String.valueOf(row.get(column))).setHeader(table.header().get(i))
                    .setAutoWidth(true).setFlexGrow(i == 0 ? 2 : 1).setKey("c" + i);
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }
}
