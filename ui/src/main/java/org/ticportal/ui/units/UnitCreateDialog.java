package org.ticportal.ui.units;

import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.registration.RegistrationChoices.JurisdictionChoice;
import org.ticportal.core.registration.RegistrationChoices.Option;
import org.ticportal.core.registration.RegistrationService;
import org.ticportal.core.unit.UnitProfile;
import org.ticportal.core.unit.UnitService;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.ui.base.Messages;

/**
 * 新建单位: a unit entered by hand by an administrator or bureau staff, confirmed at once. Its first user, created in
 * 用户管理, becomes its administrator.
 */
class UnitCreateDialog extends Dialog {

    private final UnitService units;
    private final Runnable onChange;
    private final Select<JurisdictionChoice> jurisdiction = new Select<>();
    private final ComboBox<Option> division = new ComboBox<>();
    private final Select<Option> category = new Select<>();
    private final TextField name = new TextField();
    private final TextField creditCode = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();
    private final EmailField contactEmail = new EmailField();

    UnitCreateDialog(UnitService units, RegistrationService registrations, Runnable onChange) {
        this.units = units;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("units.new"));
        setWidth("min(48em, 95vw)");
        List<JurisdictionChoice> choices = registrations.choices().jurisdictions();
        jurisdiction.setLabel(getTranslation("register.jurisdiction"));
        jurisdiction.setItems(choices);
        jurisdiction.setItemLabelGenerator(j -> j == null ? "" : j.name().get(getLocale()));
        jurisdiction.addValueChangeListener(e -> {
            division.setItems(e.getValue() == null ? List.of() : e.getValue().divisions());
            category.setItems(e.getValue() == null ? List.of() : e.getValue().categories());
        });
        division.setId("unit-new-division");
        division.setLabel(getTranslation("register.division"));
        division.setItemLabelGenerator(o -> o.name().get(getLocale()) + (o.direct()
                ? getTranslation("register.division.direct") : ""));
        category.setLabel(getTranslation("register.category"));
        category.setItemLabelGenerator(o -> o == null ? "" : o.name().get(getLocale()));
        name.setId("unit-new-name");
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(200);
        creditCode.setId("unit-new-creditCode");
        creditCode.setLabel(getTranslation("register.creditCode"));
        creditCode.setMaxLength(18);
        contactName.setLabel(getTranslation("register.contactName"));
        contactPhone.setLabel(getTranslation("register.contactPhone"));
        contactEmail.setLabel(getTranslation("register.contactEmail"));
        if (!choices.isEmpty()) {
            jurisdiction.setValue(choices.get(0));
        }
        FormLayout form = new FormLayout(jurisdiction, division, name, creditCode, category, contactName,
                contactPhone, contactEmail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("unit-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), save);
    }

    private void save() {
        for (HasValidation f : List.<HasValidation>of(name, creditCode, division)) {
            f.setInvalid(false);
        }
        String code = creditCode.getValue().strip().toUpperCase(java.util.Locale.ROOT);
        if (name.getValue().isBlank()) {
            error(name, getTranslation("registration.name.required"));
            return;
        }
        if (!CreditCode.isValid(code)) {
            error(creditCode, getTranslation("registration.creditCode.invalid", code));
            return;
        }
        Option body = division.getValue();
        if (body == null || jurisdiction.getValue() == null) {
            error(division, getTranslation("registration.division.unknown"));
            return;
        }
        try {
            units.create(new UnitProfile(name.getValue(), code, body.code(), jurisdiction.getValue().code(),
                    body.direct() ? null : body.code(), category.getValue() == null ? null : category.getValue().code(),
                    new UnitProfile.Contact(blank(contactName.getValue()), blank(contactPhone.getValue()),
                            blank(contactEmail.getValue()))));
            onChange.run();
            Messages.success(this, "units.created", name.getValue());
            close();
        } catch (BusinessException e) {
            if ("creditCode".equals(e.getField())) {
                error(creditCode, Messages.describe(this, e));
            } else {
                Messages.error(this, "error.message", Messages.describe(this, e));
            }
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void error(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
