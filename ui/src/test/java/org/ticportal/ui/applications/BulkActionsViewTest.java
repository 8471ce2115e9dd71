package org.ticportal.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.browserless.internal.MockVaadin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.meeting.MeetingAgendaService;
import org.ticportal.core.meeting.MeetingDraft;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.MeetingSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.base.FilterGrid;

/**
 * 批量操作 in 申报管理, as bureau staff use it: two applications ticked, one waiting for the Party group and one still
 * at its expert argumentation; 加入党组会议议题 is refused as a whole, the report names the refused one with its unit
 * and reason, and the agenda stays empty; ticked alone, the waiting one is added. Counties get no bulk actions.
 */
class BulkActionsViewTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingAgendaService agendas;
    @Autowired
    PanelDrawService draws;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("bureau")
    void aBulkAdditionWithOneRefusedRowAddsNothingAndNamesIt() {
        long waiting = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        long early = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        String title = "批量议题会议" + UUID.randomUUID().toString().substring(0, 4);
        MeetingSummary meeting = meetings.create(new MeetingDraft("140900", title, PortalDay.today()));

        navigate(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> grid = find(Grid.class).withId("applications-grid").single();
        assertThat(grid.getSelectionModel()).isInstanceOf(GridMultiSelectionModel.class);
        ApplicationRow first = row(grid, waiting);
        ApplicationRow second = row(grid, early);
        grid.select(first);
        grid.select(second);
        assertThat(find(Span.class).withId("applications-bulk-count").single().getText()).isEqualTo("已选择 2 项");

        addToMeeting(title);
        Paragraph refused = find(Paragraph.class).withId("applications-bulk-refused").single();
        assertThat(refused.getText()).contains("未执行");
        @SuppressWarnings("unchecked")
        Grid<BulkResult.Refusal> refusals = find(Grid.class).withId("applications-bulk-refusals").single();
        assertThat(test(refusals).size()).isEqualTo(1);
        assertThat(test(refusals).getCellText(0, 0)).isEqualTo(second.referenceNo());
        assertThat(test(refusals).getCellText(0, 1)).isEqualTo(second.unitName());
        assertThat(test(refusals).getCellText(0, 2)).isEqualTo("不在待党组会议研究阶段");
        assertThat(agendas.agenda(meeting.id())).isEmpty();
        assertThat(grid.getSelectedItems()).isEmpty();
        test(find(Button.class).withId("applications-bulk-report-close").single()).click();

        grid.select(row(grid, waiting));
        addToMeeting(title);
        assertThat(find(Paragraph.class).withId("applications-bulk-done").single().getText())
                .isEqualTo("已对 1 项申报完成“加入党组会议议题”。");
        assertThat(agendas.agenda(meeting.id())).extracting(e -> e.application().id()).containsExactly(waiting);
    }

    @Test
    @WithUserDetails("bureau")
    void aBulkDrawWithOneCaseNotAtExpertArgumentationDrawsNoPanel() {
        long early = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        long waiting = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);

        navigate(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> grid = find(Grid.class).withId("applications-grid").single();
        ApplicationRow decided = row(grid, waiting);
        grid.select(row(grid, early));
        grid.select(decided);
        new MenuBarTester<>(find(MenuBar.class).withId("applications-bulk-menu").single()).clickItem("批量操作",
                "抽取专家组");
        BulkActions bulk = (BulkActions) find(HorizontalLayout.class).withId("applications-bulk").single();
        try {
            bulk.lastDraw().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        MockVaadin.clientRoundtrip();

        assertThat(find(Paragraph.class).withId("applications-bulk-refused").single().getText()).contains("未执行");
        @SuppressWarnings("unchecked")
        Grid<BulkResult.Refusal> refusals = find(Grid.class).withId("applications-bulk-refusals").single();
        assertThat(test(refusals).size()).isEqualTo(1);
        assertThat(test(refusals).getCellText(0, 0)).isEqualTo(decided.referenceNo());
        assertThat(draws.panel(early)).isEmpty();
    }

    /**
     * 选择全部符合条件的记录: with one row ticked under a filter matching more, the bar offers them all with the
     * grid's count; chosen, the action runs in the background on the rows the server reads from the filter, and the
     * report is all or nothing over exactly those rows. A new filter drops the choice.
     */
    @Test
    @WithUserDetails("bureau")
    void everyRowMatchingTheFilterIsChosenAndActedOnInTheBackground() {
        long first = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        long second = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        String title = "全选议题会议" + UUID.randomUUID().toString().substring(0, 4);
        MeetingSummary meeting = meetings.create(new MeetingDraft("140900", title, PortalDay.today()));

        navigate(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        FilterGrid<ApplicationRow, ApplicationFilter> grid = find(FilterGrid.class).withId("applications-grid")
                .single();
        ApplicationFilter atPartyGroup = ApplicationFilter.ALL.withStage(applications.get(first).row().stage());
        grid.setFilter(atPartyGroup);
        long matching = applicationGrid.count(atPartyGroup);
        assertThat(matching).isGreaterThanOrEqualTo(2);
        grid.select(row(grid, first));
        Button all = find(Button.class).withId("applications-bulk-all").single();
        assertThat(all.isVisible()).isTrue();
        assertThat(all.getText()).isEqualTo("选择全部 " + matching + " 条符合条件的记录");
        test(all).click();
        BulkActions bulk = (BulkActions) find(HorizontalLayout.class).withId("applications-bulk").single();
        assertThat(bulk.isAllMatching()).isTrue();
        assertThat(find(Span.class).withId("applications-bulk-count").single().getText())
                .isEqualTo("已选择全部 " + matching + " 条符合条件的记录");

        addToMeeting(title);
        try {
            bulk.lastRun().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        MockVaadin.clientRoundtrip();
        java.util.Set<Long> ids = new java.util.HashSet<>(applicationGrid.allMatching(atPartyGroup,
                ApplicationGrid.MAX_MATCHING).stream().map(ApplicationRow::id)
                .toList());
        assertThat(ids).hasSize((int) matching).contains(first, second);
        if (find(Paragraph.class).withId("applications-bulk-refused").exists()) {
            // rows of earlier tests at that stage may sit on another agenda: then nothing at all is added
            @SuppressWarnings("unchecked")
            Grid<BulkResult.Refusal> refusals = find(Grid.class).withId("applications-bulk-refusals").single();
            assertThat(ids).containsAll(java.util.stream.IntStream.range(0, test(refusals).size())
                    .mapToObj(i -> test(refusals).getRow(i).id()).toList());
            assertThat(agendas.agenda(meeting.id())).isEmpty();
        } else {
            assertThat(find(Paragraph.class).withId("applications-bulk-done").single().getText())
                    .isEqualTo("已对 " + matching + " 项申报完成“加入党组会议议题”。");
            assertThat(agendas.agenda(meeting.id())).extracting(e -> e.application().id())
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(bulk.isAllMatching()).isFalse();
        test(find(Button.class).withId("applications-bulk-report-close").single()).click();

        // a new filter drops what was chosen under the old one
        grid.select(row(grid, first));
        test(find(Button.class).withId("applications-bulk-all").single()).click();
        grid.setFilter(ApplicationFilter.ALL);
        assertThat(bulk.isAllMatching()).isFalse();
        assertThat(grid.getSelectedItems()).isEmpty();
        assertThat(bulk.isVisible()).isFalse();
    }

    /**
     * 发送催办提醒 on every matching row runs in the background too: the action's service and message are read on the
     * UI thread, so the background work touches no Vaadin state and ends in a report, not an error.
     */
    @Test
    @WithUserDetails("bureau")
    void remindingEveryMatchingRowEndsInAReport() {
        long first = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        navigate(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        FilterGrid<ApplicationRow, ApplicationFilter> grid = find(FilterGrid.class).withId("applications-grid")
                .single();
        grid.setFilter(ApplicationFilter.ALL.withStage(applications.get(first).row().stage()));
        grid.select(row(grid, first));
        test(find(Button.class).withId("applications-bulk-all").single()).click();
        BulkActions bulk = (BulkActions) find(HorizontalLayout.class).withId("applications-bulk").single();

        new MenuBarTester<>(find(MenuBar.class).withId("applications-bulk-menu").single()).clickItem("批量操作", "发送催办提醒");
        find(com.vaadin.flow.component.textfield.TextArea.class).withId("applications-bulk-message").single()
                .setValue("请尽快办理");
        test(find(Button.class).withId("applications-bulk-run").single()).click();
        try {
            bulk.lastRun().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        MockVaadin.clientRoundtrip();
        assertThat(find(Paragraph.class).withId("applications-bulk-done").exists()
                || find(Paragraph.class).withId("applications-bulk-refused").exists())
                .as("the background reminder ends in its report").isTrue();
    }

    @Test
    @WithUserDetails("county")
    void countiesGetNoBulkActions() {
        navigate(ApplicationsView.class);
        assertThat(find(Grid.class).withId("applications-grid").single().getSelectionModel())
                .isNotInstanceOf(GridMultiSelectionModel.class);
        assertThat(find(MenuBar.class).withId("applications-bulk-menu").exists()).isFalse();
    }

    private void addToMeeting(String title) {
        new MenuBarTester<>(find(MenuBar.class).withId("applications-bulk-menu").single()).clickItem("批量操作", "加入党组会议议题");
        @SuppressWarnings("unchecked")
        Select<MeetingSummary> choice = find(Select.class).withId("applications-bulk-choice").single();
        choice.setValue(choice.getListDataView().getItems().filter(m -> m.title().equals(title)).findFirst()
                .orElseThrow());
        test(find(Button.class).withId("applications-bulk-run").single()).click();
    }

    private ApplicationRow row(Grid<ApplicationRow> grid, long id) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == id) {
                return test(grid).getRow(i);
            }
        }
        throw new AssertionError("application " + id + " is not in the grid");
    }
}
