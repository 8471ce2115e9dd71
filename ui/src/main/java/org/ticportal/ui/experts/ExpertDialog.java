package org.ticportal.ui.experts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.expert.Expert;
import org.ticportal.core.expert.ExpertDraft;
import org.ticportal.core.expert.ExpertService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.Messages;

/**
 * Adds or edits an expert of the pool. Saves send the version the user saw; the server's refusals show at the field
 * they concern. A new expert with a user name gets a login whose one-time password is shown once.
 */
class ExpertDialog extends Dialog {

    private final ExpertService experts;
    private final @Nullable Expert expert;
    private final Runnable onChange;

    private final Select<String> jurisdiction = new Select<>();
    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final TextField creditCode = new TextField();
    private final Select<String> titleLevel = new Select<>();
    private final MultiSelectComboBox<String> fields = new MultiSelectComboBox<>();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox active = new Checkbox();
    private final TextField username = new TextField();

    ExpertDialog(ExpertService experts, List<String> jurisdictions, @Nullable Expert expert, Runnable onChange) {
        this.experts = experts;
        this.expert = expert;
        this.onChange = onChange;
        setHeaderTitle(getTranslation(expert == null ? "expert.new" : "expert.edit"));
        setId("expert-dialog");
        jurisdiction.setLabel(getTranslation("expert.jurisdiction"));
        jurisdiction.setItems(jurisdictions);
        jurisdiction.addValueChangeListener(e -> choices(e.getValue()));
        name.setLabel(getTranslation("expert.name"));
        name.setId("expert-name");
        name.setMaxLength(50);
        unit.setLabel(getTranslation("expert.unit"));
        unit.setId("expert-unit");
        creditCode.setLabel(getTranslation("expert.creditCode"));
        creditCode.setId("expert-credit-code");
        titleLevel.setLabel(getTranslation("expert.titleLevel"));
        titleLevel.setId("expert-title-level");
        fields.setLabel(getTranslation("expert.fields"));
        fields.setId("expert-fields");
        phone.setLabel(getTranslation("expert.phone"));
        email.setLabel(getTranslation("expert.email"));
        active.setLabel(getTranslation("expert.active"));
        active.setValue(true);
        username.setLabel(getTranslation("expert.username"));
        username.setId("expert-username");
        username.setHelperText(getTranslation("expert.username.help"));
        FormLayout form = new FormLayout(jurisdiction, name, unit, creditCode, titleLevel, fields, phone, email, active);
        if (expert == null) {
            form.add(username);
            jurisdiction.setValue(jurisdictions.isEmpty() ? null : jurisdictions.get(0));
        } else {
            jurisdiction.setValue(expert.getJurisdictionCode());
            jurisdiction.setReadOnly(true);
            ExpertDraft d = expert.toDraft();
            name.setValue(d.name());
            unit.setValue(d.unitName());
            creditCode.setValue(d.unitCreditCode() == null ? "" : d.unitCreditCode());
            titleLevel.setValue(d.titleLevel());
            fields.setValue(new java.util.LinkedHashSet<>(d.fields()));
            phone.setValue(d.phone() == null ? "" : d.phone());
            email.setValue(d.email() == null ? "" : d.email());
            active.setValue(d.active());
        }
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("expert-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void choices(@Nullable String code) {
        if (code == null) {
            return;
        }
        Locale locale = getLocale();
        Map<String, LocalizedText> levels = experts.titleLevels(code);
        titleLevel.setItems(List.copyOf(levels.keySet()));
        titleLevel.setItemLabelGenerator(c -> levels.containsKey(c) ? levels.get(c).get(locale) : c);
        Map<String, LocalizedText> all = experts.fields(code);
        fields.setItems(List.copyOf(all.keySet()));
        fields.setItemLabelGenerator(c -> all.containsKey(c) ? all.get(c).get(locale) : c);
    }

    private ExpertDraft draft() {
        return new ExpertDraft(name.getValue(), unit.getValue(), creditCode.getValue(),
                titleLevel.getValue() == null ? "" : titleLevel.getValue(), List.copyOf(fields.getValue()),
                phone.getValue(), email.getValue(), active.getValue());
    }

    private void save() {
        for (HasValidation f : List.<HasValidation>of(name, unit, creditCode, titleLevel, fields, phone, email,
                username)) {
            f.setInvalid(false);
        }
        try {
            if (expert == null) {
                ExpertService.Created created = experts.create(jurisdiction.getValue(), draft(), username.getValue());
                onChange.run();
                close();
                if (created.login() != null) {
                    Dialog shown = new Dialog();
                    shown.setHeaderTitle(getTranslation("user.oneTimePassword.title"));
                    Span password = new Span(created.login().oneTimePassword());
                    password.setId("one-time-password");
                    shown.add(new VerticalLayout(new Paragraph(getTranslation("user.oneTimePassword.text",
                            created.login().user().getUsername())), password));
                    Button ok = new Button(getTranslation("action.close"), e -> shown.close());
                    ok.setId("one-time-password-close");
                    shown.getFooter().add(ok);
                    shown.open();
                } else {
                    Messages.success(this, "expert.saved");
                }
            } else {
                experts.update(expert.getId(), expert.getVersion(), draft());
                onChange.run();
                Messages.success(this, "expert.saved");
                close();
            }
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String path = violation.getPropertyPath().toString();
                String template = violation.getMessageTemplate();
                fieldError(path.substring(path.lastIndexOf('.') + 1), template.startsWith("{")
                        ? getTranslation(template.substring(1, template.length() - 1)) : violation.getMessage());
            }
        } catch (BusinessException e) {
            fieldError(e.getField() == null ? "" : e.getField(), Messages.describe(this, e));
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void fieldError(String field, String message) {
        HasValidation target = switch (field) {
            case "name" -> name;
            case "unitName" -> unit;
            case "unitCreditCode" -> creditCode;
            case "titleLevel" -> titleLevel;
            case "fields" -> fields;
            case "phone" -> phone;
            case "email" -> email;
            case "username" -> username;
            default -> null;
        };
        if (target == null) {
            Messages.error(this, "error.message", message);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
