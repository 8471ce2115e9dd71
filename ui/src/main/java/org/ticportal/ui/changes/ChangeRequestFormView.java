package org.ticportal.ui.changes;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.change.ChangeRequestDraft;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeRequestRow;
import org.ticportal.core.change.ChangeRequestService;
import org.ticportal.core.change.ChangeTypeOption;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.centers.CenterView;

/**
 * The lead unit's written change request for its center (申请变更, art. 15): the change type of the center's policy
 * decides which fields the form shows (a rename the new name, checked as it is typed; a change of direction the
 * research directions; a restructuring the new lead unit by its credit code, the co-builders and the institutes), filled with the
 * profile in force ({@link ChangeParts}); the reason and the stamped letter (PDF). A returned request is revised on
 * the same form.
 */
@Route("centers/:center/change")
@RouteAlias("changes/:request/revise")
@RolesAllowed("APPLICANT")
public class ChangeRequestFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long LETTER_LIMIT = 20L * 1024 * 1024;

    private final ChangeRequestService changes;
    private final ChangeRequestQueries queries;
    private final CenterService centers;
    private final CenterProfileService profiles;
    private @Nullable CenterRow center;
    private @Nullable ChangeRequestRow revising;

    private final Select<ChangeTypeOption> type = new Select<>();
    private final ChangeParts parts;
    private final TextArea reason = new TextArea();
    private final Span letterName = new Span();
    private final Span letterError = new Span();
    private byte @Nullable [] letter;
    private @Nullable String letterFile;

    ChangeRequestFormView(ChangeRequestService changes, ChangeRequestQueries queries, CenterService centers,
                          CenterProfileService profiles) {
        this.changes = changes;
        this.queries = queries;
        this.centers = centers;
        this.profiles = profiles;
        this.parts = new ChangeParts(queries);
        addClassName("change-form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var requestId = event.getRouteParameters().get("request");
            if (requestId.isPresent()) {
                revising = queries.get(Long.parseLong(requestId.get()));
                if (!queries.mayResubmit(revising.id())) {
                    event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                    return;
                }
                center = centers.get(revising.centerId());
            } else {
                center = centers.get(Long.parseLong(event.getRouteParameters().get("center").orElse("")));
                if (!queries.mayFile(center.id())) {
                    event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                    return;
                }
            }
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        build(center);
    }

    private void build(CenterRow c) {
        removeAll();
        Locale locale = getLocale();
        CenterProfileDraft profile = profiles.versions(c.id()).getFirst().profile();
        RouterLink back = new RouterLink(getTranslation("changes.form.cancel"), CenterView.class,
                new RouteParameters("id", Long.toString(c.id())));
        back.setId("change-form-back");
        H2 title = new H2(getTranslation(revising == null ? "changes.form.title" : "changes.form.revise", c.name()));
        title.setId("change-form-title");

        List<ChangeTypeOption> options = queries.types(c.id());
        type.setId("change-type");
        type.setLabel(getTranslation("changes.form.type"));
        type.setItems(options);
        type.setItemLabelGenerator(t -> t.name().get(locale));
        Span article = new Span();
        article.setId("change-type-article");
        article.addClassName("field-help");
        type.addValueChangeListener(e -> {
            ChangeTypeOption t = e.getValue();
            article.setText(t == null ? "" : getTranslation("changes.form.article", t.article(),
                    String.join(" → ", t.chain().stream().map(a -> getTranslation("changes.actor." + a.name()))
                            .toList())));
            parts.show(t);
        });

        parts.build(c, profile);

        reason.setId("change-reason");
        reason.setLabel(getTranslation("changes.form.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setMinHeight("6em");

        UploadHandler handler = event -> {
            UI ui = event.getUI();
            byte[] bytes = Uploads.readAtMost(event.getInputStream(), LETTER_LIMIT + 1);
            String file = event.getFileName();
            ui.access(() -> {
                letter = bytes;
                letterFile = file;
                letterName.setText(file);
                letterError.setText("");
            });
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("change-letter");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf");
        letterName.setId("change-letter-name");
        letterError.setId("change-letter-error");
        letterError.addClassName("field-error");

        Button submit = new Button(getTranslation("changes.form.submit"), e -> submit(c));
        submit.setId("change-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(back, title);
        if (options.isEmpty()) {
            add(new Paragraph(getTranslation("changes.form.noTypes")));
            return;
        }
        add(new HorizontalLayout(type, article), parts, reason, new H3(getTranslation("changes.form.letter")), upload,
                letterName, letterError, submit);
        if (revising != null) {
            options.stream().filter(t -> t.code().equals(revising.typeCode())).findFirst().ifPresent(type::setValue);
            type.setReadOnly(true);
            parts.revise(revising.proposal());
            reason.setValue(revising.reason());
        } else {
            type.setValue(options.getFirst());
        }
    }

    private void submit(CenterRow c) {
        ChangeTypeOption t = type.getValue();
        if (t == null) {
            return;
        }
        parts.clearErrors();
        reason.setInvalid(false);
        letterError.setText("");
        try {
            ChangeRequestDraft draft = parts.draft(t, reason.getValue());
            ByteArrayInputStream content = letter == null ? null : new ByteArrayInputStream(letter);
            ChangeRequestRow saved = revising == null ? changes.file(c.id(), draft, letterFile, content)
                    : changes.resubmit(revising.id(), revising.version(), draft, letterFile, content);
            Messages.success(this, "changes.form.filed");
            getUI().ifPresent(ui -> ui.navigate(ChangeRequestView.class,
                    new RouteParameters("id", Long.toString(saved.id()))));
        } catch (BusinessException ex) {
            String message = Messages.describe(this, ex);
            String field = ex.getField() == null ? "" : ex.getField();
            if (parts.showError(field, message)) {
                return;
            }
            switch (field) {
                case "reason" -> {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
                case "letter" -> letterError.setText(message);
                case "institutes" -> Messages.error(this, "error.message", message);
                default -> Messages.error(this, "error.message", message);
            }
        } catch (IllegalArgumentException ex) {
            Messages.error(this, "error.message", ex.getMessage());
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        }
    }

    @Override
    public String getPageTitle() {
        return center == null ? ViewTitles.of(this, "nav.changes")
                : getTranslation("changes.form.title", center.name()) + " | " + getTranslation("app.title");
    }
}
