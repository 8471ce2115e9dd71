package org.ticbench.bare;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jakarta.annotation.security.PermitAll;

/** The view the benchmark navigates to ({@code grid}): a grid of 50 in-memory rows with six columns, sortable. */
@PermitAll
public class BareGridView extends VerticalLayout {

    /** A row like an application's: code, name, unit, stage, division, date. */
    public record Row(String code, String name, String unit, String stage, String division, LocalDate filed) {
    }

    public BareGridView() {
        Grid<Row> grid = new Grid<>();
        grid.setId("bare-grid");
        grid.addColumn(Row::code).setHeader("编号").setSortable(true);
        grid.addColumn(Row::name).setHeader("名称").setSortable(true);
        grid.addColumn(Row::unit).setHeader("单位").setSortable(true);
        grid.addColumn(Row::stage).setHeader("阶段").setSortable(true);
        grid.addColumn(Row::division).setHeader("区划").setSortable(true);
        grid.addColumn(Row::filed).setHeader("日期").setSortable(true);
        List<Row> rows = IntStream.rangeClosed(1, 50).mapToObj(i -> new Row("XZ-" + i, "创新中心 " + i,
                "单位 " + i, "SUBMITTED", "140902", LocalDate.of(2026, 1, 1).plusDays(i))).toList();
        grid.setItems(rows);
        setSizeFull();
        add(grid);
    }
}
