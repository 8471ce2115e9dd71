package org.ticportal.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.export.ExportFormat;
import org.ticportal.core.export.ExportedFile;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.ui.applications.ApplicationsView;

/**
 * 导出 on the applications grid without a browser: the county reviewer's export holds its own county's applications
 * only, in the grid's order; filtered, with a column hidden and another moved first, it holds exactly the row and the
 * cells the grid shows, under the grid's headers in Chinese, read back with Apache POI; the export is in the audit
 * trail and its file goes when the dialog closes. The city's reviewer (a recommending body of its own), working in
 * English, does not find the county's application in its CSV export, which has English headers and opens in Excel
 * (UTF-8 with a byte order mark).
 */
class GridExportViewTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("county")
    void theCountysExportHoldsItsOwnRowsAndExactlyWhatTheGridShows() throws Exception {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "导出新材料");
        navigate(ApplicationsView.class);
        FilterGrid<ApplicationRow, ApplicationFilter> grid = grid();

        // everything the county sees, in the grid's order (newest change first)
        ExportedFile all = export(ExportFormat.XLSX);
        int body = grid.getColumns().indexOf(grid.getColumnByKey("application.body"));
        try (XSSFWorkbook book = read(all)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(test(grid).size()).isEqualTo((int) all.rows());
            List<String> references = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                references.add(text(sheet.getRow(r), 0));
                bodies.add(text(sheet.getRow(r), body));
            }
            assertThat(references).contains(reference);
            // one recommending body: the county's own (忻府区 · 推荐)
            assertThat(bodies).allSatisfy(b -> assertThat(b).isEqualTo(bodies.getFirst()).startsWith("忻府区"));
            int shown = Math.min(20, test(grid).size());
            for (int i = 0; i < shown; i++) {
                assertThat(references.get(i)).isEqualTo(test(grid).getRow(i).referenceNo());
            }
        }
        close();

        // filtered to the new application, the policy version hidden, the stage moved first
        grid.setFilter(grid.getFilter().withText(reference));
        grid.getColumnByKey("application.pin").setVisible(false);
        List<Grid.Column<ApplicationRow>> order = new ArrayList<>(grid.getColumns());
        Grid.Column<ApplicationRow> stage = grid.getColumnByKey("application.stage");
        order.remove(stage);
        order.addFirst(stage);
        grid.setColumnOrder(order);
        List<Grid.Column<ApplicationRow>> visible = grid.getColumns().stream().filter(Grid.Column::isVisible)
                .toList();
        assertThat(test(grid).size()).isEqualTo(1);

        ExportedFile one = export(ExportFormat.XLSX);
        assertThat(one.rows()).isEqualTo(1);
        assertThat(one.fileName()).startsWith(UI.getCurrent().getTranslation("nav.applications")).endsWith(".xlsx");
        try (XSSFWorkbook book = read(one)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> headers = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < visible.size(); c++) {
                headers.add(text(sheet.getRow(0), c));
                cells.add(text(sheet.getRow(1), c));
            }
            assertThat(headers).isEqualTo(visible.stream().map(c -> UI.getCurrent().getTranslation(c.getKey()))
                    .toList());
            assertThat(headers.getFirst()).isEqualTo("当前环节");
            assertThat(headers).doesNotContain(UI.getCurrent().getTranslation("application.pin"));
            // the grid tester counts the visible columns only
            assertThat(cells).isEqualTo(IntStream.range(0, visible.size()).mapToObj(c -> test(grid).getCellText(0, c))
                    .toList());
            assertThat(cells).contains(reference).anySatisfy(c -> assertThat(c).contains("导出新材料"));
        }
        assertThat(find(Anchor.class).withId("export-download").single().getText()).contains(one.fileName());
        assertThat(find(Paragraph.class).withId("export-status").single().getText()).isEqualTo("导出完成，共 1 行。");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'EXPORT'"
                + " and subject_id = 'applications-grid' and actor = 'county' and action = 'EXPORTED'"
                + " and comment like ?", Integer.class, "rows=1; filter=%" + reference + "%")).isEqualTo(1);

        close();
        assertThat(one.file()).doesNotExist();
        assertThat(all.file()).doesNotExist();
    }

    @Test
    @WithUserDetails("city")
    void anotherBodysExportDoesNotHoldTheCountysApplication() throws Exception {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "导出新材料");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ApplicationsView.class);
        ExportedFile file = export(ExportFormat.CSV);
        assertThat(file.fileName()).startsWith("Applications-").endsWith(".csv");
        byte[] bytes = Files.readAllBytes(file.file());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(file.rows() + 1).isEqualTo(test(grid()).size() + 1);
        // in the user's language
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFReference,");
        assertThat(csv).doesNotContain(reference);
        close();
    }

    @SuppressWarnings("unchecked")
    private FilterGrid<ApplicationRow, ApplicationFilter> grid() {
        return find(FilterGrid.class).withId("applications-grid").single();
    }

    /** Clicks 导出, chooses the format, starts, and waits for the outcome on the screen. */
    @SuppressWarnings("unchecked")
    private ExportedFile export(ExportFormat format) throws Exception {
        test(find(Button.class).withId("applications-grid-export").single()).click();
        GridExportDialog dialog = find(GridExportDialog.class).single();
        find(RadioButtonGroup.class).withId("export-format").single().setValue(format);
        test(find(Button.class).withId("export-start").single()).click();
        dialog.shown().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip();
        return dialog.running().orElseThrow().result().get();
    }

    private void close() {
        test(find(Button.class).withId("export-close").single()).click();
        MockVaadin.clientRoundtrip();
    }

    private static XSSFWorkbook read(ExportedFile file) throws Exception {
        try (InputStream in = Files.newInputStream(file.file())) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Row row, int column) {
        return new DataFormatter().formatCellValue(row.getCell(column));
    }
}
