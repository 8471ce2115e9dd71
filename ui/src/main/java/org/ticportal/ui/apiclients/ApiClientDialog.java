package org.ticportal.ui.apiclients;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.apiclient.ApiClientDraft;
import org.ticportal.core.apiclient.ApiClientService;
import org.ticportal.core.apiclient.CreatedApiClient;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.registration.RegistrationChoices;
import org.ticportal.ui.base.Messages;

/**
 * 新建客户端: the client's name and its scope — a jurisdiction, and optionally one of its divisions (a county client
 * sees what that county's reviewer sees); the created client goes to {@code onCreated} with its token.
 */
class ApiClientDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<RegistrationChoices.JurisdictionChoice> jurisdiction = new Select<>();
    private final Select<RegistrationChoices.Option> division = new Select<>();

    ApiClientDialog(ApiClientService clients, List<RegistrationChoices.JurisdictionChoice> jurisdictions,
                    Consumer<CreatedApiClient> onCreated) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("apiClients.new"));
        setWidth("32rem");
        name.setLabel(getTranslation("apiClients.name"));
        name.setId("api-client-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("apiClients.name.help"));
        jurisdiction.setLabel(getTranslation("apiClients.jurisdiction"));
        jurisdiction.setId("api-client-jurisdiction");
        jurisdiction.setItems(jurisdictions);
        jurisdiction.setItemLabelGenerator(j -> j.name().get(locale) + " (" + j.code() + ")");
        jurisdiction.setRequiredIndicatorVisible(true);
        division.setLabel(getTranslation("apiClients.division"));
        division.setId("api-client-division");
        division.setEmptySelectionAllowed(true);
        division.setEmptySelectionCaption(getTranslation("apiClients.division.all"));
        division.setItemLabelGenerator(d -> d == null ? getTranslation("apiClients.division.all")
                : d.name().get(locale) + " (" + d.code() + ")");
        division.setHelperText(getTranslation("apiClients.division.help"));
        division.setEnabled(false);
        jurisdiction.addValueChangeListener(e -> {
            division.setItems(e.getValue() == null ? List.of()
                    : e.getValue().divisions().stream().filter(d -> !d.direct()).toList());
            division.setEnabled(e.getValue() != null);
        });
        if (jurisdictions.size() == 1) {
            jurisdiction.setValue(jurisdictions.getFirst());
        }
        FormLayout form = new FormLayout(name, jurisdiction, division);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph readOnly = new Paragraph(getTranslation("apiClients.readOnly"));
        readOnly.addClassName("field-help");
        add(form, readOnly);

        Button create = new Button(getTranslation("apiClients.create"), e -> {
            name.setInvalid(false);
            jurisdiction.setInvalid(false);
            division.setInvalid(false);
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("apiClients.name.required"));
                name.setInvalid(true);
                return;
            }
            if (jurisdiction.getValue() == null) {
                jurisdiction.setErrorMessage(getTranslation("apiClients.jurisdiction.required"));
                jurisdiction.setInvalid(true);
                return;
            }
            try {
                CreatedApiClient created = clients.create(new ApiClientDraft(name.getValue(),
                        jurisdiction.getValue().code(), divisionCode()));
                close();
                onCreated.accept(created);
            } catch (BusinessException ex) {
                String message = Messages.describe(this, ex);
                if ("divisionCode".equals(ex.getField())) {
                    division.setErrorMessage(message);
                    division.setInvalid(true);
                } else {
                    jurisdiction.setErrorMessage(message);
                    jurisdiction.setInvalid(true);
                }
            } catch (RuntimeException ex) {
                Messages.error(this, "apiClients.failed", Messages.describe(this, ex));
            }
        });
        create.setId("api-client-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
    }

    private @Nullable String divisionCode() {
        return division.getValue() == null ? null : division.getValue().code();
    }
}
