package org.ticportal.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.jspecify.annotations.Nullable;

/**
 * A line above a grid saying which filter its address set — one the grid's header cannot show, e.g. 统计看板's
 * 已超期 or 即将到期 cards ({@code applications?overdue=1}) — with a link to the grid unfiltered; hidden while the
 * address sets none.
 */
public class AddressFilterNote extends Div {

    private final Span text = new Span();

    /** @param route the grid's own address, without the filter */
    public AddressFilterNote(String route) {
        addClassName("address-filter-note");
        setId("address-filter-note");
        Anchor all = new Anchor(route, getTranslation("dashboard.filter.clear"));
        all.setId("address-filter-clear");
        add(text, all);
        setVisible(false);
    }

    /** Says what the grid is filtered to; {@code null}: nothing (the line is hidden). */
    public void show(@Nullable String filteredTo) {
        text.setText(filteredTo == null ? "" : filteredTo);
        setVisible(filteredTo != null);
    }
}
