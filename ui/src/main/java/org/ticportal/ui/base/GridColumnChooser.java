package org.ticportal.ui.base;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The column chooser of a {@link FilterGrid}: a button that opens a menu of the grid's titled columns, each checked
 * while visible; unchecking one hides the column. A {@linkplain GridSavedViews saved view} that shows or hides columns
 * has the menus {@linkplain #recheck() checked again}.
 */
final class GridColumnChooser<T> {

    private final Grid<T> grid;
    /** The grid's titled columns, in the order they were added (the grid's own map, read when a menu is made). */
    private final Map<Column<T>, String> titles;
    /** The menus' items by their column, as many as choosers were made. */
    private final Map<Column<T>, List<MenuItem>> items = new HashMap<>();

    GridColumnChooser(Grid<T> grid, Map<Column<T>, String> titles) {
        this.grid = grid;
        this.titles = titles;
    }

    /** A button that opens a menu of the columns, each checked while visible. */
    Button button() {
        Button button = new Button(grid.getTranslation("grid.columns"), Icons.create(VaadinIcon.GRID_V));
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
            items.computeIfAbsent(column, c -> new ArrayList<>()).add(item);
        });
        return button;
    }

    /** Checks every item again as its column is visible now (after a saved view showed or hid columns). */
    void recheck() {
        items.forEach((column, list) -> list.forEach(i -> i.setChecked(column.isVisible())));
    }
}
