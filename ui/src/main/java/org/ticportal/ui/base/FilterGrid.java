package org.ticportal.ui.base;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.ticportal.core.common.ScrollPass;
import org.ticportal.core.export.ExportService;
import org.ticportal.core.export.ExportSource;
import org.ticportal.core.gridview.GridViewState;

/**
 * The management grid every list screen uses: rows are fetched page by page from a service, which sorts and filters
 * in the database; filter fields sit in a header row under the column titles; a column chooser shows and hides
 * columns; the user reorders columns by dragging their headers; {@linkplain #exportButton(String) an export} writes
 * exactly what the grid shows to Excel or CSV; {@linkplain #viewsButton(String) saved views} keep and restore the
 * filters, visible columns, their order and the sort, and the user's default view is applied when the grid opens
 * (unless the address carries query parameters, with which other screens open a grid filtered).
 *
 * @param <T> the row type
 * @param <F> the filter, an immutable value the filter fields derive new versions of
 */
public class FilterGrid<T, F> extends Grid<T> {

    private F filter;
    private final Map<Column<T>, String> titles = new LinkedHashMap<>();
    /** Each column's value, as the export reads it; a column without one (e.g. of components) is not exported. */
    private final Map<Column<T>, ValueProvider<T, ?>> values = new HashMap<>();
    private final PassFetch<T, F> fetch;
    /** Where the pages the grid read since it was last refreshed ended (keyset paging, for a fetch that uses it). */
    private ScrollPass pass = new ScrollPass();
    /** How an export reads the rows in one statement; {@code null}: page by page through {@link #fetch}. */
    private @Nullable StreamFetch<T, F> streamFetch;
    private final ToLongFunction<F> count;
    private final List<Runnable> filterListeners = new java.util.ArrayList<>();
    /** The column chooser's menus, checked again when a saved view changes what is visible. */
    private final GridColumnChooser<T> chooser = new GridColumnChooser<>(this, titles);
    /** The saved views: they read and restore the filter fields, the chooser's columns and the sort. */
    private final GridSavedViews<T> views = new GridSavedViews<>(this, titles, chooser);
    /** The filter fields under the column titles; each change of one applies the next filter. */
    private final GridFilterRow<T, F> filters = new GridFilterRow<>(this, this::getLocale, titles, views,
            change -> applyFilter(change.apply(filter)));

    /**
     * Fetches one page of rows for a filter, seeking a deep page from the end of a page read before it in the grid's
     * {@link ScrollPass} (keyset paging), which the grid starts anew on each refresh.
     */
    @FunctionalInterface
    public interface PassFetch<T, F> {
        List<T> fetch(F filter, Pageable page, ScrollPass pass);
    }

    /** Reads every row for a filter, in a sort's order, in one streamed read: for a large grid's export. */
    @FunctionalInterface
    public interface StreamFetch<T, F> {
        void stream(F filter, Sort sort, Consumer<T> sink);
    }

    /**
     * @param initialFilter the filter before the user types anything
     * @param fetch         one page of rows for a filter (the page request carries the sort orders)
     * @param count         the number of rows matching a filter
     */
    public FilterGrid(F initialFilter, BiFunction<F, Pageable, List<T>> fetch, ToLongFunction<F> count) {
        this(initialFilter, (PassFetch<T, F>) (f, page, pass) -> fetch.apply(f, page), count);
    }

