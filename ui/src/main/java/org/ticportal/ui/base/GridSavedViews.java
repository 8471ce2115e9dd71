package org.ticportal.ui.base;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.VaadinService;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ticportal.core.gridview.ColumnSort;
import org.ticportal.core.gridview.GridViewState;
import org.ticportal.core.gridview.SavedView;
import org.ticportal.core.gridview.SavedViewService;

/**
 * The saved views (已保存视图) of one {@link FilterGrid}: what a view keeps of the grid (the filter fields' values, the
 * visible columns in order, the sort), how a view is put back on the grid, the button that opens the
 * {@link GridViewsDialog}, and the user's default view, applied when the grid is first attached unless the address
 * carries query parameters (with which other screens open a grid filtered). Saved views are kept by the staff
 * (administrators, bureau staff, county reviewers) and auditors; the {@link SavedViewService} checks the roles again.
 */
final class GridSavedViews<T> {

    private final FilterGrid<T, ?> grid;
    /** The grid's titled columns: those of the column chooser, which saved views show, hide and order. */
    private final Map<Column<T>, String> titles;
    private final GridColumnChooser<T> chooser;
    /** The filter fields by their column's key, as a saved view reads and restores them. */
    private final Map<String, FilterField> filterFields = new LinkedHashMap<>();
    private @Nullable String gridId;
    private boolean defaultViewChecked;

    /** A filter field as a saved view sees it: its value as text, and how to put a stored one back. */
    private record FilterField(Supplier<@Nullable String> read, Consumer<@Nullable String> write) {
    }

    GridSavedViews(FilterGrid<T, ?> grid, Map<Column<T>, String> titles, GridColumnChooser<T> chooser) {
        this.grid = grid;
        this.titles = titles;
        this.chooser = chooser;
    }

    /** Registers the filter field of a column (one without a key is not kept in views). */
    void register(Column<T> column, Supplier<@Nullable String> read, Consumer<@Nullable String> write) {
        if (column.getKey() != null) {
            filterFields.put(column.getKey(), new FilterField(read, write));
        }
    }

    /**
     * The button that opens the user's saved views of the grid.
     *
     * @param gridId the key the views of this grid are saved under (e.g. {@code applications})
     */
    Button button(String gridId) {
        this.gridId = gridId;
        Button button = new Button(grid.getTranslation("views.button"), Icons.create(VaadinIcon.BOOKMARK_O));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("grid-views");
        grid.getId().ifPresent(id -> button.setId(id + "-views"));
        button.setVisible(isStaff());
        button.addClickListener(e -> new GridViewsDialog(service(), gridId, grid).open());
        return button;
    }

    /** What a saved view keeps of the grid now: the filter fields' values, the visible columns in order, the sort. */
    GridViewState state() {
        Map<String, String> filters = new LinkedHashMap<>();
        filterFields.forEach((key, field) -> {
            String value = field.read().get();
            if (value != null) {
                filters.put(key, value);
            }
        });
        List<String> columns = grid.getColumns().stream().filter(this::inViews).filter(Column::isVisible)
                .map(Column::getKey).toList();
        List<ColumnSort> sort = grid.getSortOrder().stream().filter(o -> o.getSorted().getKey() != null)
                .map(o -> new ColumnSort(o.getSorted().getKey(), o.getDirection() == SortDirection.DESCENDING))
                .toList();
        return new GridViewState(filters, columns, sort);
    }

    /**
     * Restores a saved view: every filter field takes the view's value (or none), the chooser's columns the view lists
     * are shown in its order in the places those columns take, the others hidden, and the grid sorts as the view did.
     * What the grid no longer has (a column removed since, an option no longer offered) is left out.
     */
    void apply(GridViewState state) {
        filterFields.forEach((key, field) -> field.write().accept(state.filters().get(key)));
        List<Column<T>> chosen = state.columns().stream().map(grid::getColumnByKey).filter(Objects::nonNull)
                .filter(this::inViews).toList();
        if (!chosen.isEmpty()) {
            List<Column<T>> managed = new ArrayList<>(chosen);
            grid.getColumns().stream().filter(this::inViews).filter(c -> !chosen.contains(c)).forEach(managed::add);
            Iterator<Column<T>> next = managed.iterator();
            List<Column<T>> order = grid.getColumns().stream().map(c -> inViews(c) ? next.next() : c).toList();
            grid.setColumnOrder(order);
            grid.getColumns().stream().filter(this::inViews).forEach(c -> c.setVisible(chosen.contains(c)));
            chooser.recheck();
        }
        List<GridSortOrder<T>> sort = state.sort().stream()
                .map(o -> {
                    Column<T> column = grid.getColumnByKey(o.column());
                    return column == null || !column.isSortable() ? null : new GridSortOrder<>(column,
                            o.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING);
                })
                .filter(Objects::nonNull).toList();
        grid.sort(sort);
    }

    /** Whether saved views show, hide and order the column: a column of the chooser that has a key. */
    private boolean inViews(Column<T> column) {
        return titles.containsKey(column) && column.getKey() != null;
    }

    /**
     * Applies the user's default view of the grid the first time it is attached, unless the grid has no views or the
     * address carries query parameters (another screen opened the grid filtered).
     */
    void applyDefault(AttachEvent attachEvent) {
        if (defaultViewChecked || gridId == null || !isStaff()) {
            return;
        }
        defaultViewChecked = true;
        boolean filteredByAddress = !attachEvent.getUI().getActiveViewLocation().getQueryParameters()
                .getParameters().isEmpty();
        if (!filteredByAddress) {
            service().defaultFor(gridId).map(SavedView::state).ifPresent(this::apply);
        }
    }

    /**
     * A select option's key in saved views: an enum's name, else what the option's {@code code()}, {@code id()},
     * {@code policyId()} or {@code key()} gives (catalog entries, stages, policies), else the option as text.
     */
    static String optionKey(Object option) {
        if (option instanceof Enum<?> e) {
            return e.name();
        }
        for (String accessor : List.of("code", "id", "policyId", "key")) {
            try {
                var method = option.getClass().getMethod(accessor);
                if (method.getParameterCount() == 0 && method.getReturnType() != void.class) {
                    return String.valueOf(method.invoke(option));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // no such accessor: try the next
            }
        }
        return String.valueOf(option);
    }

    private static SavedViewService service() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(SavedViewService.class);
    }

    /** Whether the logged-in user keeps saved views: the staff, and auditors (on 审计记录, the one grid they see). */
    private static boolean isStaff() {
        return hasAuthority("ROLE_ADMIN") || hasAuthority("ROLE_BUREAU") || hasAuthority("ROLE_COUNTY")
                || hasAuthority("ROLE_AUDITOR");
    }

    /** Whether the logged-in user holds the authority (e.g. {@code ROLE_BUREAU}). */
    static boolean hasAuthority(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}
