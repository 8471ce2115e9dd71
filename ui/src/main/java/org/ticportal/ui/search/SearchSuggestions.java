package org.ticportal.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

import org.ticportal.core.search.GlobalSearch;
import org.ticportal.core.search.SearchHit;
import org.ticportal.core.search.SearchKind;
import org.ticportal.core.search.SearchResults;
import org.ticportal.core.user.Role;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.centers.CenterView;
import org.ticportal.ui.experts.ExpertsView;
import org.ticportal.ui.units.MyUnitView;
import org.ticportal.ui.units.UnitsView;

/**
 * The header's search box with suggestions: as the user types (a pause of {@value #PAUSE_MS} ms, at least
 * {@link GlobalSearch#MIN_LENGTH} characters), a list under the box shows up to {@value #MAX_SUGGESTIONS} records
 * {@link GlobalSearch} finds, every kind found among them ({@link #pick}) — the same search as the results page, so within the user's scope — each with its kind
 * and number. ↓ and ↑ move through the list, Enter opens the marked record (or, with none marked, the results page),
 * Esc closes the list; a click opens a record too. The list is the box's own (a listbox of options, with
 * {@code aria-selected} on the marked one), so nothing but the box keeps the focus.
 */
public class SearchSuggestions extends Div {

    /** How many suggestions the list shows; the results page lists more. */
    public static final int MAX_SUGGESTIONS = 6;
    static final int PAUSE_MS = 250;

    private final TextField field;
    private final GlobalSearch search;
    private final Role role;
    private final Div list = new Div();
    private final List<SearchHit> hits = new ArrayList<>();
    private final List<Div> options = new ArrayList<>();
    private int marked = -1;

    public SearchSuggestions(TextField field, GlobalSearch search, Role role) {
        this.field = field;
        this.search = search;
        this.role = role;
        addClassName("global-search-box");
        list.setId("global-search-suggestions");
        list.addClassName("search-suggestions");
        list.getElement().setAttribute("role", "listbox");
        list.setVisible(false);
        add(field, list);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        field.getElement().setAttribute("aria-controls", "global-search-suggestions");
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggest(e.getValue());
            } else {
                close();
            }
        });
        field.addKeyDownListener(Key.ARROW_DOWN, e -> mark(marked + 1));
        field.addKeyDownListener(Key.ARROW_UP, e -> mark(marked - 1));
        field.addKeyDownListener(Key.ESCAPE, e -> close());
        field.addKeyPressListener(Key.ENTER, e -> enter());
    }

    /** Lists the first records matching the text, or closes the list for a text too short. */
    void suggest(String text) {
        hits.clear();
        options.clear();
        list.removeAll();
        marked = -1;
        if (text == null || text.strip().length() < GlobalSearch.MIN_LENGTH) {
            list.setVisible(false);
            return;
        }
        SearchResults found;
        try {
            found = search.search(text);
        } catch (RuntimeException e) {
            list.setVisible(false); // a role without search (the auditor's) gets no suggestions
            return;
        }
        hits.addAll(pick(found, MAX_SUGGESTIONS));
        if (hits.isEmpty()) {
            Div none = new Div(new Span(getTranslation("search.suggest.none")));
            none.addClassName("search-suggestion-none");
            list.add(none);
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            Span kind = new Span(getTranslation("search.kind." + hit.kind().name()));
            kind.addClassName("search-suggestion-kind");
            Span title = new Span(hit.title());
            title.addClassName("search-suggestion-title");
            Div option = new Div(kind, title);
            if (hit.code() != null && !hit.code().equals(hit.title())) {
                Span code = new Span(hit.code());
                code.addClassName("search-suggestion-code");
                option.add(code);
            }
            option.setId("search-suggestion-" + hit.kind().name().toLowerCase(Locale.ROOT) + "-" + hit.id());
            option.addClassName("search-suggestion");
            option.getElement().setAttribute("role", "option");
            option.getElement().setAttribute("aria-selected", "false");
            option.addClickListener(e -> open(hit));
            options.add(option);
            list.add(option);
        }
        if (found.total() > hits.size()) {
            Div more = new Div(new Span(getTranslation("search.suggest.more", found.total())));
            more.addClassName("search-suggestion-more");
            list.add(more);
        }
        list.setVisible(true);
    }

    /** Marks the option at the index (wrapping around the list). */
    void mark(int index) {
        if (options.isEmpty() || !list.isVisible()) {
            return;
        }
        int next = Math.floorMod(index, options.size());
        if (marked >= 0) {
            options.get(marked).removeClassName("search-suggestion-marked");
            options.get(marked).getElement().setAttribute("aria-selected", "false");
        }
        marked = next;
        options.get(marked).addClassName("search-suggestion-marked");
        options.get(marked).getElement().setAttribute("aria-selected", "true");
        field.getElement().setAttribute("aria-activedescendant", options.get(marked).getId().orElse(""));
    }

    /** Enter: the marked record, or the results page. */
    void enter() {
        if (marked >= 0 && marked < hits.size() && list.isVisible()) {
            open(hits.get(marked));
            return;
        }
        String text = field.getValue().strip();
        close();
        UI.getCurrent().navigate("search", QueryParameters.of("q", text));
    }

    /** The suggestions listed now (for tests). */
    List<SearchHit> suggestions() {
        return List.copyOf(hits);
    }

    /** The index of the marked suggestion, -1 for none (for tests). */
    int marked() {
        return marked;
    }

    void close() {
        list.setVisible(false);
        list.removeAll();
        hits.clear();
        options.clear();
        marked = -1;
        field.getElement().removeAttribute("aria-activedescendant");
    }

    /** Opens a record where the results page's link leads. */
    private void open(SearchHit hit) {
        close();
        UI ui = UI.getCurrent();
        RouteParameters id = new RouteParameters("id", Long.toString(hit.id()));
        switch (hit.kind()) {
            case CENTER -> ui.navigate(CenterView.class, id);
            case APPLICATION -> ui.navigate(ApplicationView.class, id);
            case UNIT -> {
                if (role == Role.APPLICANT) {
                    ui.navigate(MyUnitView.class);
                } else {
                    ui.navigate(UnitsView.class, QueryParameters.of(UnitsView.OPEN_UNIT, Long.toString(hit.id())));
                }
            }
            case EXPERT -> ui.navigate(ExpertsView.class,
                    QueryParameters.of(ExpertsView.OPEN_EXPERT, Long.toString(hit.id())));
        }
    }

    /**
     * The suggestions of a search: the first hit of each kind, then the second of each, … up to {@code max}, listed by
     * kind in the results page's order — so that many centers matching do not hide the one unit the user means.
     */
    static List<SearchHit> pick(SearchResults found, int max) {
        List<SearchHit> picked = new ArrayList<>();
        for (int round = 0; picked.size() < max; round++) {
            boolean more = false;
            for (SearchKind kind : SearchKind.values()) {
                List<SearchHit> of = found.of(kind);
                if (round < of.size() && picked.size() < max) {
                    picked.add(of.get(round));
                    more = true;
                }
            }
            if (!more) {
                break;
            }
        }
        picked.sort(java.util.Comparator.comparing(SearchHit::kind));
        return picked;
    }
}
