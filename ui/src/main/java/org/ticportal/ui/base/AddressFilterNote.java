package org.ticportal.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A line above a grid saying which filter its address set — one the grid's header cannot show, e.g. 统计看板's
 * 已超期 or 即将到期 cards ({@code applications?overdue=1}) — with a link to the grid unfiltered.
 */
public class AddressFilterNote extends Div {

    /**
     * @param text   what the grid is filtered to
     * @param route  the grid's own address, without the filter
     * @param allKey the message key of the link that shows all
     */
    public AddressFilterNote(String text, String route, String allKey) {
        addClassName("address-filter-note");
        setId("address-filter-note");
        Anchor all = new Anchor(route, getTranslation(allKey));
        all.setId("address-filter-clear");
        add(new Span(text), all);
    }
}
