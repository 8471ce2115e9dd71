package org.ticportal.ui.notices;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.notice.NoticeDraft;
import org.ticportal.core.notice.NoticeFilter;
import org.ticportal.core.notice.NoticeReader;
import org.ticportal.core.notice.NoticeRow;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notice.PublicNotice;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 公示管理: the notices of the user's jurisdiction (every jurisdiction for administrators), paged, sorted and filtered
 * in the database (title, jurisdiction, state, publication day), with the number of centers each lists and of the
 * objections it drew; columns can be chosen, the grid saved as a view and exported as shown. 新建公示 builds one from
 * the applications waiting in the notice stage, a click opens it (publish, objections).
 */
@Route("notices")
@Menu(title = "nav.notices", order = 18, icon = "vaadin:megaphone")
@RolesAllowed({"ADMIN", "BUREAU"})
public class NoticesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter that opens the grid filtered by state ({@code ?state=PUBLISHED}). */
    public static final String FILTER_STATE = "state";

    private final NoticeService notices;
    private final Map<String, String> jurisdictionNames = new HashMap<>();
    private final Select<PublicNotice.State> stateFilter;

    NoticesView(NoticeReader reader, NoticeService notices) {
        this.notices = notices;
        addClassName("notices-view");
        setSizeFull();
        Locale locale = getLocale();
        List<Jurisdiction> managed = reader.managedJurisdictions();
        managed.forEach(j -> jurisdictionNames.put(j.code(), j.name().get(locale)));

        FilterGrid<NoticeRow, NoticeFilter> grid = new FilterGrid<>(NoticeFilter.ALL, reader::list, reader::count);
        grid.setId("notices-grid");
        var title = grid.addColumn("notices.title", n -> n.notice().title(), "title");
        var jurisdiction = grid.addColumn("notices.jurisdiction", n -> jurisdictionNames.getOrDefault(
                n.notice().jurisdictionCode(), n.notice().jurisdictionCode()), "jurisdictionCode");
        var state = grid.addColumn("notices.state", n -> getTranslation("notices.state." + n.notice().state().name()),
                null);
        var published = grid.addColumn("notices.publishedOn", n -> Formats.date(n.publishedAt(), locale),
                "publishedAt");
        var period = grid.addColumn("notices.period", this::period, "periodStart");
        var entries = grid.addColumn("notices.entries", NoticeRow::entries, null);
        var objections = grid.addColumn("notices.objections", NoticeRow::objections, null);
        var open = grid.addColumn("notices.openObjections", NoticeRow::openObjections, null);
        var created = grid.addColumn("notices.createdOn", n -> Formats.date(n.createdAt(), locale), "createdAt");
        // widths that fit 1366 pixels beside the menu; a long title shows whole in its tooltip
        width(title, "16rem", 2);
        width(jurisdiction, "6rem", 0);
        width(state, "7.5rem", 0);
        width(published, "9.5rem", 0);
        width(period, "15rem", 1);
        width(created, "8.5rem", 0);
        for (var count : List.of(entries, objections, open)) {
            width(count, "7rem", 0).setTextAlign(ColumnTextAlign.END);
        }
        // a bureau user's notices are all of one jurisdiction: the column is for administrators (and the chooser)
        jurisdiction.setVisible(managed.size() > 1);
        title.setTooltipGenerator(n -> n.notice().title());
        grid.textFilter(title, NoticeFilter::withText).setId("notices-title-filter");
        if (managed.size() > 1) {
            grid.selectFilter(jurisdiction, managed, j -> j.name().get(locale),
                    (f, j) -> f.withJurisdiction(j == null ? null : j.code())).setId("notices-jurisdiction-filter");
        }
        stateFilter = grid.selectFilter(state, List.of(PublicNotice.State.values()),
                s -> getTranslation("notices.state." + s.name()), NoticeFilter::withState);
        stateFilter.setId("notices-state-filter");
        FilterGrid.DateRange range = grid.dateRangeFilter(published, "notices.filter.from", "notices.filter.to",
                NoticeFilter::withPublished);
        range.from().setId("notices-published-from");
        range.to().setId("notices-published-to");
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> open(e.getItem().id()));

        Button create = new Button(getTranslation("notices.new"), Icons.create(VaadinIcon.PLUS), e -> build(managed));
        create.setId("notice-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!managed.isEmpty());
        HorizontalLayout toolbar = new HorizontalLayout(create, grid.columnChooser(), grid.exportButton("nav.notices"),
                grid.viewsButton("notices"));
        toolbar.addClassName("view-toolbar");
        Paragraph help = new Paragraph(getTranslation("notices.help"));
        help.addClassName("field-help");
        add(toolbar, help, grid);
        expand(grid);
    }

    /** Sets the state filter from the query ({@code ?state=PUBLISHED}). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault(FILTER_STATE, List.of()).stream()
                .findFirst().flatMap(code -> java.util.Arrays.stream(PublicNotice.State.values())
                        .filter(s -> s.name().equals(code)).findFirst())
                .ifPresent(stateFilter::setValue);
    }

    private static Grid.Column<NoticeRow> width(Grid.Column<NoticeRow> column, String width, int flexGrow) {
        return column.setAutoWidth(false).setWidth(width).setFlexGrow(flexGrow);
    }

    /** The period as days in the user's language (e.g. 2026年4月30日至2026年5月9日), marked when provisional. */
    private String period(NoticeRow row) {
        NoticeSummary n = row.notice();
        if (n.periodStart() == null || n.periodEnd() == null) {
            return "";
        }
        Locale locale = getLocale();
        return getTranslation("notices.periodRange", Formats.date(n.periodStart(), locale),
                Formats.date(n.periodEnd(), locale)) + (n.provisional() ? getTranslation("notices.provisional") : "");
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(NoticeView.class, new RouteParameters("id", Long.toString(id))));
    }

    /** The dialog that builds a notice: jurisdiction (when several), title, contact, the applications on it. */
    private void build(List<Jurisdiction> managed) {
        Dialog dialog = new Dialog(getTranslation("notices.new"));
        dialog.setId("notice-dialog");
        Locale locale = getLocale();
        Select<Jurisdiction> jurisdiction = new Select<>();
        jurisdiction.setLabel(getTranslation("notices.jurisdiction"));
        jurisdiction.setItems(managed);
        jurisdiction.setItemLabelGenerator(j -> j.name().get(locale));
        jurisdiction.setVisible(managed.size() > 1);
        TextField title = new TextField(getTranslation("notices.title"));
        title.setId("notice-title");
        title.setMaxLength(200);
        title.setWidthFull();
        title.setPlaceholder(getTranslation("notices.title.placeholder"));
        TextField phone = new TextField(getTranslation("notices.contactPhone"));
        phone.setId("notice-contactPhone");
        phone.setMaxLength(100);
        TextField address = new TextField(getTranslation("notices.contactAddress"));
        address.setId("notice-contactAddress");
        address.setMaxLength(300);
        address.setWidthFull();
        Grid<ApplicationRow> candidates = new Grid<>();
        candidates.setId("notice-candidates");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addColumn(ApplicationRow::referenceNo).setHeader(getTranslation("notice.reference"));
        candidates.addColumn(r -> r.fullName() == null ? "" : r.fullName()).setHeader(getTranslation("notice.center"))
                .setFlexGrow(3);
        candidates.addColumn(ApplicationRow::unitName).setHeader(getTranslation("notice.leadUnit")).setFlexGrow(2);
        candidates.setHeight("16em");
        // a click on a row chooses it (or takes it back), as well as its checkbox
        candidates.addItemClickListener(e -> {
            if (candidates.getSelectedItems().contains(e.getItem())) {
                candidates.deselect(e.getItem());
            } else {
                candidates.select(e.getItem());
            }
        });
        jurisdiction.addValueChangeListener(e -> candidates.setItems(e.getValue() == null ? List.of()
                : notices.candidates(e.getValue().code())));
        jurisdiction.setValue(managed.get(0));
        Button save = new Button(getTranslation("action.save"), e -> {
            List.of(title, phone, address).forEach(f -> f.setInvalid(false));
            try {
                NoticeSummary n = notices.create(new NoticeDraft(jurisdiction.getValue().code(), title.getValue(),
                        phone.getValue(), address.getValue(),
                        candidates.getSelectedItems().stream().map(ApplicationRow::id).toList()));
                dialog.close();
                open(n.id());
            } catch (BusinessException ex) {
                Map<String, TextField> fields = Map.of("title", title, "contactPhone", phone, "contactAddress",
                        address);
                TextField target = ex.getField() == null ? null : fields.get(ex.getField());
                if (target != null) {
                    target.setErrorMessage(Messages.describe(this, ex));
                    target.setInvalid(true);
                } else {
                    Messages.error(this, "error.message", Messages.describe(this, ex));
                }
            }
        });
        save.setId("notice-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(jurisdiction, title, new HorizontalLayout(phone, address),
                new Paragraph(getTranslation("notices.candidates")), candidates));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("820px");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.notices");
    }
}
