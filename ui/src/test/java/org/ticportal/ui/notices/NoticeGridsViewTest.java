package org.ticportal.ui.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.export.ExportFormat;
import org.ticportal.core.export.ExportedFile;
import org.ticportal.core.notice.IdNumbers;
import org.ticportal.core.notice.NoticeDraft;
import org.ticportal.core.notice.NoticeFilter;
import org.ticportal.core.notice.NoticeRow;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notice.Objection;
import org.ticportal.core.notice.ObjectionFilter;
import org.ticportal.core.notice.ObjectionForm;
import org.ticportal.core.notice.ObjectionRow;
import org.ticportal.core.notice.PublicNotice;
import org.ticportal.core.notice.PublicNoticeService;
import org.ticportal.core.registration.Challenge;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.MeetingSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.GridExportDialog;
import org.ticportal.ui.base.NotFoundView;

/**
 * 公示管理 and 异议管理 as management grids, without a browser, on a notice the bureau published today with a person's
 * objection: the bureau finds the notice by its title (its counts of centers and objections shown), narrows by state
 * and publication day, hides a column and saves that as its default view, which comes back when the grid opens again,
 * and exports exactly the row and columns shown; in 异议管理 it finds the objection by notice, by state and by the
 * objector's name, and a click opens the notice. An administrator sees the objector's name masked, and the grid opened
 * from a notice's link is filtered to it; county reviewers do not get either screen.
 */
class NoticeGridsViewTest extends ViewTestBase {

