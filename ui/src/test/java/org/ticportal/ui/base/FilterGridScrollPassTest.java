package org.ticportal.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.common.ScrollPass;
import org.ticportal.ui.ViewTestBase;

/**
 * A grid that seeks its deep pages from the end of a page read before them ({@link FilterGrid#scrolled}) hands its
 * service one scroll pass while the user scrolls, and a new one whenever it is refreshed (by {@link
 * FilterGrid#refresh()}, by a view refreshing the data provider itself, by a new filter) or sorted, so that no page is
 * sought from a row read before the refresh; an export reads in a pass of its own. (Keyset ends kept beyond a refresh,
 * or shared between grids, made a later page start at the wrong place and leave rows out.)
 */
class FilterGridScrollPassTest extends ViewTestBase {

    private final List<ScrollPass> passes = new ArrayList<>();

    /** With a count, and without one (estimated and grown as it is scrolled, as the applications grid is). */
    @ParameterizedTest(name = "counted: {0}")
    @ValueSource(booleans = {true, false})
    @WithUserDetails("bureau")
    void aRefreshOrASortStartsANewPassAndAnExportHasItsOwn(boolean counted) {
        FilterGrid<Long, String> grid = FilterGrid.scrolled("", this::fetch, filter -> 1_000);
        if (!counted) {
            grid.withoutCount(500);
        }
        grid.addColumn("application.reference", String::valueOf, "id");
        UI.getCurrent().add(grid);

        test(grid).getRow(0);
        test(grid).getRow(400);
        assertThat(passes).as("pages of one pass").hasSizeGreaterThanOrEqualTo(2);
        assertThat(passes).allSatisfy(p -> assertThat(p).isSameAs(passes.getFirst()));
        ScrollPass first = passes.getFirst();

        grid.refresh();
        assertThat(fetchedPass(grid)).isNotSameAs(first);

        ScrollPass second = fetchedPass(grid);
        grid.getDataProvider().refreshAll();
        assertThat(fetchedPass(grid)).as("a view refreshing the provider itself").isNotSameAs(second);

        ScrollPass third = fetchedPass(grid);
        grid.setFilter("x");
        assertThat(fetchedPass(grid)).as("a new filter").isNotSameAs(third);

        ScrollPass fourth = fetchedPass(grid);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("application.reference"),
                SortDirection.DESCENDING)));
        assertThat(fetchedPass(grid)).as("a new sort").isNotSameAs(fourth);

        ScrollPass shown = fetchedPass(grid);
        passes.clear();
        var export = grid.exportSource();
        export.page(0, 500);
        export.page(1, 500);
        export.page(0, 500);
        assertThat(passes).hasSize(3);
        assertThat(passes.get(0)).as("the export's pages share a pass").isSameAs(passes.get(1))
                .as("not the grid's").isNotSameAs(shown);
        assertThat(passes.get(2)).as("an export again from the same dialog: a new pass").isNotSameAs(passes.get(0));
    }

    /** The pass of the grid's next fetch. */
    private ScrollPass fetchedPass(FilterGrid<Long, String> grid) {
        passes.clear();
        test(grid).getRow(0);
        assertThat(passes).isNotEmpty();
        return passes.getLast();
    }

    private List<Long> fetch(String filter, Pageable page, ScrollPass pass) {
        passes.add(pass);
        return LongStream.range(page.getOffset(), Math.min(1_000, page.getOffset() + page.getPageSize())).boxed()
                .toList();
    }
}
