package org.ticportal.ui.units;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.registration.Challenge;
import org.ticportal.core.registration.RegistrationChoices;
import org.ticportal.core.registration.RegistrationChoices.JurisdictionChoice;
import org.ticportal.core.registration.RegistrationChoices.Option;
import org.ticportal.core.registration.RegistrationService;
import org.ticportal.core.registration.UnitRegistration;
import org.ticportal.core.unit.Unit;
import org.ticportal.ui.base.LanguageSwitch;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;

/**
 * 单位注册: the public page (no login) where a unit registers itself with its first user, who becomes its
 * administrator. The choices come from every jurisdiction whose policy is active; the server checks everything again
 * (a question kept in the session, a rate limit per address, the licence scan by its content and size) and its
 * refusals show at their fields.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    static final String CHALLENGE = RegisterView.class.getName() + ".challenge";

    private final RegistrationService registrations;

    private final Select<JurisdictionChoice> jurisdiction = new Select<>();
    private final ComboBox<Option> division = new ComboBox<>();
    private final Select<Option> category = new Select<>();
    private final TextField name = new TextField();
    private final TextField creditCode = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final TextField answer = new TextField();
    private final Span licenceError = new Span();
    private final Span licenceName = new Span();
    private final Div form = new Div();
    private byte @Nullable [] licence;
    private @Nullable String licenceFile;

    RegisterView(RegistrationService registrations) {
        this.registrations = registrations;
        addClassName("register-view");
        setAlignItems(Alignment.CENTER);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        H2 heading = new H2(getTranslation("register.title"));
        Paragraph intro = new Paragraph(getTranslation("register.intro"));
        intro.addClassName("field-help");

        RegistrationChoices choices = registrations.choices();
        jurisdiction.setId("register-jurisdiction");
        jurisdiction.setLabel(getTranslation("register.jurisdiction"));
        jurisdiction.setItems(choices.jurisdictions());
        jurisdiction.setItemLabelGenerator(j -> j == null ? "" : j.name().get(getLocale()) + "（"
                + j.policy().get(getLocale()) + "）");
        division.setId("register-division");
        division.setLabel(getTranslation("register.division"));
        division.setHelperText(getTranslation("register.division.help"));
        division.setItemLabelGenerator(o -> o.name().get(getLocale()) + (o.direct()
                ? getTranslation("register.division.direct") : ""));
        category.setId("register-category");
        category.setLabel(getTranslation("register.category"));
        category.setItemLabelGenerator(o -> o == null ? "" : o.name().get(getLocale()));
        jurisdiction.addValueChangeListener(e -> choose(e.getValue()));

        name.setId("register-name");
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(200);
        name.setRequired(true);
        creditCode.setId("register-creditCode");
        creditCode.setLabel(getTranslation("register.creditCode"));
        creditCode.setHelperText(getTranslation("register.creditCode.help"));
        creditCode.setMaxLength(18);
        creditCode.setRequired(true);
        contactName.setId("register-contactName");
        contactName.setLabel(getTranslation("register.contactName"));
        contactName.setMaxLength(100);
        contactPhone.setId("register-contactPhone");
        contactPhone.setLabel(getTranslation("register.contactPhone"));
        contactPhone.setMaxLength(32);
        contactEmail.setId("register-contactEmail");
        contactEmail.setLabel(getTranslation("register.contactEmail"));
        contactEmail.setMaxLength(200);
        username.setId("register-username");
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setMaxLength(64);
        displayName.setId("register-displayName");
        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setMaxLength(100);
        password.setId("register-password");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setMaxLength(128);
        passwordAgain.setId("register-passwordAgain");
        passwordAgain.setLabel(getTranslation("register.passwordAgain"));
        passwordAgain.setMaxLength(128);
        answer.setId("register-answer");
        answer.setMaxLength(4);

        int maxMb = registrations.licenceMaxMb();
        Span licenceLabel = new Span(getTranslation("register.licence") + " *");
        licenceLabel.addClassName("attachment-label");
        Span licenceHint = new Span(getTranslation("register.licence.help", maxMb));
        licenceHint.addClassName("field-help");
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            byte[] bytes = Uploads.readAtMost(event.getInputStream(), maxMb * 1024L * 1024L + 1);
            String file = event.getFileName();
            ui.access(() -> {
                licence = bytes;
                licenceFile = file;
                licenceName.setText(file);
                licenceError.setVisible(false);
            });
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("register-licence");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxMb * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(e -> showLicenceError(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            licence = null;
            licenceFile = null;
            licenceName.setText("");
        });
        licenceName.setId("register-licence-name");
        licenceError.addClassName("field-error");
        licenceError.setId("register-licence-error");
        licenceError.setVisible(false);

        FormLayout unitForm = new FormLayout(jurisdiction, division, name, creditCode, category, contactName,
                contactPhone, contactEmail);
        unitForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        FormLayout accountForm = new FormLayout(username, displayName, password, passwordAgain);
        accountForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2));
        Button submit = new Button(getTranslation("register.submit"), e -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor back = new Anchor("login", getTranslation("register.toLogin"));
        back.setId("register-to-login");

        form.add(new H2(getTranslation("register.section.unit")), unitForm,
                new VerticalLayout(licenceLabel, licenceHint, upload, licenceName, licenceError),
                new H2(getTranslation("register.section.account")), accountForm, answer, submit);
        form.addClassName("register-form");
        form.setMaxWidth("60em");
        form.setWidthFull();
        add(title, heading, intro, form, back, new LanguageSwitch());

        if (choices.jurisdictions().isEmpty()) {
            form.setVisible(false);
            add(new Paragraph(getTranslation("register.closed")));
        } else {
            jurisdiction.setValue(choices.jurisdictions().get(0));
        }
        newChallenge();
    }

    private void choose(@Nullable JurisdictionChoice choice) {
        division.setItems(choice == null ? List.of() : choice.divisions());
        division.clear();
        category.setItems(choice == null ? List.of() : choice.categories());
        category.setVisible(choice != null && !choice.categories().isEmpty());
    }

    private void newChallenge() {
        Challenge challenge = Challenge.next();
        VaadinSession.getCurrent().setAttribute(CHALLENGE, challenge);
        answer.setLabel(getTranslation("register.challenge", challenge.left(), challenge.right()));
        answer.clear();
    }

    private void submit() {
        clearErrors();
        if (!password.getValue().equals(passwordAgain.getValue())) {
            fieldError("passwordAgain", getTranslation("register.password.mismatch"));
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Challenge challenge = (Challenge) session.getAttribute(CHALLENGE);
        // each question is answered once, right or wrong
        session.setAttribute(CHALLENGE, null);
        JurisdictionChoice chosen = jurisdiction.getValue();
        UnitRegistration registration = new UnitRegistration(name.getValue(), creditCode.getValue(),
                chosen == null ? "" : chosen.code(), division.getValue() == null ? "" : division.getValue().code(),
                category.getValue() == null ? null : category.getValue().code(), contactName.getValue(),
                contactPhone.getValue(), contactEmail.getValue(), username.getValue(), displayName.getValue(),
                password.getValue());
        byte[] scan = licence;
        InputStream content = scan == null ? null : new ByteArrayInputStream(scan);
        try {
            Unit unit = registrations.register(registration, challenge, answer.getValue(), licenceFile, content,
                    session.getBrowser().getAddress() == null ? "unknown" : session.getBrowser().getAddress());
            done(unit, registration.username());
        } catch (BusinessException e) {
            newChallenge();
            String message = Messages.describe(this, e);
            if (e.getField() == null) {
                Messages.error(this, "error.message", message);
            } else {
                fieldError(e.getField(), message);
            }
        } catch (RuntimeException e) {
            newChallenge();
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void done(Unit unit, String user) {
        form.removeAll();
        Paragraph text = new Paragraph(getTranslation("register.done", unit.getName(), user));
        text.setId("register-done");
        Anchor login = new Anchor("login", getTranslation("register.toLogin"));
        form.add(new H2(getTranslation("register.done.title")), text, login);
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
        licenceError.setVisible(false);
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("jurisdiction", jurisdiction), Map.entry("division", division),
                Map.entry("category", category), Map.entry("name", name), Map.entry("creditCode", creditCode),
                Map.entry("contactName", contactName), Map.entry("contactPhone", contactPhone),
                Map.entry("contactEmail", contactEmail), Map.entry("username", username),
                Map.entry("displayName", displayName), Map.entry("password", password),
                Map.entry("passwordAgain", passwordAgain), Map.entry("challenge", answer));
    }

    private void fieldError(String field, String message) {
        if ("licence".equals(field)) {
            showLicenceError(message);
            return;
        }
        HasValidation target = fields().get(field);
        if (target == null) {
            Messages.error(this, "error.message", message);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private void showLicenceError(String message) {
        licenceError.setText(message);
        licenceError.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "register.title");
    }
}
