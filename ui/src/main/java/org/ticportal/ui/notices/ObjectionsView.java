package org.ticportal.ui.notices;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.notice.NoticeReader;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notice.Objection;
import org.ticportal.core.notice.ObjectionFilter;
import org.ticportal.core.notice.ObjectionRow;
import org.ticportal.core.notice.ObjectionService;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;

/**
 * 异议管理: the objections to every notice of the user's jurisdiction (every jurisdiction for administrators), newest
 * first, paged, sorted and filtered in the database (state, notice, the day filed, a text), with the center objected
 * to and who handled it last; the objector's name as the notice's screen shows it (whole for the jurisdiction's bureau,
 * masked for administrators). Columns can be chosen, the grid saved as a view and exported as shown. A click opens
 * the objection's notice, where objections are received and decided.
 */
@Route("objections")
@Menu(title = "nav.objections", order = 18.5, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed({"ADMIN", "BUREAU"})
public class ObjectionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter that opens the grid on one notice's objections ({@code ?notice=12}). */
    public static final String FILTER_NOTICE = "notice";
    /** Query parameter that opens the grid filtered by state ({@code ?state=FILED}). */
    public static final String FILTER_STATE = "state";
    /** The most notices the notice filter offers (the latest published). */
    static final int NOTICE_CHOICES = 200;

    private final Select<NoticeSummary> noticeFilter;
    private final Select<Objection.State> stateFilter;

    ObjectionsView(ObjectionService objections, NoticeReader reader) {
        addClassName("objections-view");
        setSizeFull();
        Locale locale = getLocale();
        Map<String, String> jurisdictionNames = new HashMap<>();
        List<Jurisdiction> managed = reader.managedJurisdictions();
        managed.forEach(j -> jurisdictionNames.put(j.code(), j.name().get(locale)));

        FilterGrid<ObjectionRow, ObjectionFilter> grid = new FilterGrid<>(ObjectionFilter.ALL, objections::list,
                objections::count);
        grid.setId("objections-grid");
        var filed = grid.addColumn("objection.filedOn", o -> Formats.date(o.filedOn(), locale), "filedAt");
        var state = grid.addColumn("objection.state", o -> getTranslation("objection.state." + o.state().name()),
                "state");
        var notice = grid.addColumn("objections.notice", ObjectionRow::noticeTitle, "notice.title");
        var jurisdiction = grid.addColumn("notices.jurisdiction", o -> jurisdictionNames.getOrDefault(
                o.jurisdictionCode(), o.jurisdictionCode()), "notice.jurisdictionCode");
        var center = grid.addColumn("notice.center", ObjectionRow::centerName, "entry.centerName");
        var objector = grid.addColumn("objection.objector", ObjectionRow::objector, null);
        var kind = grid.addColumn("public.objection.kind",
                o -> getTranslation("public.objection.kind." + o.kind().name()), "kind");
        var reference = grid.addColumn("notice.reference", ObjectionRow::referenceNo, "entry.referenceNo");
        var unit = grid.addColumn("notice.leadUnit", ObjectionRow::leadUnit, "entry.leadUnit");
        var content = grid.addColumn("objection.content", ObjectionRow::content, null);
        var handledBy = grid.addColumn("objections.handledBy", o -> o.handledBy() == null ? "" : o.handledBy(),
                "handledBy");
        var handledAt = grid.addColumn("objections.handledAt", o -> Formats.dateTime(o.handledAt(), locale),
                "handledAt");
        // widths that put what the bureau works by within 1366 pixels beside the menu; long texts show in tooltips
        width(filed, "9.5rem", 0);
        width(state, "8rem", 0);
        width(notice, "13rem", 1);
        width(jurisdiction, "6rem", 0);
        width(center, "14rem", 1);
        width(objector, "6rem", 0);
        width(kind, "7.5rem", 0);
        width(reference, "11rem", 0);
        width(unit, "12rem", 1);
        width(content, "16rem", 2);
        width(handledBy, "7rem", 0);
        width(handledAt, "10rem", 0);
        // a bureau user's notices are all of one jurisdiction: the column is for administrators (and the chooser)
        jurisdiction.setVisible(managed.size() > 1);
        notice.setTooltipGenerator(ObjectionRow::noticeTitle);
        center.setTooltipGenerator(ObjectionRow::centerName);
        unit.setTooltipGenerator(ObjectionRow::leadUnit);
        content.setTooltipGenerator(ObjectionRow::content);

        grid.textFilter(center, ObjectionFilter::withText).setId("objections-text-filter");
        noticeFilter = grid.selectFilter(notice, reader.published(NOTICE_CHOICES), NoticeSummary::title,
                (f, n) -> f.withNotice(n == null ? null : n.id()));
        noticeFilter.setId("objections-notice-filter");
        stateFilter = grid.selectFilter(state, List.of(Objection.State.values()),
                s -> getTranslation("objection.state." + s.name()), ObjectionFilter::withState);
        stateFilter.setId("objections-state-filter");
        FilterGrid.DateRange range = grid.dateRangeFilter(filed, "notices.filter.from", "notices.filter.to",
                ObjectionFilter::withFiled);
        range.from().setId("objections-filed-from");
        range.to().setId("objections-filed-to");
        grid.sort(List.of(new GridSortOrder<>(filed, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NoticeView.class,
                new RouteParameters("id", Long.toString(e.getItem().noticeId())))));

        HorizontalLayout toolbar = new HorizontalLayout(grid.columnChooser(), grid.exportButton("nav.objections"),
                grid.viewsButton("objections"));
        toolbar.addClassName("view-toolbar");
        Paragraph help = new Paragraph(getTranslation("objections.help"));
        help.addClassName("field-help");
        add(toolbar, help, grid);
        expand(grid);
    }

    private static Grid.Column<ObjectionRow> width(Grid.Column<ObjectionRow> column, String width, int flexGrow) {
        return column.setAutoWidth(false).setWidth(width).setFlexGrow(flexGrow);
    }

    /** Sets the notice and state filters from the query ({@code ?notice=12&state=FILED}). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault(FILTER_NOTICE, List.of()).stream().findFirst()
                .flatMap(id -> noticeFilter.getListDataView().getItems()
                        .filter(n -> Long.toString(n.id()).equals(id)).findFirst())
                .ifPresent(noticeFilter::setValue);
        query.getOrDefault(FILTER_STATE, List.of()).stream().findFirst()
                .flatMap(code -> Arrays.stream(Objection.State.values()).filter(s -> s.name().equals(code))
                        .findFirst())
                .ifPresent(stateFilter::setValue);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.objections");
    }
}
