package org.ticportal.ui.changes;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import org.ticportal.core.center.CenterNameCheck;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.CoBuilder;
import org.ticportal.core.center.Institute;
import org.ticportal.core.center.CoBuildingMode;
import org.ticportal.core.change.ChangeProposal;
import org.ticportal.core.change.ChangeRequestDraft;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeRequestRow;
import org.ticportal.core.change.ChangeRequestService;
import org.ticportal.core.change.ChangeTypeOption;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.change.ChangeType.Part;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.centers.CenterView;

/**
 * The lead unit's written change request for its center (申请变更, art. 15): the change type of the center's policy
 * decides which fields the form shows (a rename the new name, checked as it is typed; a change of direction the
 * research directions; a restructuring the new lead unit by its credit code, the co-builders and the institutes), filled with the
 * profile in force; the reason and the stamped letter (PDF). A returned request is revised on the same form.
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
    private final VerticalLayout parts = new VerticalLayout();
    private final TextField coreName = new TextField();
    private final Span nameCheck = new Span();
    private final TextArea directions = new TextArea();
    private final TextField leadUnitCode = new TextField();
    private final Checkbox independent = new Checkbox();
    private final VerticalLayout coBuilderRows = new VerticalLayout();
    private final VerticalLayout instituteRows = new VerticalLayout();
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
            showParts(t);
        });

        coreName.setId("change-core-name");
        coreName.setLabel(getTranslation("changes.form.coreName"));
        coreName.setHelperText(getTranslation("changes.form.coreName.help", c.name()));
        coreName.setWidth("28em");
        coreName.setValueChangeMode(ValueChangeMode.LAZY);
        coreName.addValueChangeListener(e -> checkName(c.id()));
        nameCheck.setId("change-name-check");
        directions.setId("change-directions");
        directions.setLabel(getTranslation("changes.form.directions"));
        directions.setWidthFull();
        directions.setValue(String.join("\n", profile.researchDirections()));
        leadUnitCode.setId("change-lead-unit-code");
        leadUnitCode.setLabel(getTranslation("changes.form.leadUnitCode"));
        leadUnitCode.setHelperText(getTranslation("changes.form.leadUnitCode.help"));
        leadUnitCode.setWidth("24em");
        independent.setId("change-lead-unit-independent");
        independent.setLabel(getTranslation("changes.form.independent"));
        independent.setValue(true);
        coBuilderRows.setId("change-co-builders");
        coBuilderRows.setPadding(false);
        coBuilderRows.removeAll();
        profile.coBuilders().forEach(this::addCoBuilderRow);
        instituteRows.setId("change-institutes");
        instituteRows.setPadding(false);
        instituteRows.removeAll();
        profile.institutes().forEach(this::addInstituteRow);

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

        parts.setPadding(false);
        parts.setId("change-parts");
        add(back, title);
        if (options.isEmpty()) {
            add(new Paragraph(getTranslation("changes.form.noTypes")));
            return;
        }
        add(new HorizontalLayout(type, article), parts, reason, new H3(getTranslation("changes.form.letter")), upload,
                letterName, letterError, submit);
        if (revising != null) {
            ChangeProposal p = revising.proposal();
            options.stream().filter(t -> t.code().equals(revising.typeCode())).findFirst().ifPresent(type::setValue);
            type.setReadOnly(true);
            if (p.coreName() != null) {
                coreName.setValue(p.coreName());
            }
            if (p.researchDirections() != null) {
                directions.setValue(String.join("\n", p.researchDirections()));
            }
            if (p.leadUnitCreditCode() != null) {
                leadUnitCode.setValue(p.leadUnitCreditCode());
                independent.setValue(Boolean.TRUE.equals(p.leadUnitIndependent()));
            }
            if (p.coBuilders() != null) {
                coBuilderRows.removeAll();
                p.coBuilders().forEach(this::addCoBuilderRow);
            }
            if (p.institutes() != null) {
                instituteRows.removeAll();
                p.institutes().forEach(this::addInstituteRow);
            }
            reason.setValue(revising.reason());
        } else {
            type.setValue(options.getFirst());
        }
    }

    private void showParts(@Nullable ChangeTypeOption t) {
        parts.removeAll();
        if (t == null) {
            return;
        }
        if (t.affects(Part.NAME)) {
            parts.add(coreName, nameCheck);
        }
        if (t.affects(Part.RESEARCH_DIRECTIONS)) {
            parts.add(directions);
        }
        if (t.affects(Part.LEAD_UNIT)) {
            parts.add(leadUnitCode, independent);
        }
        if (t.affects(Part.CO_BUILDERS)) {
            Button add = new Button(getTranslation("changes.form.coBuilder.add"), e -> addCoBuilderRow(null));
            add.setId("change-co-builder-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            parts.add(new H3(getTranslation("changes.form.coBuilders")), coBuilderRows, add);
        }
        if (t.affects(Part.INSTITUTES)) {
            Paragraph note = new Paragraph(getTranslation("changes.form.institutes"));
            note.setId("change-institutes-note");
            note.addClassName("field-help");
            Button add = new Button(getTranslation("changes.form.institute.add"), e -> addInstituteRow(null));
            add.setId("change-institute-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            parts.add(new H3(getTranslation("changes.form.institutesTitle")), note, instituteRows, add);
        }
    }

    /** One institute: name, location, field, and whether it is the headquarters (本部). */
    private void addInstituteRow(@Nullable Institute existing) {
        TextField name = new TextField(getTranslation("changes.form.institute.name"));
        name.addClassName("change-institute-name");
        name.setWidth("18em");
        name.setMaxLength(200);
        TextField location = new TextField(getTranslation("changes.form.institute.location"));
        location.addClassName("change-institute-location");
        location.setMaxLength(200);
        TextField field = new TextField(getTranslation("changes.form.institute.field"));
        field.addClassName("change-institute-field");
        field.setMaxLength(200);
        Checkbox headquarters = new Checkbox(getTranslation("changes.form.institute.headquarters"));
        headquarters.addClassName("change-institute-headquarters");
        if (existing != null) {
            name.setValue(existing.name());
            location.setValue(existing.location() == null ? "" : existing.location());
            field.setValue(existing.field() == null ? "" : existing.field());
            headquarters.setValue(existing.headquarters());
        }
        HorizontalLayout row = new HorizontalLayout(name, location, field, headquarters);
        Button remove = new Button(getTranslation("changes.form.institute.remove"), e -> instituteRows.remove(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.addClassName("change-institute-row");
        instituteRows.add(row);
    }

    private List<Institute> institutes() {
        List<Institute> out = new ArrayList<>();
        instituteRows.getChildren().forEach(child -> {
            var fields = child.getChildren().toList();
            String name = ((TextField) fields.get(0)).getValue();
            if (!name.isBlank()) {
                out.add(new Institute(name, ((TextField) fields.get(1)).getValue(),
                        ((TextField) fields.get(2)).getValue(), ((Checkbox) fields.get(3)).getValue()));
            }
        });
        return out;
    }

    private void addCoBuilderRow(@Nullable CoBuilder existing) {
        TextField name = new TextField(getTranslation("changes.form.coBuilder.name"));
        name.addClassName("change-co-builder-name");
        name.setWidth("20em");
        Select<CoBuildingMode> mode = new Select<>();
        mode.setLabel(getTranslation("changes.form.coBuilder.mode"));
        mode.addClassName("change-co-builder-mode");
        mode.setItems(CoBuildingMode.values());
        mode.setEmptySelectionAllowed(true);
        mode.setItemLabelGenerator(m -> m == null ? "" : getTranslation("changes.form.mode." + m.name()));
        TextField contribution = new TextField(getTranslation("changes.form.coBuilder.contribution"));
        contribution.addClassName("change-co-builder-contribution");
        if (existing != null) {
            name.setValue(existing.name());
            mode.setValue(existing.mode());
            contribution.setValue(existing.contribution() == null ? "" : existing.contribution());
        }
        HorizontalLayout row = new HorizontalLayout(name, mode, contribution);
        Button remove = new Button(getTranslation("changes.form.coBuilder.remove"), e -> coBuilderRows.remove(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.addClassName("change-co-builder-row");
        coBuilderRows.add(row);
    }

    @SuppressWarnings("unchecked")
    private List<CoBuilder> coBuilders() {
        List<CoBuilder> out = new ArrayList<>();
        coBuilderRows.getChildren().forEach(child -> {
            var fields = child.getChildren().toList();
            String name = ((TextField) fields.get(0)).getValue();
            if (!name.isBlank()) {
                out.add(new CoBuilder(name, ((Select<CoBuildingMode>) fields.get(1)).getValue(),
                        ((TextField) fields.get(2)).getValue()));
            }
        });
        return out;
    }

    private void checkName(long centerId) {
        if (coreName.getValue().isBlank()) {
            nameCheck.setText("");
            return;
        }
        CenterNameCheck check = queries.checkName(centerId, coreName.getValue());
        Locale locale = getLocale();
        nameCheck.setText(getTranslation("changes.form.fullName", check.fullName()) + "  "
                + (check.passed() ? getTranslation("changes.form.nameOk")
                : String.join(getTranslation("changes.separator"),
                        check.problems().stream().map(p -> p.get(locale)).toList())));
        nameCheck.getElement().getClassList().set("field-error", !check.passed());
    }

    private void submit(CenterRow c) {
        ChangeTypeOption t = type.getValue();
        if (t == null) {
            return;
        }
        coreName.setInvalid(false);
        directions.setInvalid(false);
        leadUnitCode.setInvalid(false);
        reason.setInvalid(false);
        letterError.setText("");
        try {
            ChangeRequestDraft draft = new ChangeRequestDraft(t.code(),
                    t.affects(Part.NAME) ? coreName.getValue() : null,
                    t.affects(Part.RESEARCH_DIRECTIONS) ? Arrays.stream(directions.getValue().split("\\R"))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList() : null,
                    t.affects(Part.LEAD_UNIT) && !leadUnitCode.getValue().isBlank() ? leadUnitCode.getValue() : null,
                    t.affects(Part.LEAD_UNIT) && !leadUnitCode.getValue().isBlank() ? independent.getValue() : null,
                    t.affects(Part.CO_BUILDERS) ? coBuilders() : null, reason.getValue(),
                    t.affects(Part.INSTITUTES) ? institutes() : null);
            ByteArrayInputStream content = letter == null ? null : new ByteArrayInputStream(letter);
            ChangeRequestRow saved = revising == null ? changes.file(c.id(), draft, letterFile, content)
                    : changes.resubmit(revising.id(), revising.version(), draft, letterFile, content);
            Messages.success(this, "changes.form.filed");
            getUI().ifPresent(ui -> ui.navigate(ChangeRequestView.class,
                    new RouteParameters("id", Long.toString(saved.id()))));
        } catch (BusinessException ex) {
            String message = Messages.describe(this, ex);
            switch (ex.getField() == null ? "" : ex.getField()) {
                case "coreName" -> invalid(coreName, message);
                case "researchDirections" -> {
                    directions.setErrorMessage(message);
                    directions.setInvalid(true);
                }
                case "leadUnit", "leadUnitIndependent" -> invalid(leadUnitCode, message);
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

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return center == null ? ViewTitles.of(this, "nav.changes")
                : getTranslation("changes.form.title", center.name()) + " | " + getTranslation("app.title");
    }
}
