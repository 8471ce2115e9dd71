package org.ticportal.ui.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.ticportal.core.export.ExportService;
import org.ticportal.core.export.ExportSource;

/**
 * The management grid every list screen uses: rows are fetched page by page from a service, which sorts and filters
 * in the database; filter fields sit in a header row under the column titles; a column chooser shows and hides
 * columns; {@linkplain #exportButton(String) an export} writes exactly what the grid shows to Excel or CSV.
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
    private final BiFunction<F, Pageable, List<T>> fetch;
    private final ToLongFunction<F> count;

    /**
     * @param initialFilter the filter before the user types anything
     * @param fetch         one page of rows for a filter (the page request carries the sort orders)
     * @param count         the number of rows matching a filter
     */
    public FilterGrid(F initialFilter, BiFunction<F, Pageable, List<T>> fetch, ToLongFunction<F> count) {
        this.filter = initialFilter;
        this.fetch = fetch;
        this.count = count;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(50);
        setItems(query -> fetch.apply(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count.applyAsLong(filter)));
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
        return field;
    }

    /** A choice in the filter row under the column; the empty choice means no filter. */
    public <E> Select<E> selectFilter(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                                      BiFunction<F, @Nullable E, F> apply) {
        Select<E> select = new Select<>();
        select.setItems(options);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("grid.filter.all"));
        select.setItemLabelGenerator(item -> item == null ? getTranslation("grid.filter.all") : label.apply(item));
        select.setWidthFull();
        select.setAriaLabel(getTranslation("grid.filter") + " " + titles.get(column));
        select.addValueChangeListener(e -> applyFilter(apply.apply(filter, e.getValue())));
        filterRow().getCell(column).setComponent(select);
        return select;
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
        });
        return button;
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

    /**
     * What the grid shows now, for an export: the titles of its visible exportable columns in display order, and its
     * rows through the grid's own fetch with the current filter and sort, as cells of those columns. The rows are
     * read on the export's thread, with this UI and its service as current instances so that the columns' values
     * translate as on the screen.
     */
    ExportSource exportSource() {
        List<Column<T>> columns = getColumns().stream().filter(Column::isVisible).filter(values::containsKey).toList();
        List<String> headers = columns.stream().map(titles::get).toList();
        List<ValueProvider<T, ?>> cells = columns.stream().<ValueProvider<T, ?>>map(values::get).toList();
        F current = filter;
        Sort sort = currentSort();
        UI ui = UI.getCurrent();
        VaadinService service = VaadinService.getCurrent();
        return new ExportSource() {
            @Override
            public List<String> headers() {
                return headers;
            }

            @Override
            public long count() {
                return count.applyAsLong(current);
            }

            @Override
            public List<List<?>> page(int page, int size) {
                List<T> rows = fetch.apply(current, PageRequest.of(page, size, sort));
                Map<Class<?>, CurrentInstance> before = CurrentInstance.getInstances();
                try {
                    CurrentInstance.set(VaadinService.class, service);
                    CurrentInstance.set(UI.class, ui);
                    return rows.stream().<List<?>>map(row -> cells.stream().map(v -> cell(v.apply(row))).toList())
                            .toList();
                } finally {
                    CurrentInstance.clearAll();
                    CurrentInstance.restoreInstances(before);
                }
            }
        };
    }

    /** The filter, sort and columns of an export, as the audit trail records them. */
    String exportDescription() {
        return "filter=" + filter + "; sort=" + currentSort() + "; columns=" + getColumns().stream()
                .filter(Column::isVisible).filter(values::containsKey).map(Column::getKey).toList();
    }

    /** A value as the export writes it: numbers and dates as such, everything else as the grid shows it. */
    private static @Nullable Object cell(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case CharSequence text -> text.toString();
            case Number n -> n;
            case LocalDate d -> d;
            case LocalDateTime t -> t;
            default -> value.toString();
        };
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
        setItems(query -> fetch.apply(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream())
                .setItemCountEstimate(estimate);
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

    /** Fetches again, e.g. after a row changed. */
    public void refresh() {
        getDataProvider().refreshAll();
    }

    private void applyFilter(F newFilter) {
        this.filter = newFilter;
        refresh();
    }

    private HeaderRow filterRow() {
        if (filterRow == null) {
            filterRow = appendHeaderRow();
        }
        return filterRow;
    }
}
