package org.ticportal.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.call.CallSummary;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.base.HistoryGrid;

/**
 * 申报批次: bureau staff open a call with its times and a quota, are refused at the field when it closes before it
 * opens, close it by moving its close time into the past (its history says so); applicants see only what is open now
 * and cannot open calls.
 */
class CallsViewTest extends ViewTestBase {

    @SuppressWarnings("unchecked")
    private Grid<CallSummary> grid() {
        return find(Grid.class).withId("calls-grid").single();
    }

    private List<CallSummary> rows() {
        Grid<CallSummary> grid = grid();
        List<CallSummary> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauOpensACallWithAQuotaAndClosesItByMovingItsCloseTimeIntoThePast() {
        navigate(CallsView.class);
        int before = rows().size();
        test(find(Button.class).withId("call-new").single()).click();
        test(find(TextField.class).withId("call-title").single()).setValue("2027年度第一批（视图测试）");
        LocalDateTime now = java.time.LocalDateTime.ofInstant(java.time.Instant.now(), java.time.ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        DateTimePicker opens = find(DateTimePicker.class).withId("call-opens").single();
        DateTimePicker closes = find(DateTimePicker.class).withId("call-closes").single();
        opens.setValue(now.minusDays(1));
        closes.setValue(now.minusDays(2));
        find(IntegerField.class).withId("call-quota-140902").single().setValue(2);
        test(find(Button.class).withId("call-save").single()).click();
        assertThat(closes.isInvalid()).as("a call closing before it opens is refused at the field").isTrue();
        assertThat(closes.getErrorMessage()).isEqualTo("截止时间须晚于开始申报时间");

        closes.setValue(now.plusDays(20));
        test(find(Button.class).withId("call-save").single()).click();
        List<CallSummary> after = rows();
        assertThat(after).hasSize(before + 1);
        CallSummary created = after.stream().filter(c -> c.title().equals("2027年度第一批（视图测试）")).findFirst()
                .orElseThrow();
        assertThat(created.quotas()).containsEntry("140902", 2);
        int row = after.indexOf(created);
        assertThat(test(grid()).getCellText(row, 0)).isEqualTo("2027年度第一批（视图测试）");
        assertThat(test(grid()).getCellText(row, 1)).isEqualTo("忻州市");
        // in China's time, as entered, whatever the server's zone
        assertThat(test(grid()).getCellText(row, 3)).isEqualTo(now.plusDays(20).format(
                java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")));
        assertThat(test(grid()).getCellText(row, 5)).isEqualTo("忻府区：2个");

        // the bureau closes it: the close time moves an hour into the past
        test(grid()).clickRow(row);
        DateTimePicker editClose = find(DateTimePicker.class).withId("call-closes").single();
        editClose.setValue(now.minusHours(1));
        test(find(Button.class).withId("call-save").single()).click();
        CallSummary closed = rows().stream().filter(c -> c.id() == created.id()).findFirst().orElseThrow();
        assertThat(closed.isClosedAt(java.time.Instant.now())).isTrue();

        test(grid()).clickRow(rows().indexOf(closed));
        find(TabSheet.class).single().setSelectedIndex(1);
        HistoryGrid history = find(HistoryGrid.class).withId("call-history").single();
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 2)).isEqualTo("修改批次");
        assertThat(test(history).getCellText(1, 2)).isEqualTo("开放批次");
    }

    @Test
    @WithUserDetails("applicant")
    void anApplicantSeesTheCallsOpenNowAndCannotOpenOne() {
        navigate(CallsView.class);
        assertThat(find(Button.class).withId("call-new").exists()).isFalse();
        assertThat(rows()).isNotEmpty().allSatisfy(c -> assertThat(c.isOpenAt(java.time.Instant.now())).isTrue());
        assertThat(rows()).extracting(CallSummary::title).anySatisfy(t -> assertThat(t).contains("演示批次"));
    }
}
