package org.ticportal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.application.StageOption;
import org.ticportal.core.center.CenterChoice;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.ui.applications.ApplicationsView;
import org.ticportal.ui.centers.CentersView;

/**
 * 统计看板 as the bureau and a county reviewer meet it: the charts hold the counts of their own scope with the
 * policies' names, a click on a bar or slice opens the grid filtered to it (the filter shown in its header), and the
 * 汇总表 tab lists the statistical tables with their totals and offers the Excel export.
 */
class DashboardViewTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CenterService centers;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("bureau")
    void theBureauClicksACentersTypeAndLandsOnTheCentersGridFilteredToIt() {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();

        navigate(DashboardView.class);
        EChart<GroupCount> types = chart("chart-centers-type");
        int index = indexOf(types, center.typeName().zh());
        assertThat(types.getElements().get(index).count()).isPositive();
        assertThat(types.getOption()).contains("\"type\":\"pie\"").contains(center.typeName().zh());
        EChart<GroupCount> divisions = chart("chart-centers-division");
        assertThat(divisions.getElements()).extracting(GroupCount::code).contains(center.recommendingBodyCode());

        types.click(index);

        assertThat(getCurrentView()).isInstanceOf(CentersView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("type", List.of(types.getElements().get(index).code()));
        @SuppressWarnings("unchecked")
        Grid<CenterRow> grid = find(Grid.class).withId("centers-grid").single();
        Select<CenterChoice> filter = headerSelect(grid, "centers-type-filter");
        assertThat(filter.getValue().name().zh()).isEqualTo(center.typeName().zh());
        List<CenterRow> rows = test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(CenterRow::id).contains(center.id());
        assertThat(rows).allSatisfy(r -> assertThat(r.typeName().zh()).isEqualTo(center.typeName().zh()));
    }

    @Test
    @WithUserDetails("county")
    void aCountyReviewerSeesItsOwnApplicationsAndAStageClickFiltersTheGrid() {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "看板县区");

        navigate(DashboardView.class);
        EChart<GroupCount> stages = chart("chart-applications-stage");
        assertThat(stages.getElements()).extracting(GroupCount::count).allSatisfy(n -> assertThat(n).isPositive());
        int recommend = java.util.stream.IntStream.range(0, stages.getElements().size())
                .filter(i -> stages.getElements().get(i).code().equals("COUNTY_REVIEW")).findFirst().orElseThrow();
        // the centers' divisions are the county's own only
        if (find(EChart.class).withId("chart-centers-division").exists()) {
            assertThat(chart("chart-centers-division").getElements()).extracting(GroupCount::code)
                    .containsOnly("140902");
        }

        stages.click(recommend);

        assertThat(getCurrentView()).isInstanceOf(ApplicationsView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> grid = find(Grid.class).withId("applications-grid").single();
        Select<StageOption> filter = headerSelect(grid, "applications-stage-filter");
        assertThat(filter.getValue().code()).isEqualTo(stages.getElements().get(recommend).code());
        List<ApplicationRow> rows = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(ApplicationRow::referenceNo).contains(reference);
        assertThat(rows).allSatisfy(r -> assertThat(r.stage()).isEqualTo(filter.getValue().code()));
    }

    @Test
    @WithUserDetails("bureau")
    void theSummaryTablesCarryTheirTotalsAndTheExport() {
        navigate(DashboardView.class);
        find(TabSheet.class).withId("dashboard-tabs").single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<List<?>> byType = find(Grid.class).withId("table-centers-division-type").single();
        int size = test(byType).size();
        List<?> totals = test(byType).getRow(size - 1);
        assertThat(totals.getFirst()).isEqualTo("合计");
        long sum = 0;
        for (int r = 0; r < size - 1; r++) {
            sum += (Long) test(byType).getRow(r).getLast();
        }
        assertThat(totals.getLast()).isEqualTo(sum);
        assertThat(byType.getColumns().getFirst().getHeaderText()).isEqualTo("县（市、区）");
        assertThat(find(Grid.class).withId("table-applications-call-outcome").exists()).isTrue();
        assertThat(find(Grid.class).withId("table-evaluations-grade").exists()).isTrue();
        assertThat(find(Grid.class).withId("table-centers-cluster").exists()).isTrue();
        assertThat(find(Anchor.class).withId("dashboard-export").single().getHref()).isNotBlank();
    }

    /** A filter in the grid's header row. */
    @SuppressWarnings("unchecked")
    private static <E> Select<E> headerSelect(Grid<?> grid, String id) {
        return (Select<E>) grid.getHeaderRows().stream().flatMap(r -> r.getCells().stream())
                .map(c -> c.getComponent()).filter(c -> c != null && c.getId().filter(id::equals).isPresent())
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private EChart<GroupCount> chart(String id) {
        return find(EChart.class).withId(id).single();
    }

    private static int indexOf(EChart<GroupCount> chart, String label) {
        List<GroupCount> elements = chart.getElements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).label().zh().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " not in " + elements);
    }
}
