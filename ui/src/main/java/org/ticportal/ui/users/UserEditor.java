package org.ticportal.ui.users;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.CreatedCredentials;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Messages;

/**
 * The user editor: profile, role and scope; enable/disable, password reset and lifting a lock-out; the user's history. Saves send the
 * version the administrator saw, so a concurrent change is refused instead of overwritten. The server validates
 * everything again and its refusals show at the field they concern.
 */
class UserEditor extends Dialog {

    private final UserService users;
    private final Runnable onChange;
    private @Nullable UserAccount user;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<String> body = new ComboBox<>();
    private final ComboBox<String> jurisdiction = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();

    UserEditor(UserService users, UnitService units, PolicyService policies, JurisdictionPolicyService jurisdictions,
               AuditService audit, @Nullable Long userId, Runnable onChange) {
        this.users = users;
        this.onChange = onChange;
        this.user = userId == null ? null : users.get(userId);
        Locale locale = getLocale();
        setHeaderTitle(getTranslation(user == null ? "user.new" : "user.edit"));
        setWidth("min(56em, 95vw)");
        addClassName("user-editor");

        username.setId("user-username");
        username.setLabel(getTranslation("user.username"));
        username.setRequired(true);
        username.setPattern("[a-zA-Z0-9._-]{3,64}");
        username.setHelperText(getTranslation("user.username.help"));
        displayName.setId("user-displayName");
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setRequired(true);
        displayName.setMaxLength(100);
        email.setLabel(getTranslation("user.email"));
        phone.setLabel(getTranslation("user.phone"));
        role.setId("user-role");
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.setRequiredIndicatorVisible(true);
        body.setId("user-body");
        body.setLabel(getTranslation("user.body"));
        Map<String, String> bodies = policies.recommendingBodyNames(locale);
        body.setItems(List.copyOf(bodies.keySet()));
        body.setItemLabelGenerator(code -> code + " " + bodies.getOrDefault(code, ""));
        jurisdiction.setId("user-jurisdiction");
        jurisdiction.setLabel(getTranslation("user.jurisdiction"));
        jurisdiction.setHelperText(getTranslation("user.jurisdiction.help"));
        jurisdiction.setClearButtonVisible(true);
        Map<String, String> jurisdictionNames = new java.util.LinkedHashMap<>();
        jurisdictions.jurisdictions().forEach(j -> jurisdictionNames.put(j.code(), j.name().get(locale)));
        jurisdiction.setItems(List.copyOf(jurisdictionNames.keySet()));
        jurisdiction.setItemLabelGenerator(code -> code + " " + jurisdictionNames.getOrDefault(code, ""));
        unit.setId("user-unit");
        unit.setLabel(getTranslation("user.unit"));
        unit.setItemLabelGenerator(u -> u.getName() + "（" + u.getCreditCode() + "）");
        unit.setItems(query -> units.search(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        role.addValueChangeListener(e -> showScopeFields(e.getValue()));

        FormLayout form = new FormLayout(username, displayName, role, body, unit, jurisdiction, email, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);

        if (user == null) {
            role.setValue(Role.APPLICANT);
            add(form);
            getFooter().add(save);
        } else {
            fill(user);
            if (user.getUnitId() != null) {
                units.find(user.getUnitId()).ifPresent(unit::setValue);
            }
            username.setReadOnly(true);
            Button toggle = new Button(getTranslation(user.isEnabled() ? "user.disable" : "user.enable"),
                    e -> toggleEnabled());
            toggle.setId("user-toggle");
            toggle.addThemeVariants(user.isEnabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            Button reset = new Button(getTranslation("user.resetPassword"), e -> resetPassword());
            reset.setId("user-reset");
            getFooter().add(toggle, reset);
            if (user.isLockedAt(Instant.now())) {
                Button unlock = new Button(getTranslation("user.unlock"), e -> unlock());
                unlock.setId("user-unlock");
                getFooter().add(unlock);
            }
            getFooter().add(save);
            String id = String.valueOf(user.getId());
            HistoryGrid history = new HistoryGrid(id,
                    (subject, page) -> audit.history(AuditSubject.USER, subject, page).getContent(),
                    subject -> audit.history(AuditSubject.USER, subject,
                            PageRequest.of(0, 1)).getTotalElements());
            history.setHeight("24em");
            TabSheet tabs = new TabSheet();
            tabs.add(getTranslation("user.tab.profile"), form);
            tabs.add(getTranslation("user.tab.history"), history);
            tabs.setWidthFull();
            add(tabs);
        }
        showScopeFields(role.getValue());
    }

    private void fill(UserAccount account) {
        username.setValue(account.getUsername());
        displayName.setValue(account.getDisplayName());
        email.setValue(account.getEmail() == null ? "" : account.getEmail());
        phone.setValue(account.getPhone() == null ? "" : account.getPhone());
        role.setValue(account.getRole());
        body.setValue(account.getRecommendingBodyCode());
        jurisdiction.setValue(account.getJurisdictionCode());
    }

    private void showScopeFields(@Nullable Role selected) {
        body.setVisible(selected != null && selected.needsRecommendingBody());
        body.setRequired(body.isVisible());
        unit.setVisible(selected != null && selected.needsUnit());
        unit.setRequired(unit.isVisible());
        jurisdiction.setVisible(selected == Role.BUREAU);
    }

    private UserDraft draft() {
        return new UserDraft(username.getValue().trim(), displayName.getValue(), email.getValue(), phone.getValue(),
                role.getValue(), body.getValue(),
                unit.getValue() != null ? unit.getValue().getId() : user == null ? null : user.getUnitId(),
                jurisdiction.getValue());
    }

    private void save() {
        clearErrors();
        if (username.isEmpty()) {
            fieldError("username", getTranslation("user.username.required"));
            return;
        }
        if (displayName.isEmpty()) {
            fieldError("displayName", getTranslation("user.displayName.required"));
            return;
        }
        try {
            if (user == null) {
                CreatedCredentials created = users.create(draft());
                onChange.run();
                close();
                showOneTimePassword(created);
            } else {
                user = users.update(user.getId(), user.getVersion(), draft());
                onChange.run();
                Messages.success(this, "user.saved");
                close();
            }
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String path = violation.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                String template = violation.getMessageTemplate();
                String message = template.startsWith("{") ? getTranslation(template.substring(1, template.length() - 1))
                        : violation.getMessage();
                fieldError(field, message);
            }
        } catch (BusinessException e) {
            if (e.getField() != null) {
                fieldError(e.getField(), Messages.describe(this, e));
            } else {
                Messages.error(this, e.getMessageKey(), e.getArguments());
            }
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void toggleEnabled() {
        UserAccount current = user;
        if (current == null) {
            return;
        }
        try {
            users.setEnabled(current.getId(), current.getVersion(), !current.isEnabled(), null);
            onChange.run();
            Messages.success(this, current.isEnabled() ? "user.disabledNow" : "user.enabledNow");
            close();
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void unlock() {
        UserAccount current = user;
        if (current == null) {
            return;
        }
        try {
            users.unlock(current.getId());
            onChange.run();
            Messages.success(this, "user.unlockedNow");
            close();
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void resetPassword() {
        UserAccount current = user;
        if (current == null) {
            return;
        }
        try {
            CreatedCredentials reset = users.resetPassword(current.getId(), current.getVersion());
            onChange.run();
            close();
            showOneTimePassword(reset);
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void showOneTimePassword(CreatedCredentials credentials) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("user.oneTimePassword.title"));
        Span password = new Span(credentials.oneTimePassword());
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        dialog.add(new VerticalLayout(
                new Paragraph(getTranslation("user.oneTimePassword.text", credentials.user().getUsername())),
                password));
        Button ok = new Button(getTranslation("action.close"), e -> dialog.close());
        ok.setId("one-time-password-close");
        dialog.getFooter().add(ok);
        dialog.open();
    }

    private void clearErrors() {
        for (HasValidation field : Arrays.<HasValidation>asList(username, displayName, email, phone, role, body, unit)) {
            field.setInvalid(false);
        }
    }

    private void fieldError(String field, String message) {
        HasValidation target = switch (field) {
            case "username" -> username;
            case "displayName" -> displayName;
            case "email" -> email;
            case "phone" -> phone;
            case "role" -> role;
            case "recommendingBodyCode" -> body;
            case "unitId" -> unit;
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
