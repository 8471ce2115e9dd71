package org.ticportal.ui.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.common.ScrollPass;
import org.ticportal.core.export.ExportSource;

/**
 * What a {@link FilterGrid} showed when its user asked for an export: the titles of its visible exportable columns in
 * display order, and its rows through the grid's own fetch (or its streamed read) with the filter and sort of that
 * moment, as cells of those columns. The rows are read on the export's thread, with the grid's UI and its service as
 * current instances, so that the columns' values translate as on the screen; a page-by-page export reads in a scroll
 * pass of its own, new with its first page.
 */
final class GridExportSource<T, F> implements ExportSource {

    private final List<String> headers;
    private final List<ValueProvider<T, ?>> cells;
    private final F filter;
    private final Sort sort;
    private final FilterGrid.PassFetch<T, F> fetch;
    private final ToLongFunction<F> count;
    private final FilterGrid.@Nullable StreamFetch<T, F> streamed;
    private final UI ui;
    private final VaadinService service;
    private ScrollPass pass = new ScrollPass();

    /** Called on the UI's thread, whose UI and service the export's thread then uses. */
    GridExportSource(List<String> headers, List<ValueProvider<T, ?>> cells, F filter, Sort sort,
                     FilterGrid.PassFetch<T, F> fetch, ToLongFunction<F> count,
                     FilterGrid.@Nullable StreamFetch<T, F> streamed) {
        if (headers.size() != cells.size()) {
            throw new IllegalArgumentException(headers.size() + " titles for " + cells.size() + " columns");
        }
        this.headers = List.copyOf(headers);
        this.cells = List.copyOf(cells);
        this.filter = filter;
        this.sort = sort;
        this.fetch = fetch;
        this.count = count;
        this.streamed = streamed;
        this.ui = UI.getCurrent();
        this.service = VaadinService.getCurrent();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public long count() {
        return count.applyAsLong(filter);
    }

    @Override
    public List<List<?>> page(int page, int size) {
        if (page == 0) {
            pass = new ScrollPass();
        }
        List<T> rows = fetch.fetch(filter, PageRequest.of(page, size, sort), pass);
        return asCurrent(() -> rows.stream().map(this::cellsOf).toList());
    }

    @Override
    public boolean streams() {
        return streamed != null;
    }

    @Override
    public void stream(Consumer<List<?>> sink) {
        FilterGrid.StreamFetch<T, F> read = streamed;
        if (read == null) {
            ExportSource.super.stream(sink);
            return;
        }
        asCurrent(() -> {
            read.stream(filter, sort, row -> sink.accept(cellsOf(row)));
            return null;
        });
    }

    private List<?> cellsOf(T row) {
        return cells.stream().map(v -> cell(v.apply(row))).toList();
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

    /** Runs with the grid's UI and its service as current instances, so that the columns translate as on screen. */
    private <R> R asCurrent(Supplier<R> work) {
        Map<Class<?>, CurrentInstance> before = CurrentInstance.getInstances();
        try {
            CurrentInstance.set(VaadinService.class, service);
            CurrentInstance.set(UI.class, ui);
            return work.get();
        } finally {
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(before);
        }
    }
}
