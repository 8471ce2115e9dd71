package org.ticportal.ui.users;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.audit.AuditService;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserFilter;
import org.ticportal.core.user.UserService;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.ViewTitles;

/** 用户管理: the users grid (paged, sorted and filtered in the database) and the user editor. */
@Route("admin/users")
@Menu(title = "nav.users", order = 10, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final FilterGrid<UserAccount, UserFilter> grid;
    private final UnitService units;
    private final Map<String, String> bodyNames;
    // concurrent: an export reads it from its own thread
    private final Map<Long, String> unitNames = new ConcurrentHashMap<>();

    UsersView(UserService users, UnitService units, PolicyService policies, JurisdictionPolicyService jurisdictions,
              AuditService audit) {
        this.units = units;
        this.bodyNames = policies.recommendingBodyNames(getLocale());
        addClassName("users-view");
        setSizeFull();
        grid = new FilterGrid<>(UserFilter.NONE, (filter, page) -> users.list(filter, page).getContent(),
                users::count);
        grid.setId("users-grid");
        var username = grid.addColumn("user.username", UserAccount::getUsername, "username");
        grid.addColumn("user.displayName", UserAccount::getDisplayName, "displayName");
        var role = grid.addColumn("user.role", u -> getTranslation("role." + u.getRole().name()), "role");
        grid.addColumn("user.scope", this::scope, null);
        var status = grid.addColumn("user.status", this::status, "enabled");
        grid.addColumn("user.lastLogin", u -> Formats.dateTime(u.getLastLoginAt(), getLocale()), "lastLoginAt");
        grid.addColumn("user.createdAt", u -> Formats.date(u.getCreatedAt(), getLocale()), "createdAt")
                .setVisible(false);
        grid.addColumn("user.email", u -> u.getEmail() == null ? "" : u.getEmail(), "email").setVisible(false);
        grid.textFilter(username, UserFilter::withText).setId("filter-text");
        grid.selectFilter(role, Arrays.asList(Role.values()), r -> getTranslation("role." + r.name()),
                UserFilter::withRole).setId("filter-role");
        grid.selectFilter(status, List.of(Boolean.TRUE, Boolean.FALSE),
                b -> getTranslation(b ? "user.enabled" : "user.disabled"), UserFilter::withEnabled)
                .setId("filter-status");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> new UserEditor(users, units, policies, jurisdictions, audit, e.getItem().getId(),
                grid::refresh).open());

        Button create = new Button(getTranslation("user.new"), Icons.create(VaadinIcon.PLUS),
                e -> new UserEditor(users, units, policies, jurisdictions, audit, null, grid::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(create, grid.columnChooser(), grid.exportButton("nav.users"), grid.viewsButton("users"));
        toolbar.addClassName("view-toolbar");
        add(toolbar, grid);
        expand(grid);
    }

    private String scope(UserAccount user) {
        if (user.getRecommendingBodyCode() != null) {
            String code = user.getRecommendingBodyCode();
            return getTranslation("user.scope.body", bodyNames.getOrDefault(code, code));
        }
        if (user.getUnitId() != null) {
            String name = unitNames.computeIfAbsent(user.getUnitId(),
                    id -> units.find(id).map(Unit::getName).orElse(String.valueOf(id)));
            return getTranslation("user.scope.unit", name);
        }
        if (user.getJurisdictionCode() != null) {
            return getTranslation("user.scope.jurisdiction", user.getJurisdictionCode());
        }
        return "";
    }

    private String status(UserAccount user) {
        if (!user.isEnabled()) {
            return getTranslation("user.disabled");
        }
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now())) {
            return getTranslation("user.locked", Formats.dateTime(user.getLockedUntil(), getLocale()));
        }
        return getTranslation("user.enabled");
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.users");
    }
}
