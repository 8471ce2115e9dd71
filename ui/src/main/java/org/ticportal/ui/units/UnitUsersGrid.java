package org.ticportal.ui.units;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.ticportal.core.user.UserAccount;
import org.ticportal.ui.base.Formats;

/** The users of one unit: user name, name, administrator or not, enabled or not, last login. */
class UnitUsersGrid extends Grid<UserAccount> {

    UnitUsersGrid() {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setId("unit-users");
        addColumn(UserAccount::getUsername).setHeader(getTranslation("user.username")).setAutoWidth(true);
        addColumn(UserAccount::getDisplayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        addColumn(u -> getTranslation(u.isUnitAdministrator() ? "units.users.admin" : "units.users.member"))
                .setHeader(getTranslation("units.users.kind")).setAutoWidth(true);
        addColumn(u -> getTranslation(u.isEnabled() ? "user.enabled" : "user.disabled"))
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        addColumn(u -> Formats.dateTime(u.getLastLoginAt(), getLocale()))
                .setHeader(getTranslation("user.lastLogin")).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    static UnitUsersGrid readOnly(List<UserAccount> users) {
        UnitUsersGrid grid = new UnitUsersGrid();
        grid.setItems(users);
        return grid;
    }
}
