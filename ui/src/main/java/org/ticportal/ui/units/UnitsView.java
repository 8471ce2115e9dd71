package org.ticportal.ui.units;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.registration.RegistrationService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitFilter;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.unit.UnitState;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 单位管理: the units in the user's scope (administrators and bureau staff every unit, a recommending body's reviewer
 * the units registered under it), paged, sorted and filtered in the database; a row opens the unit (particulars,
 * users, history) where its confirming body confirms or refuses it. Administrators and bureau staff create units by
 * hand. {@code units?unit=<id>} (a hit of the global search) opens that unit's dialog.
 */
@Route("units")
@Menu(title = "nav.units", order = 9, icon = "vaadin:office")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY"})
public class UnitsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter naming the unit whose dialog opens with the grid. */
    public static final String OPEN_UNIT = "unit";

    private final FilterGrid<Unit, UnitFilter> grid;
    private final UnitService units;
    private final UserService users;
    private final UnitAccounts accounts;
    private final Map<String, String> bodies;
    private final Map<String, String> categories;

    UnitsView(UnitService units, UserService users, UnitAccounts accounts, PolicyService policies,
              RegistrationService registrations) {
        addClassName("units-view");
        setSizeFull();
        this.units = units;
        this.users = users;
        this.accounts = accounts;
        Map<String, String> bodies = policies.recommendingBodyNames(getLocale());
        Map<String, String> categories = UnitTexts.categoryNames(policies, getLocale());
        this.bodies = bodies;
        this.categories = categories;
        grid = new FilterGrid<>(UnitFilter.NONE, (filter, page) -> units.list(filter, page).getContent(),
                units::count);
        grid.setId("units-grid");
        var name = grid.addColumn("units.name", Unit::getName, "name");
        grid.addColumn("units.creditCode", Unit::getCreditCode, "creditCode");
        var division = grid.addColumn("units.division",
                u -> bodies.getOrDefault(u.getRecommendingBodyCode(), u.getRecommendingBodyCode()),
                "recommendingBodyCode");
        var category = grid.addColumn("units.category",
                u -> u.getCategory() == null ? "" : categories.getOrDefault(u.getCategory(), u.getCategory()),
                "category");
        var state = grid.addColumn("units.state", u -> getTranslation("units.state." + u.getState().name()), "state");
        grid.addColumn("units.createdAt", u -> Formats.date(u.getCreatedAt(), getLocale()), "createdAt");
        grid.textFilter(name, UnitFilter::withText).setId("filter-units-text");
        grid.selectFilter(division, List.copyOf(bodies.keySet()), c -> bodies.getOrDefault(c, c),
                UnitFilter::withDivision).setId("filter-units-division");
        grid.selectFilter(category, List.copyOf(categories.keySet()), c -> categories.getOrDefault(c, c),
                UnitFilter::withCategory).setId("filter-units-category");
        grid.selectFilter(state, Arrays.asList(UnitState.values()), s -> getTranslation("units.state." + s.name()),
                UnitFilter::withState).setId("filter-units-state");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> new UnitDialog(units, accounts, bodies, categories, e.getItem().getId(),
                grid::refresh).open());

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("view-toolbar");
        Role role = users.currentScope().role();
        if (role == Role.ADMIN || role == Role.BUREAU) {
            Button create = new Button(getTranslation("units.new"), Icons.create(VaadinIcon.PLUS),
                    e -> new UnitCreateDialog(units, registrations, grid::refresh).open());
            create.setId("new-unit");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        toolbar.add(grid.columnChooser(), grid.exportButton("nav.units"), grid.viewsButton("units"));
        add(toolbar, grid);
        expand(grid);
    }

    /** Opens the unit named by {@value #OPEN_UNIT}, when the user may see it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(OPEN_UNIT).ifPresent(value -> {
            long id;
            try {
                id = Long.parseLong(value);
            } catch (NumberFormatException e) {
                return;
            }
            if (units.find(id).isPresent()) {
                new UnitDialog(units, accounts, bodies, categories, id, grid::refresh).open();
            } else {
                Messages.error(this, "search.notFound");
            }
        });
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.units");
    }
}
