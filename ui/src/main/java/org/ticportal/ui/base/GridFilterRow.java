package org.ticportal.ui.base;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;

/**
 * The filter row of a {@link FilterGrid}: a header row under the column titles, appended with its first field, whose
 * fields (text, a choice, a choice typed into, a date range, or one of the view's own) each derive the grid's next
 * filter as the user changes them, and are registered with the grid's {@linkplain GridSavedViews saved views}, which
 * read and restore them as text.
 *
 * @param <T> the row type
 * @param <F> the filter
 */
final class GridFilterRow<T, F> {

    private final Grid<T> grid;
    /** The grid's locale (the user's), for the date pickers. */
    private final Supplier<Locale> locale;
    /** The grid's column titles, for the fields' labels. */
    private final Map<Column<T>, String> titles;
    private final GridSavedViews<T> views;
    /** Applies a change to the grid's current filter (and fetches again). */
    private final Consumer<UnaryOperator<F>> change;
    private @Nullable HeaderRow row;

    GridFilterRow(Grid<T> grid, Supplier<Locale> locale, Map<Column<T>, String> titles, GridSavedViews<T> views,
                  Consumer<UnaryOperator<F>> change) {
        this.grid = grid;
        this.locale = locale;
        this.titles = titles;
        this.views = views;
        this.change = change;
    }

    TextField text(Column<T> column, BiFunction<F, String, F> apply) {
        TextField field = new TextField();
        field.setPlaceholder(grid.getTranslation("grid.filter"));
        field.setClearButtonVisible(true);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setAriaLabel(grid.getTranslation("grid.filter") + " " + titles.get(column));
        field.addValueChangeListener(e -> change.accept(f -> apply.apply(f, e.getValue())));
        row().getCell(column).setComponent(field);
        views.register(column, () -> field.getValue().isEmpty() ? null : field.getValue(),
                v -> field.setValue(v == null ? "" : v));
        return field;
    }

    <E> Select<E> select(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                         Function<E, String> key, BiFunction<F, @Nullable E, F> apply) {
        Select<E> select = new Select<>();
        select.setItems(options);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(grid.getTranslation("grid.filter.all"));
        select.setItemLabelGenerator(item -> item == null ? grid.getTranslation("grid.filter.all")
                : label.apply(item));
        select.setWidthFull();
        select.setAriaLabel(grid.getTranslation("grid.filter") + " " + titles.get(column));
        select.addValueChangeListener(e -> change.accept(f -> apply.apply(f, e.getValue())));
        row().getCell(column).setComponent(select);
        views.register(column, () -> select.getValue() == null ? null : key.apply(select.getValue()),
                v -> select.setValue(v == null ? null : options.stream().filter(o -> v.equals(key.apply(o)))
                        .findFirst().orElse(null)));
        return select;
    }

    <E> ComboBox<E> combo(Column<T> column, List<E> options, ItemLabelGenerator<E> label,
                          Function<E, String> key, BiFunction<F, @Nullable E, F> apply) {
        ComboBox<E> combo = new ComboBox<>();
        combo.setItems(options);
        combo.setItemLabelGenerator(label);
        combo.setClearButtonVisible(true);
        combo.setPlaceholder(grid.getTranslation("grid.filter"));
        combo.setWidthFull();
        combo.setAriaLabel(grid.getTranslation("grid.filter") + " " + titles.get(column));
        combo.addValueChangeListener(e -> change.accept(f -> apply.apply(f, e.getValue())));
        row().getCell(column).setComponent(combo);
        views.register(column, () -> combo.getValue() == null ? null : key.apply(combo.getValue()),
                v -> combo.setValue(v == null ? null : options.stream().filter(o -> v.equals(key.apply(o)))
                        .findFirst().orElse(null)));
        return combo;
    }

    void custom(Column<T> column, Component field, Supplier<@Nullable String> read,
                Consumer<@Nullable String> write) {
        row().getCell(column).setComponent(field);
        views.register(column, read, write);
    }

    /** Two pickers, the first day above the last, each bounding the other; kept in views as {@code from..to}. */
    FilterGrid.DateRange dateRange(Column<T> column, String fromKey, String toKey, FilterGrid.RangeFilter<F> apply) {
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        for (DatePicker picker : List.of(from, to)) {
            DatePickers.localized(picker, locale.get(), grid::getTranslation);
            picker.setWidthFull();
            picker.addValueChangeListener(e -> {
                to.setMin(from.getValue());
                from.setMax(to.getValue());
                change.accept(f -> apply.apply(f, from.getValue(), to.getValue()));
            });
        }
        from.setPlaceholder(grid.getTranslation(fromKey));
        from.setAriaLabel(titles.get(column) + " " + grid.getTranslation(fromKey));
        to.setPlaceholder(grid.getTranslation(toKey));
        to.setAriaLabel(titles.get(column) + " " + grid.getTranslation(toKey));
        VerticalLayout range = new VerticalLayout(from, to);
        range.setPadding(false);
        range.setSpacing(false);
        range.getStyle().set("gap", "var(--lumo-space-xs)");
        row().getCell(column).setComponent(range);
        views.register(column, () -> from.getValue() == null && to.getValue() == null ? null
                : day(from.getValue()) + ".." + day(to.getValue()), v -> {
            String[] days = v == null ? new String[] {"", ""} : v.split("\\.\\.", -1);
            from.setMax(null);
            to.setMin(null);
            from.setValue(parseDay(days[0]));
            to.setValue(days.length > 1 ? parseDay(days[1]) : null);
        });
        return new FilterGrid.DateRange(from, to);
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

    private HeaderRow row() {
        if (row == null) {
            row = grid.appendHeaderRow();
        }
        return row;
    }
}
