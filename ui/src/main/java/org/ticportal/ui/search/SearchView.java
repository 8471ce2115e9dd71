package org.ticportal.ui.search;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.search.GlobalSearch;
import org.ticportal.core.search.SearchHit;
import org.ticportal.core.search.SearchKind;
import org.ticportal.core.search.SearchResults;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.centers.CenterView;
import org.ticportal.ui.experts.ExpertsView;
import org.ticportal.ui.units.MyUnitView;
import org.ticportal.ui.units.UnitsView;
import org.ticportal.ui.base.ViewTitles;

/**
 * 搜索 ({@code search?q=…}): what the header's search box found — centers, applications, units and experts by name,
 * number or credit code, within the user's scope — grouped by kind, each hit linked to the center's or application's
 * page, a unit to 单位管理's dialog (an applicant's own unit to 本单位) and an expert to 专家库's dialog. A text shorter
 * than {@link GlobalSearch#MIN_LENGTH} characters is not searched; no hit says so.
 */
@Route("search")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GlobalSearch search;
    private final Role role;
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();

    SearchView(GlobalSearch search, UserService users) {
        this.search = search;
        this.role = users.currentScope().role();
        addClassName("search-view");
        summary.setId("search-summary");
        summary.addClassName("search-summary");
        results.setId("search-results");
        results.addClassName("search-results");
        results.setWidthFull();
        add(summary, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        show(text);
    }

    private void show(String text) {
        results.removeAll();
        if (text.length() < GlobalSearch.MIN_LENGTH) {
            summary.setText(getTranslation("search.tooShort", GlobalSearch.MIN_LENGTH));
            return;
        }
        SearchResults found = search.search(text);
        if (found.isEmpty()) {
            summary.setText(getTranslation("search.none", found.text()));
            return;
        }
        summary.setText(getTranslation("search.summary", found.text(), found.total()));
        for (SearchKind kind : SearchKind.values()) {
            List<SearchHit> hits = found.of(kind);
            if (!hits.isEmpty()) {
                results.add(group(kind, hits));
            }
        }
    }

    private Div group(SearchKind kind, List<SearchHit> hits) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        H3 heading = new H3(getTranslation("search.kind." + kind.name()) + " (" + hits.size() + ")");
        heading.addClassName("search-group-title");
        Div group = new Div(heading);
        group.setId("search-group-" + name);
        group.addClassName("search-group");
        hits.forEach(h -> group.add(row(h)));
        if (hits.size() >= GlobalSearch.PER_KIND) {
            Paragraph more = new Paragraph(getTranslation("search.more", GlobalSearch.PER_KIND));
            more.addClassName("field-help");
            group.add(more);
        }
        return group;
    }

    private Div row(SearchHit hit) {
        RouterLink link = link(hit);
        link.setId("search-hit-" + hit.kind().name().toLowerCase(Locale.ROOT) + "-" + hit.id());
        link.addClassName("search-hit-title");
        Div row = new Div(link);
        row.addClassName("search-hit");
        if (hit.code() != null) {
            Span code = new Span(hit.code());
            code.addClassName("search-hit-code");
            row.add(code);
        }
        if (hit.subtitle() != null) {
            Span subtitle = new Span(hit.subtitle());
            subtitle.addClassName("search-hit-subtitle");
            row.add(subtitle);
        }
        return row;
    }

    /** Where a hit opens: the record's page, or the grid that opens its dialog. */
    private RouterLink link(SearchHit hit) {
        RouteParameters id = new RouteParameters("id", Long.toString(hit.id()));
        return switch (hit.kind()) {
            case CENTER -> new RouterLink(hit.title(), CenterView.class, id);
            case APPLICATION -> new RouterLink(hit.title(), ApplicationView.class, id);
            case UNIT -> {
                if (role == Role.APPLICANT) {
                    yield new RouterLink(hit.title(), MyUnitView.class);
                }
                RouterLink units = new RouterLink(hit.title(), UnitsView.class);
                units.setQueryParameters(QueryParameters.of(UnitsView.OPEN_UNIT, Long.toString(hit.id())));
                yield units;
            }
            case EXPERT -> {
                RouterLink experts = new RouterLink(hit.title(), ExpertsView.class);
                experts.setQueryParameters(QueryParameters.of(ExpertsView.OPEN_EXPERT, Long.toString(hit.id())));
                yield experts;
            }
        };
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "search.title");
    }
}
