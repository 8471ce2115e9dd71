package org.ticportal.ui.calls;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.ticportal.core.call.CallDraft;
import org.ticportal.core.call.CallOptions;
import org.ticportal.core.call.CallService;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.call.CallSummary;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;

/**
 * Opens or edits a call: jurisdiction (new calls only; its active policy is the call's), title, open and close time
 * (the portal's zone, China's time), a quota per recommending body where the policy allows quotas, the announcing document (PDF), and,
 * for an existing call, its history. Refusals show at the field they concern; an edit made meanwhile by someone else
 * is refused.
 */
class CallDialog extends Dialog {

    private final CallService calls;
    private final PortalTime time;
    private final Runnable saved;
    private @Nullable CallSummary call;
    private final Select<Jurisdiction> jurisdiction = new Select<>();
    private final TextField title = new TextField();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final FormLayout quotaFields = new FormLayout();
    private final Map<String, IntegerField> quotas = new LinkedHashMap<>();
    private final Span quotaError = new Span();
    private final Span documentName = new Span();
    private final Span documentError = new Span();
    private final Paragraph policy = new Paragraph();

    CallDialog(CallService calls, PortalTime time, @Nullable CallSummary call, Runnable saved) {
        this.calls = calls;
        this.time = time;
        this.call = call;
        this.saved = saved;
        Locale locale = UI.getCurrent().getLocale();
        setId("call-dialog");
        setHeaderTitle(getTranslation(call == null ? "calls.new" : "calls.edit"));
        setWidth("min(52em, 95vw)");

        jurisdiction.setLabel(getTranslation("calls.jurisdiction"));
        jurisdiction.setId("call-jurisdiction");
        List<Jurisdiction> managed = calls.managedJurisdictions();
        jurisdiction.setItems(managed);
        jurisdiction.setItemLabelGenerator(j -> j.name().get(locale));
        title.setLabel(getTranslation("calls.title"));
        title.setId("call-title");
        title.setMaxLength(200);
        title.setWidthFull();
        title.setRequired(true);
        for (DateTimePicker picker : List.of(opensAt, closesAt)) {
            picker.setLocale(locale);
            picker.setDatePickerI18n(DatePickers.localized(new DatePicker(), locale, this::getTranslation).getI18n());
            picker.setStep(java.time.Duration.ofMinutes(30));
            picker.setRequiredIndicatorVisible(true);
        }
        opensAt.setLabel(getTranslation("calls.opensAt.field"));
        opensAt.setId("call-opens");
        closesAt.setLabel(getTranslation("calls.closesAt.field"));
        closesAt.setId("call-closes");
        quotaError.addClassName("field-error");
        quotaError.setVisible(false);
        policy.addClassName("field-help");

        FormLayout form = new FormLayout(jurisdiction, title, opensAt, closesAt);
        form.setColspan(title, 2);
        Paragraph zone = new Paragraph(getTranslation("calls.zone"));
        zone.addClassName("field-help");
        H4 quotaHeading = new H4(getTranslation("calls.quotas"));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        com.vaadin.flow.component.orderedlayout.VerticalLayout details =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(form, zone, policy, quotaHeading,
                        quotaFields, quotaError, documentSection());
        details.setPadding(false);
        tabs.add(getTranslation("calls.details"), details);
        if (call != null) {
            HistoryGrid history = new HistoryGrid(Long.toString(call.id()),
                    (id, page) -> calls.history(Long.parseLong(id), page).getContent(),
                    id -> calls.history(Long.parseLong(id), PageRequest.of(0, 1)).getTotalElements());
            history.setId("call-history");
            history.setHeight("20em");
            tabs.add(getTranslation("calls.history"), history);
        }
        add(tabs);

        jurisdiction.addValueChangeListener(e -> showOptions(e.getValue()));
        if (call != null) {
            managed.stream().filter(j -> j.code().equals(call.jurisdictionCode())).findFirst()
                    .ifPresent(jurisdiction::setValue);
            jurisdiction.setReadOnly(true);
            title.setValue(call.title());
            opensAt.setValue(time.local(call.opensAt()));
            closesAt.setValue(time.local(call.closesAt()));
            call.quotas().forEach((code, quota) -> {
                IntegerField field = quotas.get(code);
                if (field != null) {
                    field.setValue(quota);
                }
            });
            documentName.setText(call.documentName() == null ? getTranslation("calls.document.none")
                    : call.documentName());
        } else if (!managed.isEmpty()) {
            jurisdiction.setValue(managed.getFirst());
        }

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("call-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("call-cancel");
        getFooter().add(cancel, save);
    }

    private com.vaadin.flow.component.Component documentSection() {
        H4 heading = new H4(getTranslation("calls.document"));
        Paragraph hint = new Paragraph(getTranslation("calls.document.hint", CallService.MAX_DOCUMENT_MB));
        hint.addClassName("field-help");
        documentError.addClassName("field-error");
        documentError.setVisible(false);
        documentName.setId("call-document-name");
        documentName.setText(getTranslation("calls.document.none"));
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            CallSummary current = call;
            if (current == null) {
                ui.access(() -> showDocumentError(getTranslation("calls.document.saveFirst")));
                return;
            }
            try {
                CallSummary updated = calls.attachDocument(current.id(), event.getFileName(), event.getInputStream());
                ui.access(() -> {
                    call = updated;
                    documentName.setText(updated.documentName());
                    documentError.setVisible(false);
                    saved.run();
                });
            } catch (RuntimeException ex) {
                String message = Messages.describe(this, ex);
                ui.access(() -> showDocumentError(message));
            }
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("call-document-upload");
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize(CallService.MAX_DOCUMENT_MB * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> showDocumentError(e.getErrorMessage()));
        com.vaadin.flow.component.orderedlayout.VerticalLayout section =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(heading, documentName, hint, upload,
                        documentError);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void showDocumentError(String message) {
        documentError.setText(message);
        documentError.setVisible(true);
    }

    /** What the chosen jurisdiction's policy allows: its title, and a quota field per body if it has quotas. */
    private void showOptions(@Nullable Jurisdiction chosen) {
        quotaFields.removeAll();
        quotas.clear();
        if (chosen == null) {
            return;
        }
        Locale locale = getLocale();
        try {
            CallOptions options = calls.options(chosen.code());
            policy.setText(getTranslation("calls.policy", options.policyTitle().get(locale),
                    getTranslation(options.rollingFiling() ? "calls.rolling.yes" : "calls.rolling.no")));
            if (!options.quotas()) {
                quotaFields.add(new Span(getTranslation("calls.quotas.notAllowed")));
                return;
            }
            options.bodies().forEach((code, name) -> {
                IntegerField field = new IntegerField(name.get(locale));
                field.setId("call-quota-" + code);
                field.setMin(0);
                field.setMax(10_000);
                field.setPlaceholder(getTranslation("calls.quota.unlimited"));
                field.setClearButtonVisible(true);
                quotas.put(code, field);
                quotaFields.add(field);
            });
        } catch (RuntimeException e) {
            policy.setText(Messages.describe(this, e));
        }
    }

    private void save() {
        clearErrors();
        Jurisdiction chosen = jurisdiction.getValue();
        if (chosen == null) {
            jurisdiction.setErrorMessage(getTranslation("calls.jurisdiction.required"));
            jurisdiction.setInvalid(true);
            return;
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        quotas.forEach((code, field) -> {
            if (field.getValue() != null) {
                values.put(code, field.getValue());
            }
        });
        LocalDateTime opens = opensAt.getValue();
        LocalDateTime closes = closesAt.getValue();
        CallDraft draft = new CallDraft(chosen.code(), title.getValue(), opens, closes, values);
        try {
            CallSummary current = call;
            call = current == null ? calls.create(draft) : calls.update(current.id(), current.version(), draft);
            Messages.success(this, "calls.saved", call.title());
            saved.run();
            close();
        } catch (BusinessException e) {
            showAtField(e.getField(), Messages.describe(this, e));
        } catch (RuntimeException e) {
            showAtField(null, Messages.describe(this, e));
        }
    }

    private void showAtField(@Nullable String field, String message) {
        HasValidation target = switch (field == null ? "" : field) {
            case "title" -> title;
            case "opensAt" -> opensAt;
            case "closesAt" -> closesAt;
            case "jurisdiction" -> jurisdiction;
            default -> {
                if (field != null && field.startsWith("quota.") && quotas.containsKey(field.substring(6))) {
                    yield quotas.get(field.substring(6));
                }
                yield null;
            }
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            quotaError.setText(message);
            quotaError.setVisible(true);
        }
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(title, opensAt, closesAt, jurisdiction)) {
            f.setInvalid(false);
        }
        quotas.values().forEach(f -> f.setInvalid(false));
        quotaError.setVisible(false);
    }
}