    private FilterGrid(F initialFilter, PassFetch<T, F> fetch, ToLongFunction<F> count) {
        this.filter = initialFilter;
        this.fetch = fetch;
        this.count = count;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(50);
        setColumnReorderingAllowed(true);
        setItems(query -> fetch(query).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count.applyAsLong(filter)));
        newPassOnRefresh();
        addSortListener(e -> pass = new ScrollPass());
    }

    /**
     * A grid whose service seeks deep pages from the end of a page read before them (a table of a million rows, e.g.
     * the applications): {@code fetch} gets the grid's scroll pass, which the grid starts anew whenever it is
     * refreshed or sorted, and an export gets a pass of its own.
     */
    public static <T, F> FilterGrid<T, F> scrolled(F initialFilter, PassFetch<T, F> fetch, ToLongFunction<F> count) {
        return new FilterGrid<>(initialFilter, fetch, count);
    }

    /**
     * Exports read the rows with {@code stream}, in one statement, instead of page by page (a grid over a million
     * rows: benchmark P6); it must list what the grid's fetch lists, in the same order.
     */
    public FilterGrid<T, F> exportStreamed(StreamFetch<T, F> stream) {
        this.streamFetch = stream;
        return this;
    }

    private List<T> fetch(com.vaadin.flow.data.provider.Query<T, ?> query) {
        return fetch.fetch(filter, VaadinSpringDataHelpers.toSpringPageRequest(query), pass);
    }

    /**
     * A refresh of all rows (by {@link #refresh()} or by a view calling the data provider itself) starts a new scroll
     * pass: the pages after it list the rows as they are then, not after a row that may have moved.
     */
    private void newPassOnRefresh() {
        getDataProvider().addDataProviderListener(e -> {
            if (!(e instanceof com.vaadin.flow.data.provider.DataChangeEvent.DataRefreshEvent)) {
                pass = new ScrollPass();
            }
        });
    }

    /**
     * Adds a column titled by a translation key; when {@code sortProperty} is given the column sorts in the database
     * by that entity property.
     */
    public Column<T> addColumn(String titleKey, ValueProvider<T, ?> value, @Nullable String sortProperty) {
        Column<T> column = addColumn(value).setHeader(getTranslation(titleKey)).setResizable(true).setAutoWidth(true);
        column.setKey(titleKey);
        if (sortProperty != null) {
            column.setSortable(true).setSortProperty(sortProperty);
        }
        titles.put(column, getTranslation(titleKey));
        values.put(column, value);
        return column;
    }

    /**
     * Makes a column the export cannot read exportable, e.g. one of components: the export writes this value for it,
     * under the column's title.
     */
    public Column<T> exportAs(Column<T> column, String titleKey, ValueProvider<T, ?> value) {
        titles.putIfAbsent(column, getTranslation(titleKey));
        values.put(column, value);
        return column;
    }

    /** A text field in the filter row under the column. */
    public TextField textFilter(Column<T> column, BiFunction<F, String, F> apply) {
        return filters.text(column, apply);
    }

    /**
     * A choice in the filter row under the column; the empty choice means no filter. A saved view keeps the choice by
     * its {@linkplain GridSavedViews#optionKey(Object) stable key}.
     */
    public <E> Select<E> selectFilter(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                                      BiFunction<F, @Nullable E, F> apply) {
        return selectFilter(column, options, label, GridSavedViews::optionKey, apply);
    }

    /** A choice in the filter row under the column, kept in saved views by the key {@code key} gives an option. */
    public <E> Select<E> selectFilter(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                                      Function<E, String> key, BiFunction<F, @Nullable E, F> apply) {
        return filters.select(column, options, label, key, apply);
    }

    /**
     * A choice typed into and picked in the filter row under the column (for long lists, e.g. the audit screen's
     * actions); the empty choice means no filter. A saved view keeps the choice by the key {@code key} gives.
     */
    public <E> ComboBox<E> comboFilter(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                                       Function<E, String> key, BiFunction<F, @Nullable E, F> apply) {
        return filters.combo(column, options, label, key, apply);
    }

    /**
     * A filter field of the view's own in the column's filter cell (e.g. a period of two dates), kept in saved views
     * as text: {@code read} gives its value ({@code null}: no filter), {@code write} puts a stored one back.
     */
    public void customFilter(Column<T> column, com.vaadin.flow.component.Component field,
                             Supplier<@Nullable String> read, Consumer<@Nullable String> write) {
        filters.custom(column, field, read, write);
    }

    /** How a date range filter derives the next filter from its two days, either of which may be empty. */
    @FunctionalInterface
    public interface RangeFilter<F> {
        F apply(F filter, @Nullable LocalDate from, @Nullable LocalDate to);
    }

    /** The two pickers of a date range filter. */
    public record DateRange(DatePicker from, DatePicker to) {
    }

    /**
     * A date range in the filter row under the column: two pickers, the first day above the last, each bounding the
     * other; either may stay empty. A saved view keeps the range as {@code from..to} (ISO days, either side empty).
     *
     * @param fromKey the translation key of the first picker's placeholder (e.g. 起始日期)
     * @param toKey   that of the last picker's
     */
    public DateRange dateRangeFilter(Column<T> column, String fromKey, String toKey, RangeFilter<F> apply) {
        return filters.dateRange(column, fromKey, toKey, apply);
    }

    /** A button that opens a menu of the columns, each checked while visible ({@link GridColumnChooser}). */
    public Button columnChooser() {
        return chooser.button();
    }

    /**
     * A button that opens the user's saved views of this grid (已保存视图, {@link GridSavedViews}): save the grid's
     * filters, visible columns, their order and sort under a name, open, overwrite, rename, share (bureau) or delete a
     * view, mark one as the default the grid opens with. Shown to the staff (administrators, bureau staff, county
     * reviewers) and auditors.
     *
     * @param gridId the key the views of this grid are saved under (e.g. {@code applications})
     */
    public Button viewsButton(String gridId) {
        return views.button(gridId);
    }

    /** What a saved view keeps of the grid now: the filter fields' values, the visible columns in order, the sort. */
    public GridViewState viewState() {
        return views.state();
    }

    /**
     * Restores a saved view: every filter field takes the view's value (or none), the chooser's columns the view lists
     * are shown in its order in the places those columns take, the others hidden, and the grid sorts as the view did.
     * What the grid no longer has (a column removed since, an option no longer offered) is left out.
     */
    public void applyView(GridViewState state) {
        views.apply(state);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        views.applyDefault(attachEvent);
    }

    /**
     * A button that exports what the grid shows (its rows under the current filter and sort, its visible columns in
     * their order, in the user's language) to Excel or CSV, in the background; {@code titleKey} names the file.
     */
    public Button exportButton(String titleKey) {
        Button button = new Button(getTranslation("export.button"), Icons.create(VaadinIcon.DOWNLOAD_ALT));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("grid-export");
        getId().ifPresent(id -> button.setId(id + "-export"));
        button.addClickListener(e -> {
            ExportService exports = VaadinService.getCurrent().getInstantiator().getOrCreate(ExportService.class);
            new GridExportDialog(exports, getId().orElse(getClass().getSimpleName()), getTranslation(titleKey),
                    exportSource(), exportDescription()).open();
        });
        return button;
    }

    /** What the grid shows now, for an export ({@link GridExportSource}). */
    ExportSource exportSource() {
        List<Column<T>> columns = getColumns().stream().filter(Column::isVisible).filter(values::containsKey).toList();
        return new GridExportSource<>(columns.stream().map(titles::get).toList(),
                columns.stream().<ValueProvider<T, ?>>map(values::get).toList(), filter, currentSort(), fetch, count,
                streamFetch);
    }

    /** The filter, sort and columns of an export, as the audit trail records them. */
    String exportDescription() {
        return "filter=" + filter + "; sort=" + currentSort() + "; columns=" + getColumns().stream()
                .filter(Column::isVisible).filter(values::containsKey).map(Column::getKey).toList();
    }

    /** The grid's sort orders as the page requests of its fetch carry them. */
    private Sort currentSort() {
        List<Sort.Order> orders = getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .map(q -> q.getDirection() == SortDirection.DESCENDING ? Sort.Order.desc(q.getSorted())
                        : Sort.Order.asc(q.getSorted()))
                .toList();
        return Sort.by(orders);
    }

    /**
     * For tables too large to count on every change of filter or sort (a million applications): the grid asks no
     * count; its scroll range starts at {@code estimate} rows, grows as the user scrolls, and ends where a page comes
     * back short. Exports still count exactly, for their progress.
     */
    public FilterGrid<T, F> withoutCount(int estimate) {
        setItems(query -> fetch(query).stream()).setItemCountEstimate(estimate);
        newPassOnRefresh();
        return this;
    }

    /** The current filter. */
    public F getFilter() {
        return filter;
    }

    /** Replaces the filter (e.g. from a control outside the grid) and fetches again. */
    public void setFilter(F newFilter) {
        applyFilter(newFilter);
    }

    /** How many rows match the current filter (one count in the database, also for grids that show none). */
    public long countMatching() {
        return count.applyAsLong(filter);
    }

    /** Tells the listener after each change of the filter (the header's fields, a saved view, the address). */
    public void addFilterListener(Runnable listener) {
        filterListeners.add(listener);
    }

    /** Fetches again, e.g. after a row changed (in a new scroll pass). */
    public void refresh() {
        pass = new ScrollPass();
        getDataProvider().refreshAll();
    }

    private void applyFilter(F newFilter) {
        boolean changed = !java.util.Objects.equals(filter, newFilter);
        this.filter = newFilter;
        refresh();
        if (changed) {
            filterListeners.forEach(Runnable::run);
        }
    }

}