    private static final Challenge CHALLENGE = new Challenge(3, 4);

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService notices;
    @Autowired
    PublicNoticeService publicNotices;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeViews() {
        jdbc.update("delete from saved_grid_view where owner_id = (select id from app_user where username = 'bureau')"
                + " and grid_id in ('notices', 'objections')");
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauFiltersSavesAViewOfAndExportsItsNoticesAndFindsTheirObjections() throws Exception {
        NoticeSummary notice = publishedWithObjection("李四");

        navigate(NoticesView.class);
        FilterGrid<NoticeRow, NoticeFilter> grid = noticeGrid();
        text("notices-title-filter").setValue(notice.title());
        assertThat(test(grid).size()).isEqualTo(1);
        NoticeRow row = test(grid).getRow(0);
        assertThat(row.id()).isEqualTo(notice.id());
        assertThat(row.entries()).isEqualTo(1);
        assertThat(row.objections()).isEqualTo(1);
        assertThat(row.openObjections()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, position(grid, "notices.state"))).isEqualTo("公示中");
        assertThat(test(grid).getCellText(0, position(grid, "notices.objections"))).isEqualTo("1");
        // by state and by the publication day (today)
        @SuppressWarnings("unchecked")
        Select<PublicNotice.State> state = (Select<PublicNotice.State>) header(grid, "notices-state-filter");
        state.setValue(PublicNotice.State.DRAFT);
        assertThat(test(grid).size()).isZero();
        state.setValue(PublicNotice.State.PUBLISHED);
        assertThat(test(grid).size()).isEqualTo(1);
        DatePicker from = (DatePicker) header(grid, "notices-published-from");
        from.setValue(PortalDay.today().plusDays(1));
        assertThat(test(grid).size()).isZero();
        from.setValue(PortalDay.today());
        assertThat(test(grid).size()).isEqualTo(1);

        // the created column hidden; saved as the default view, which the grid opens with again
        grid.getColumnByKey("notices.createdOn").setVisible(false);
        test(find(Button.class).withId("notices-grid-views").single()).click();
        find(TextField.class).withId("views-name").single().setValue("本批公示");
        find(Checkbox.class).withId("views-save-default").single().setValue(true);
        test(find(Button.class).withId("views-save").single()).click();
        test(find(Button.class).withId("views-close").single()).click();
        navigate(ObjectionsView.class);
        navigate(NoticesView.class);
        FilterGrid<NoticeRow, NoticeFilter> again = noticeGrid();
        assertThat(text("notices-title-filter").getValue()).isEqualTo(notice.title());
        assertThat(again.getFilter().state()).isEqualTo(PublicNotice.State.PUBLISHED);
        assertThat(again.getFilter().publishedFrom()).isEqualTo(PortalDay.today());
        assertThat(again.getColumnByKey("notices.createdOn").isVisible()).isFalse();
        assertThat(test(again).size()).isEqualTo(1);

        // the export holds the row and the columns shown, under the grid's headers
        List<Grid.Column<NoticeRow>> visible = again.getColumns().stream().filter(Grid.Column::isVisible).toList();
        ExportedFile file = export("notices-grid-export");
        assertThat(file.rows()).isEqualTo(1);
        try (InputStream in = Files.newInputStream(file.file()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> headers = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            DataFormatter cell = new DataFormatter();
            for (int c = 0; c < visible.size(); c++) {
                headers.add(cell.formatCellValue(sheet.getRow(0).getCell(c)));
                cells.add(cell.formatCellValue(sheet.getRow(1).getCell(c)));
            }
            assertThat(headers).isEqualTo(visible.stream().map(c -> UI.getCurrent().getTranslation(c.getKey()))
                    .toList()).doesNotContain("创建日期").contains("公示对象数", "异议数");
            assertThat(cells).contains(notice.title(), "公示中");
        }
        test(find(Button.class).withId("export-close").single()).click();
        MockVaadin.clientRoundtrip();

        // 异议管理: the notice's objection, found by notice, state and the objector's name; a click opens the notice
        navigate(ObjectionsView.class);
        FilterGrid<ObjectionRow, ObjectionFilter> objections = objectionGrid();
        @SuppressWarnings("unchecked")
        Select<NoticeSummary> byNotice = (Select<NoticeSummary>) header(objections, "objections-notice-filter");
        byNotice.setValue(byNotice.getListDataView().getItems().filter(n -> n.id() == notice.id()).findFirst()
                .orElseThrow());
        assertThat(test(objections).size()).isEqualTo(1);
        ObjectionRow objection = test(objections).getRow(0);
        assertThat(objection.objector()).isEqualTo("李四");
        assertThat(objection.noticeTitle()).isEqualTo(notice.title());
        assertThat(objection.state()).isEqualTo(Objection.State.FILED);
        assertThat(test(objections).getCellText(0, position(objections, "objection.state"))).isEqualTo("待受理");
        text("objections-text-filter").setValue("李四");
        assertThat(test(objections).size()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Select<Objection.State> byState = (Select<Objection.State>) header(objections, "objections-state-filter");
        byState.setValue(Objection.State.RECEIVED);
        assertThat(test(objections).size()).isZero();
        byState.setValue(Objection.State.FILED);
        assertThat(find(Button.class).withId("objections-grid-export").exists()).isTrue();
        assertThat(find(Button.class).withId("objections-grid-views").single().isVisible()).isTrue();
        test(objections).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(NoticeView.class);
        assertThat(find(H2.class).withId("notice-heading").single().getText()).isEqualTo(notice.title());
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheObjectorMaskedInTheGridOpenedFromTheNotice() {
        NoticeSummary notice = Acting.as(security, "bureau", Role.BUREAU, () -> publishedWithObjection("王五"));
        UI.getCurrent().navigate("objections", QueryParameters.simple(java.util.Map.of(
                ObjectionsView.FILTER_NOTICE, Long.toString(notice.id()))));
        FilterGrid<ObjectionRow, ObjectionFilter> objections = objectionGrid();
        assertThat(objections.getFilter().noticeId()).isEqualTo(notice.id());
        assertThat(test(objections).size()).isEqualTo(1);
        assertThat(test(objections).getRow(0).objector()).isEqualTo("王**");
        assertThat(test(objections).getRow(0).personalShown()).isFalse();
        // the name is not searchable by who does not see it
        text("objections-text-filter").setValue("王五");
        assertThat(test(objections).size()).isZero();
    }

    @Test
    @WithUserDetails("county")
    void countiesCannotOpenTheObjections() {
        UI.getCurrent().navigate("objections");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(Grid.class).withId("objections-grid").exists()).isFalse();
    }

    /** A notice of the city published today listing an application the Party group passed, and a person's objection. */
    private NoticeSummary publishedWithObjection(String objector) {
        long id = MeetingSamples.atNotice(security, applications, attachments, checklist);
        String title = "网格测试公示" + UUID.randomUUID().toString().substring(0, 6);
        NoticeSummary draft = notices.create(new NoticeDraft("140900", title, "0350-3021234", "忻州市科学技术局",
                List.of(id)));
        NoticeSummary published = notices.publish(draft.id(), draft.version());
        long entry = publicNotices.lines(published.id()).get(0).entryId();
        String first17 = "14090219880101123";
        publicNotices.file(new ObjectionForm(entry, Objection.Kind.PERSON, objector, first17 + IdNumbers.check(first17),
                "13900000000", "该中心研发人员数量与申报不符"), CHALLENGE, "7",
                "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250), null, null);
        return published;
    }

    private ExportedFile export(String buttonId) throws Exception {
        test(find(Button.class).withId(buttonId).single()).click();
        GridExportDialog dialog = find(GridExportDialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExportFormat> format = find(RadioButtonGroup.class).withId("export-format").single();
        format.setValue(ExportFormat.XLSX);
        test(find(Button.class).withId("export-start").single()).click();
        dialog.shown().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip();
        return dialog.running().orElseThrow().result().get();
    }

    private static int position(Grid<?> grid, String key) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).toList().indexOf(grid.getColumnByKey(key));
    }

    private TextField text(String id) {
        Grid<?> grid = find(FilterGrid.class).single();
        return (TextField) header(grid, id);
    }

    /** A filter field of the grid's header row (the finder does not look into header cells), also in a range. */
    private static Component header(Grid<?> grid, String id) {
        return grid.getHeaderRows().stream().flatMap(r -> r.getCells().stream()).map(c -> c.getComponent())
                .filter(c -> c != null).flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                        c.getChildren()))
                .filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private FilterGrid<NoticeRow, NoticeFilter> noticeGrid() {
        return find(FilterGrid.class).withId("notices-grid").single();
    }

    @SuppressWarnings("unchecked")
    private FilterGrid<ObjectionRow, ObjectionFilter> objectionGrid() {
        return find(FilterGrid.class).withId("objections-grid").single();
    }
}
