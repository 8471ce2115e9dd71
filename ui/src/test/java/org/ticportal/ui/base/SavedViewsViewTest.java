package org.ticportal.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.center.CenterFilter;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.gridview.SavedView;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.applications.ApplicationsView;
import org.ticportal.ui.centers.CentersView;

/**
 * 已保存视图 without a browser: the bureau filters 技术创新中心 by name and status, hides a column, moves another first
 * and sorts by name, and saves that as its default view; the grid opened again comes back in that state; changed
 * meanwhile, the view opened from the dialog restores it again; a second view of the same name is refused beside the
 * name field.
 */
class SavedViewsViewTest extends ViewTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeViews() {
        jdbc.update("delete from saved_grid_view where owner_id = (select id from app_user where username = 'bureau')");
    }

    @Test
    @WithUserDetails("bureau")
    void aSavedViewWithAFilterAndAHiddenColumnIsRestored() {
        navigate(CentersView.class);
        FilterGrid<CenterRow, CenterFilter> grid = grid();
        nameFilter().setValue("技术创新");
        statusFilter().setValue(CenterStatus.ACTIVE);
        grid.getColumnByKey("centers.cluster").setVisible(false);
        moveFirst(grid, "centers.number");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("centers.name"), SortDirection.ASCENDING)));
        assertThat(grid.getFilter().text()).isEqualTo("技术创新");

        test(find(Button.class).withId("centers-grid-views").single()).click();
        find(TextField.class).withId("views-name").single().setValue("在册中心（按名称）");
        find(Checkbox.class).withId("views-save-default").single().setValue(true);
        test(find(Button.class).withId("views-save").single()).click();
        assertThat(find(Paragraph.class).withId("views-status").single().getText())
                .isEqualTo("已保存视图“在册中心（按名称）”。");
        @SuppressWarnings("unchecked")
        Grid<SavedView> list = find(Grid.class).withId("views-list").single();
        assertThat(test(list).size()).isEqualTo(1);
        assertThat(test(list).getCellText(0, 0)).isEqualTo("在册中心（按名称）");
        assertThat(test(list).getCellText(0, 2)).isEqualTo("默认");

        // a second view of the same name is refused beside the name field
        test(find(Button.class).withId("views-save").single()).click();
        TextField name = find(TextField.class).withId("views-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("已有名为“在册中心（按名称）”的视图");
        test(find(Button.class).withId("views-close").single()).click();

        // the grid opened again (as after logging in again) comes back in the saved state
        navigate(ApplicationsView.class);
        navigate(CentersView.class);
        assertRestored(grid());

        // changed, then the view opened from the dialog
        FilterGrid<CenterRow, CenterFilter> again = grid();
        nameFilter().clear();
        statusFilter().clear();
        again.getColumnByKey("centers.cluster").setVisible(true);
        again.sort(List.of());
        assertThat(again.getFilter().text()).isNullOrEmpty();
        test(find(Button.class).withId("centers-grid-views").single()).click();
        @SuppressWarnings("unchecked")
        Grid<SavedView> views = find(Grid.class).withId("views-list").single();
        test(views).select(0);
        test(find(Button.class).withId("views-open").single()).click();
        assertRestored(again);
    }

    private void assertRestored(FilterGrid<CenterRow, CenterFilter> grid) {
        assertThat(nameFilter().getValue()).isEqualTo("技术创新");
        assertThat(statusFilter().getValue()).isEqualTo(CenterStatus.ACTIVE);
        assertThat(grid.getFilter().text()).isEqualTo("技术创新");
        assertThat(grid.getFilter().status()).isEqualTo(CenterStatus.ACTIVE);
        assertThat(grid.getColumnByKey("centers.cluster").isVisible()).isFalse();
        assertThat(grid.getColumns().getFirst().getKey()).isEqualTo("centers.number");
        assertThat(grid.getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("centers.name");
            assertThat(o.getDirection()).isEqualTo(SortDirection.ASCENDING);
        });
    }

    private static void moveFirst(FilterGrid<CenterRow, CenterFilter> grid, String key) {
        List<Grid.Column<CenterRow>> order = new java.util.ArrayList<>(grid.getColumns());
        Grid.Column<CenterRow> column = grid.getColumnByKey(key);
        order.remove(column);
        order.addFirst(column);
        grid.setColumnOrder(order);
    }

    private TextField nameFilter() {
        return (TextField) header("centers-name-filter");
    }

    @SuppressWarnings("unchecked")
    private Select<CenterStatus> statusFilter() {
        return (Select<CenterStatus>) header("centers-status-filter");
    }

    /** A filter field of the grid's header row (the finder does not look into header cells). */
    private com.vaadin.flow.component.Component header(String id) {
        return grid().getHeaderRows().stream().flatMap(r -> r.getCells().stream()).map(c -> c.getComponent())
                .filter(c -> c != null && c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private FilterGrid<CenterRow, CenterFilter> grid() {
        return find(FilterGrid.class).withId("centers-grid").single();
    }
}
