package org.ticportal.ui.units;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.unit.UnitState;
import org.ticportal.core.user.CreatedCredentials;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 本单位: the applicant's own unit. While its registration waits (or was refused) this is the only screen its users
 * reach, and it says so; once confirmed, the unit's administrator invites and disables colleagues and asks for a change
 * of name or division here.
 */
@Route("my-unit")
@Menu(title = "nav.myUnit", order = 7, icon = "vaadin:office")
@RolesAllowed("APPLICANT")
public class MyUnitView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    private final UserService users;
    private final UnitAccounts accounts;
    private final Map<String, String> bodies;
    private final Map<String, String> categories;

    MyUnitView(UnitService units, UserService users, UnitAccounts accounts, PolicyService policies) {
        this.units = units;
        this.users = users;
        this.accounts = accounts;
        this.bodies = policies.recommendingBodyNames(getLocale());
        this.categories = UnitTexts.categoryNames(policies, getLocale());
        addClassName("my-unit-view");
        show();
    }

    private void show() {
        removeAll();
        UserAccount me = users.currentUser().orElseThrow();
        Unit unit = me.getUnitId() == null ? null : units.find(me.getUnitId()).orElse(null);
        if (unit == null) {
            add(new Paragraph(getTranslation("application.noUnit")));
            return;
        }
        Paragraph state = new Paragraph(switch (unit.getState()) {
            case PENDING -> getTranslation("units.my.pending", unit.getConfirmingBodyCode() == null
                    ? getTranslation("units.confirmingBody.bureau")
                    : bodies.getOrDefault(unit.getConfirmingBodyCode(), unit.getConfirmingBodyCode()));
            case REFUSED -> getTranslation("units.my.refused", String.valueOf(unit.getRefusalReason()));
            case CONFIRMED -> getTranslation("units.my.confirmed");
        });
        state.setId("my-unit-state");
        state.addClassName("unit-state-" + unit.getState().name().toLowerCase(java.util.Locale.ROOT));
        add(state, new UnitParticulars(units, unit, bodies, categories));

        boolean admin = me.isUnitAdministrator() && unit.getState() == UnitState.CONFIRMED;
        add(new H3(getTranslation("units.tab.users")));
        Grid<UserAccount> grid = UnitUsersGrid.readOnly(accounts.unitUsers(unit.getId()));
        if (admin) {
            grid.addComponentColumn(u -> {
                if (u.getId().equals(me.getId())) {
                    return new Span();
                }
                Button toggle = new Button(getTranslation(u.isEnabled() ? "user.disable" : "user.enable"), e -> {
                    try {
                        accounts.setColleagueEnabled(u.getId(), u.getVersion(), !u.isEnabled());
                        show();
                    } catch (RuntimeException ex) {
                        Messages.error(this, "error.message", Messages.describe(this, ex));
                    }
                });
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, u.isEnabled() ? ButtonVariant.LUMO_ERROR
                        : ButtonVariant.LUMO_SUCCESS);
                toggle.setId("toggle-" + u.getUsername());
                return toggle;
            }).setHeader(getTranslation("units.users.actions"));
            Button invite = new Button(getTranslation("units.invite"), e -> invite());
            invite.setId("unit-invite");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button change = new Button(getTranslation("units.change.request"), e -> requestChange(unit));
            change.setId("unit-change-request");
            change.setEnabled(!unit.hasChangeRequest());
            add(new HorizontalLayout(invite, change));
        }
        add(grid);
        if (unit.getState() == UnitState.CONFIRMED) {
            add(new H3(getTranslation("units.tab.history")));
            long id = unit.getId();
            HistoryGrid history = new HistoryGrid(String.valueOf(id),
                    (subject, page) -> units.history(id, page).getContent(),
                    subject -> units.history(id, PageRequest.of(0, 1)).getTotalElements());
            history.setHeight("16em");
            add(history);
        }
    }

    private void invite() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("units.invite"));
        TextField username = new TextField(getTranslation("user.username"));
        username.setId("invite-username");
        username.setHelperText(getTranslation("user.username.help"));
        TextField displayName = new TextField(getTranslation("user.displayName"));
        displayName.setId("invite-displayName");
        EmailField email = new EmailField(getTranslation("user.email"));
        TextField phone = new TextField(getTranslation("user.phone"));
        dialog.add(new FormLayout(username, displayName, email, phone));
        Button ok = new Button(getTranslation("units.invite"), e -> {
            username.setInvalid(false);
            displayName.setInvalid(false);
            if (displayName.getValue().isBlank()) {
                displayName.setErrorMessage(getTranslation("user.displayName.required"));
                displayName.setInvalid(true);
                return;
            }
            try {
                CreatedCredentials created = accounts.inviteColleague(new UserDraft(username.getValue().strip(),
                        displayName.getValue(), email.getValue(), phone.getValue(), Role.APPLICANT, null, null));
                dialog.close();
                show();
                showPassword(created);
            } catch (jakarta.validation.ConstraintViolationException ex) {
                username.setErrorMessage(getTranslation("user.username.pattern"));
                username.setInvalid(true);
            } catch (BusinessException ex) {
                TextField target = "displayName".equals(ex.getField()) ? displayName : username;
                target.setErrorMessage(Messages.describe(this, ex));
                target.setInvalid(true);
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        ok.setId("invite-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void showPassword(CreatedCredentials created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("user.oneTimePassword.title"));
        Span password = new Span(created.oneTimePassword());
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("user.oneTimePassword.text",
                created.user().getUsername())), password));
        Button ok = new Button(getTranslation("action.close"), e -> dialog.close());
        ok.setId("one-time-password-close");
        dialog.getFooter().add(ok);
        dialog.open();
    }

    private void requestChange(Unit unit) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("units.change.request"));
        TextField name = new TextField(getTranslation("units.change.requestedName"));
        name.setValue(unit.getName());
        name.setMaxLength(200);
        name.setWidthFull();
        ComboBox<String> division = new ComboBox<>(getTranslation("units.change.requestedDivision"));
        division.setItems(List.copyOf(bodies.keySet()));
        division.setItemLabelGenerator(c -> bodies.getOrDefault(c, c));
        division.setValue(unit.getRecommendingBodyCode());
        dialog.add(new FormLayout(name, division), new Paragraph(getTranslation("units.change.help")));
        Button ok = new Button(getTranslation("units.change.submit"), e -> {
            try {
                units.requestChange(unit.getId(), unit.getVersion(), name.getValue(), division.getValue());
                dialog.close();
                Messages.success(this, "units.change.requested");
                show();
            } catch (BusinessException ex) {
                name.setErrorMessage(Messages.describe(this, ex));
                name.setInvalid(true);
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.myUnit");
    }
}
