package org.ticportal.ui.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.ItemLabelGenerator;
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
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The management grid every list screen uses: rows are fetched page by page from a service, which sorts and filters
 * in the database; filter fields sit in a header row under the column titles; a column chooser shows and hides
 * columns.
 *
 * @param <T> the row type
 * @param <F> the filter, an immutable value the filter fields derive new versions of
 */
public class FilterGrid<T, F> extends Grid<T> {

    private F filter;
    private @Nullable HeaderRow filterRow;
    private final Map<Column<T>, String> titles = new LinkedHashMap<>();

    /**
     * @param initialFilter the filter before the user types anything
     * @param fetch         one page of rows for a filter (the page request carries the sort orders)
     * @param count         the number of rows matching a filter
     */
    public FilterGrid(F initialFilter, BiFunction<F, Pageable, List<T>> fetch, ToLongFunction<F> count) {
        this.filter = initialFilter;
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
