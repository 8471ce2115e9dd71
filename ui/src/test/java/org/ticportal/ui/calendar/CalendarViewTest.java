package org.ticportal.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import com.vaadin.browserless.internal.MockVaadin;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.calendar.CalendarDay;
import org.ticportal.core.calendar.DayKind;
import org.ticportal.core.calendar.YearSummary;
import org.ticportal.ui.ViewTestBase;

/**
 * 工作日日历: administrators create a year, add and change its special days (a make-up working day on a weekday is
 * refused at the field), import a CSV in the background; bureau staff read and calculate but see no edit buttons.
 * The portal's context is shared by the view tests: these tests edit only years far ahead (2051, 2052), never the
 * shipped 2025 and 2026.
 */
class CalendarViewTest extends ViewTestBase {

    @SuppressWarnings("unchecked")
    private List<YearSummary> years() {
        Grid<YearSummary> grid = find(Grid.class).withId("calendar-years").single();
        return grid.getListDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private List<CalendarDay> days() {
        Grid<CalendarDay> grid = find(Grid.class).withId("calendar-days").single();
        return grid.getListDataView().getItems().toList();
    }

    /** A button of the actions column of the days grid (cell components are rendered on demand). */
    private Button dayButton(int row, int index) {
        Grid<?> grid = find(Grid.class).withId("calendar-days").single();
        Component cell = test(grid).getCellComponent(row, "actions");
        return (Button) cell.getChildren().toList().get(index);
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    @SuppressWarnings("unchecked")
    private Select<DayKind> kind() {
        return find(Select.class).withId("day-kind").single();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCreatesAYearAndEditsItsDaysAndAMakeUpDayOnAWeekdayIsRefusedAtTheField() {
        navigate(CalendarView.class);
        assertThat(years()).extracting(s -> s.year().getYear()).contains(2025, 2026);
        assertThat(years()).filteredOn(s -> s.year().getYear() == 2026).singleElement()
                .satisfies(s -> assertThat(s.holidays()).isGreaterThan(20));

        click("year-new");
        find(IntegerField.class).withId("year-number").single().setValue(2051);
        find(TextArea.class).withId("year-source").single().setValue("国务院办公厅关于2051年部分节假日安排的通知");
        click("year-save");
        assertThat(years()).extracting(s -> s.year().getYear()).contains(2051);
        assertThat(find(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .contains("2051 年的特殊日期");
        assertThat(days()).isEmpty();

        // 2051-10-02 is a Monday: a day off
        click("day-add");
        find(DatePicker.class).withId("day-date").single().setValue(LocalDate.of(2051, 10, 2));
        kind().setValue(DayKind.HOLIDAY);
        test(find(TextField.class).withId("day-name").single()).setValue("国庆节");
        click("day-save");
        assertThat(days()).extracting(CalendarDay::getDay, CalendarDay::getName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2051, 10, 2), "国庆节"));
        Grid<?> dayGrid = find(Grid.class).withId("calendar-days").single();
        assertThat(test(dayGrid).getCellText(0, 0)).isEqualTo("2051年10月2日 星期一");
        assertThat(test(dayGrid).getCellText(0, 1)).isEqualTo("放假");
        assertThat(years()).filteredOn(s -> s.year().getYear() == 2051).singleElement().satisfies(s -> {
            assertThat(s.holidays()).isEqualTo(1);
            assertThat(s.year().getUpdatedBy()).isEqualTo("admin");
        });

        // changed: a new name
        Button edit = dayButton(0, 0);
        assertThat(edit.getId()).contains("day-edit-2051-10-02");
        edit.click();
        test(find(TextField.class).withId("day-name").single()).setValue("国庆节（第二天）");
        click("day-save");
        assertThat(days()).extracting(CalendarDay::getName).containsExactly("国庆节（第二天）");

        // 2051-10-04 is a Wednesday: not a make-up working day
        click("day-add");
        find(DatePicker.class).withId("day-date").single().setValue(LocalDate.of(2051, 10, 4));
        kind().setValue(DayKind.WORKDAY);
        test(find(TextField.class).withId("day-name").single()).setValue("国庆节");
        click("day-save");
        assertThat(kind().isInvalid()).isTrue();
        assertThat(kind().getErrorMessage()).contains("周六或周日");
        assertThat(days()).hasSize(1);

        // a weekend day is fine
        find(DatePicker.class).withId("day-date").single().setValue(LocalDate.of(2051, 10, 1));
        click("day-save");
        assertThat(days()).extracting(CalendarDay::getKind).containsExactly(DayKind.WORKDAY, DayKind.HOLIDAY);
    }

    @Test
    @WithUserDetails("admin")
    void aCsvIsImportedInTheBackgroundWithProgressAndTheYearAppears() throws Exception {
        navigate(CalendarView.class);
        find(TextField.class).withId("import-source").single().setValue("测试通知");
        byte[] csv = "date,kind,holiday\n2052-01-01,HOLIDAY,元旦\n2052-01-03,HOLIDAY,元旦\n"
                .getBytes(StandardCharsets.UTF_8);
        test(find(Upload.class).withId("calendar-upload").single()).upload("2052.csv", "text/csv", csv);

        Span status = find(Span.class).withId("import-status").single();
        awaitImport();
        assertThat(status.getText()).isEqualTo("已导入 1 个年度（2052），共 2 个特殊日期");
        assertThat(years()).filteredOn(s -> s.year().getYear() == 2052).singleElement().satisfies(s -> {
            assertThat(s.year().getSource()).isEqualTo("测试通知");
            assertThat(s.holidays()).isEqualTo(2);
        });
    }

    @Test
    @WithUserDetails("admin")
    void aBadLineOfAnImportIsReportedWithItsNumber() throws Exception {
        navigate(CalendarView.class);
        byte[] csv = "# 来源\n2053-01-01,HOLIDAY,元旦\n2053-01-06,WORKDAY,元旦\n".getBytes(StandardCharsets.UTF_8);
        test(find(Upload.class).withId("calendar-upload").single()).upload("bad.csv", "text/csv", csv);
        Span status = find(Span.class).withId("import-status").single();
        awaitImport();
        assertThat(status.getText()).contains("第 3 行").contains("2053-01-06");
        assertThat(years()).extracting(s -> s.year().getYear()).doesNotContain(2053);
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffReadTheCalendarAndCalculateButSeeNoEditButtons() {
        navigate(CalendarView.class);
        assertThat(years()).extracting(s -> s.year().getYear()).contains(2025, 2026);
        assertThat(days()).isNotEmpty();
        assertThat(find(Button.class).withId("year-new").exists()).isFalse();
        assertThat(find(Button.class).withId("day-add").exists()).isFalse();
        assertThat(find(Button.class).withId("source-edit").exists()).isFalse();
        assertThat(find(Button.class).withId("day-edit-2026-10-01").exists()).isFalse();
        assertThat(find(Upload.class).exists()).isFalse();
        Grid<?> dayGrid = find(Grid.class).withId("calendar-days").single();
        assertThat(dayGrid.getColumnByKey("actions")).isNull();

        DatePicker date = find(DatePicker.class).withId("calc-date").single();
        Paragraph result = find(Paragraph.class).withId("calc-result").single();
        date.setValue(LocalDate.of(2026, 10, 1));
        click("calc-check");
        assertThat(result.getText()).isEqualTo("2026年10月1日（星期四）不是工作日");

        // 2030 is not loaded: the answer is provisional
        date.setValue(LocalDate.of(2030, 12, 30));
        find(IntegerField.class).withId("calc-days").single().setValue(3);
        click("calc-period");
        assertThat(result.getText()).startsWith("自 2030年12月30日 起 3 个工作日：第 1 个工作日为 2030年12月30日，截止日为 2031年1月2日（星期四）")
                .contains("暂定");
    }

    /** Waits for the background import to finish, then runs what it handed to the UI, as the browser's next poll. */
    private void awaitImport() throws Exception {
        ((CalendarView) getCurrentView()).lastImport().get(30, java.util.concurrent.TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip();
    }
}
