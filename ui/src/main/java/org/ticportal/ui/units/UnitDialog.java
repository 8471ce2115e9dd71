package org.ticportal.ui.units;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.unit.UnitState;
import org.ticportal.core.user.UnitAccounts;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Messages;

/**
 * One unit: its particulars, users and history; its confirming body confirms or refuses a pending registration and
 * approves or refuses a change of name or division here. Decisions send the version the reviewer saw.
 */
class UnitDialog extends Dialog {

    private final UnitService units;
    private final Runnable onChange;
    private Unit unit;

    UnitDialog(UnitService units, UnitAccounts accounts, Map<String, String> bodies, Map<String, String> categories,
               long unitId, Runnable onChange) {
        this.units = units;
        this.onChange = onChange;
        this.unit = units.find(unitId).orElseThrow();
        setHeaderTitle(unit.getName());
        setWidth("min(64em, 95vw)");
        addClassName("unit-dialog");

        HistoryGrid history = new HistoryGrid(String.valueOf(unitId),
                (subject, page) -> units.history(unitId, page).getContent(),
                subject -> units.history(unitId, PageRequest.of(0, 1)).getTotalElements());
        history.setHeight("20em");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("units.tab.particulars"), new UnitParticulars(units, unit, bodies, categories));
        tabs.add(getTranslation("units.tab.users"), UnitUsersGrid.readOnly(accounts.unitUsers(unitId)));
        tabs.add(getTranslation("units.tab.history"), history);
        tabs.setWidthFull();
        add(tabs);

        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
        if (units.mayDecide(unit) && unit.getState() == UnitState.PENDING) {
            Button refuse = new Button(getTranslation("units.refuse"), e -> refuse());
            refuse.setId("unit-refuse");
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button confirm = new Button(getTranslation("units.confirm"), e -> confirm());
            confirm.setId("unit-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            getFooter().add(refuse, confirm);
        }
        if (units.mayDecide(unit) && unit.hasChangeRequest()) {
            Button refuseChange = new Button(getTranslation("units.change.refuse"), e -> decideChange(false));
            refuseChange.setId("unit-change-refuse");
            Button approveChange = new Button(getTranslation("units.change.approve"), e -> decideChange(true));
            approveChange.setId("unit-change-approve");
            approveChange.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(refuseChange, approveChange);
        }
    }

    private void confirm() {
        try {
            unit = units.confirm(unit.getId(), unit.getVersion());
            onChange.run();
            Messages.success(this, "units.confirmed", unit.getName());
            close();
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void refuse() {
        askReason("units.refuse", "unit-refuse", reason -> {
            unit = units.refuse(unit.getId(), unit.getVersion(), reason);
            Messages.success(this, "units.refused", unit.getName());
        });
    }

    /** Asks for the reason of a refusal; a refusal the server refuses shows its message at the reason field. */
    private void askReason(String titleKey, String idPrefix, java.util.function.Consumer<String> decide) {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation("units.refuse.reason"));
        reason.setId(idPrefix + "-reason");
        reason.setMaxLength(1000);
        reason.setWidth("28em");
        ask.add(reason);
        Button ok = new Button(getTranslation(titleKey), e -> {
            try {
                decide.accept(reason.getValue());
                onChange.run();
                ask.close();
                close();
            } catch (org.ticportal.core.common.BusinessException b) {
                reason.setErrorMessage(Messages.describe(this, b));
                reason.setInvalid(true);
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        ok.setId(idPrefix + "-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ask.getFooter().add(new Button(getTranslation("action.cancel"), e -> ask.close()), ok);
        ask.open();
    }

    private void decideChange(boolean approve) {
        if (!approve) {
            askReason("units.change.refuse", "unit-change-refuse", reason -> {
                unit = units.decideChange(unit.getId(), unit.getVersion(), false, reason);
                Messages.success(this, "units.change.refused");
            });
            return;
        }
        try {
            unit = units.decideChange(unit.getId(), unit.getVersion(), approve, null);
            onChange.run();
            Messages.success(this, approve ? "units.change.approved" : "units.change.refused");
            close();
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }
}
