package org.ticportal.ui.base;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import org.ticportal.core.gridview.ColumnSort;
import org.ticportal.core.gridview.GridViewState;
import org.ticportal.core.gridview.SavedView;
import org.ticportal.core.gridview.SavedViewService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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
    private @Nullable HeaderRow filterRow;
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
    /** The filter fields by their column's key, as a saved view reads and restores them. */
    private final Map<String, FilterField> filterFields = new LinkedHashMap<>();
    /** The column chooser's items, checked again when a view changes what is visible. */
    private final Map<Column<T>, List<MenuItem>> chooserItems = new HashMap<>();
    private @Nullable String viewsGridId;
    private boolean defaultViewChecked;

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

    /** A filter field as a saved view sees it: its value as text, and how to put a stored one back. */
    private record FilterField(Supplier<@Nullable String> read, Consumer<@Nullable String> write) {
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
        TextField field = new TextField();
        field.setPlaceholder(getTranslation("grid.filter"));
        field.setClearButtonVisible(true);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setAriaLabel(getTranslation("grid.filter") + " " + titles.get(column));
        field.addValueChangeListener(e -> applyFilter(apply.apply(filter, e.getValue())));
        filterRow().getCell(column).setComponent(field);
        register(column, new FilterField(() -> field.getValue().isEmpty() ? null : field.getValue(),
                v -> field.setValue(v == null ? "" : v)));
        return field;
    }

    /**
     * A choice in the filter row under the column; the empty choice means no filter. A saved view keeps the choice by
     * its {@linkplain #optionKey(Object) stable key}.
     */
    public <E> Select<E> selectFilter(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                                      BiFunction<F, @Nullable E, F> apply) {
        return selectFilter(column, options, label, FilterGrid::optionKey, apply);
    }

    /** A choice in the filter row under the column, kept in saved views by the key {@code key} gives an option. */
    public <E> Select<E> selectFilter(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                                      Function<E, String> key, BiFunction<F, @Nullable E, F> apply) {
        Select<E> select = new Select<>();
        select.setItems(options);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("grid.filter.all"));
        select.setItemLabelGenerator(item -> item == null ? getTranslation("grid.filter.all") : label.apply(item));
        select.setWidthFull();
        select.setAriaLabel(getTranslation("grid.filter") + " " + titles.get(column));
        select.addValueChangeListener(e -> applyFilter(apply.apply(filter, e.getValue())));
        filterRow().getCell(column).setComponent(select);
        register(column, new FilterField(() -> select.getValue() == null ? null : key.apply(select.getValue()),
                v -> select.setValue(v == null ? null : options.stream().filter(o -> v.equals(key.apply(o)))
                        .findFirst().orElse(null))));
        return select;
    }

    /**
     * A choice typed into and picked in the filter row under the column (for long lists, e.g. the audit screen's
     * actions); the empty choice means no filter. A saved view keeps the choice by the key {@code key} gives.
     */
    public <E> ComboBox<E> comboFilter(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                                       Function<E, String> key, BiFunction<F, @Nullable E, F> apply) {
        ComboBox<E> combo = new ComboBox<>();
        combo.setItems(options);
        combo.setItemLabelGenerator(label);
        combo.setClearButtonVisible(true);
        combo.setPlaceholder(getTranslation("grid.filter"));
        combo.setWidthFull();
        combo.setAriaLabel(getTranslation("grid.filter") + " " + titles.get(column));
        combo.addValueChangeListener(e -> applyFilter(apply.apply(filter, e.getValue())));
        filterRow().getCell(column).setComponent(combo);
        register(column, new FilterField(() -> combo.getValue() == null ? null : key.apply(combo.getValue()),
                v -> combo.setValue(v == null ? null : options.stream().filter(o -> v.equals(key.apply(o)))
                        .findFirst().orElse(null))));
        return combo;
    }

    /**
     * A filter field of the view's own in the column's filter cell (e.g. a period of two dates), kept in saved views
     * as text: {@code read} gives its value ({@code null}: no filter), {@code write} puts a stored one back.
     */
    public void customFilter(Column<T> column, com.vaadin.flow.component.Component field,
                             Supplier<@Nullable String> read, Consumer<@Nullable String> write) {
        filterRow().getCell(column).setComponent(field);
        register(column, new FilterField(read, write));
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
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        for (DatePicker picker : List.of(from, to)) {
            DatePickers.localized(picker, getLocale(), this::getTranslation);
            picker.setWidthFull();
            picker.addValueChangeListener(e -> {
                to.setMin(from.getValue());
                from.setMax(to.getValue());
                applyFilter(apply.apply(filter, from.getValue(), to.getValue()));
            });
        }
        from.setPlaceholder(getTranslation(fromKey));
        from.setAriaLabel(titles.get(column) + " " + getTranslation(fromKey));
        to.setPlaceholder(getTranslation(toKey));
        to.setAriaLabel(titles.get(column) + " " + getTranslation(toKey));
        com.vaadin.flow.component.orderedlayout.VerticalLayout range =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(from, to);
        range.setPadding(false);
        range.setSpacing(false);
        range.getStyle().set("gap", "var(--lumo-space-xs)");
        filterRow().getCell(column).setComponent(range);
        register(column, new FilterField(() -> from.getValue() == null && to.getValue() == null ? null
                : day(from.getValue()) + ".." + day(to.getValue()), v -> {
            String[] days = v == null ? new String[] {"", ""} : v.split("\\.\\.", -1);
            from.setMax(null);
            to.setMin(null);
            from.setValue(parseDay(days[0]));
            to.setValue(days.length > 1 ? parseDay(days[1]) : null);
        }));
        return new DateRange(from, to);
    }

    private static String day(@Nullable LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static @Nullable LocalDate parseDay(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A button that opens a menu of the columns, each checked while visible. */
    public Button columnChooser() {
        Button button = new Button(getTranslation("grid.columns"), VaadinIcon.GRID_V.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("column-chooser");
        ContextMenu menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        titles.forEach((column, title) -> {
            MenuItem item = menu.addItem(title);
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setKeepOpen(true);
            item.addClickListener(e -> column.setVisible(item.isChecked()));
            chooserItems.computeIfAbsent(column, c -> new ArrayList<>()).add(item);
        });
        return button;
    }

    /**
     * A button that opens the user's saved views of this grid (已保存视图): save the grid's filters, visible columns,
     * their order and sort under a name, open, overwrite, rename, share (bureau) or delete a view, mark one as the
     * default the grid opens with. Shown to the staff (administrators, bureau staff, county reviewers) and auditors.
     *
     * @param gridId the key the views of this grid are saved under (e.g. {@code applications})
     */
    public Button viewsButton(String gridId) {
        this.viewsGridId = gridId;
        Button button = new Button(getTranslation("views.button"), VaadinIcon.BOOKMARK_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("grid-views");
        getId().ifPresent(id -> button.setId(id + "-views"));
        button.setVisible(isStaff());
        button.addClickListener(e -> new GridViewsDialog(savedViews(), gridId, this).open());
        return button;
    }

    /** What a saved view keeps of the grid now: the filter fields' values, the visible columns in order, the sort. */
    public GridViewState viewState() {
        Map<String, String> filters = new LinkedHashMap<>();
        filterFields.forEach((key, field) -> {
            String value = field.read().get();
            if (value != null) {
                filters.put(key, value);
            }
        });
        List<String> columns = getColumns().stream().filter(this::inViews).filter(Column::isVisible)
                .map(Column::getKey).toList();
        List<ColumnSort> sort = getSortOrder().stream().filter(o -> o.getSorted().getKey() != null)
                .map(o -> new ColumnSort(o.getSorted().getKey(), o.getDirection() == SortDirection.DESCENDING))
                .toList();
        return new GridViewState(filters, columns, sort);
    }

    /**
     * Restores a saved view: every filter field takes the view's value (or none), the chooser's columns the view lists
     * are shown in its order in the places those columns take, the others hidden, and the grid sorts as the view did.
     * What the grid no longer has (a column removed since, an option no longer offered) is left out.
     */
    public void applyView(GridViewState state) {
        filterFields.forEach((key, field) -> field.write().accept(state.filters().get(key)));
        List<Column<T>> chosen = state.columns().stream().map(this::getColumnByKey).filter(Objects::nonNull)
                .filter(this::inViews).toList();
        if (!chosen.isEmpty()) {
            List<Column<T>> managed = new ArrayList<>(chosen);
            getColumns().stream().filter(this::inViews).filter(c -> !chosen.contains(c)).forEach(managed::add);
            Iterator<Column<T>> next = managed.iterator();
            List<Column<T>> order = getColumns().stream().map(c -> inViews(c) ? next.next() : c).toList();
            setColumnOrder(order);
            getColumns().stream().filter(this::inViews).forEach(c -> c.setVisible(chosen.contains(c)));
            chooserItems.forEach((column, items) -> items.forEach(i -> i.setChecked(column.isVisible())));
        }
        List<GridSortOrder<T>> sort = state.sort().stream()
                .map(o -> {
                    Column<T> column = getColumnByKey(o.column());
                    return column == null || !column.isSortable() ? null : new GridSortOrder<>(column,
                            o.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING);
                })
                .filter(Objects::nonNull).toList();
        sort(sort);
    }

    /** Whether saved views show, hide and order the column: a column of the chooser that has a key. */
    private boolean inViews(Column<T> column) {
        return titles.containsKey(column) && column.getKey() != null;
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

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (defaultViewChecked || viewsGridId == null || !isStaff()) {
            return;
        }
        defaultViewChecked = true;
        boolean filteredByAddress = !attachEvent.getUI().getActiveViewLocation().getQueryParameters()
                .getParameters().isEmpty();
        if (!filteredByAddress) {
            savedViews().defaultFor(viewsGridId).map(SavedView::state).ifPresent(this::applyView);
        }
    }

    private void register(Column<T> column, FilterField field) {
        if (column.getKey() != null) {
            filterFields.put(column.getKey(), field);
        }
    }

    private static SavedViewService savedViews() {
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

    /**
     * A button that exports what the grid shows (its rows under the current filter and sort, its visible columns in
     * their order, in the user's language) to Excel or CSV, in the background; {@code titleKey} names the file.
     */
    public Button exportButton(String titleKey) {
        Button button = new Button(getTranslation("export.button"), VaadinIcon.DOWNLOAD_ALT.create());
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

    private HeaderRow filterRow() {
        if (filterRow == null) {
            filterRow = appendHeaderRow();
        }
        return filterRow;
    }
}
