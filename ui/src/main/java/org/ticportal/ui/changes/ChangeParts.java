package org.ticportal.ui.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.center.CenterNameCheck;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CoBuilder;
import org.ticportal.core.center.CoBuildingMode;
import org.ticportal.core.center.Institute;
import org.ticportal.core.change.ChangeProposal;
import org.ticportal.core.change.ChangeRequestDraft;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeTypeOption;
import org.ticportal.policy.api.change.ChangeType.Part;

/**
 * The parts of a {@link ChangeRequestFormView} that the change type decides (art. 15): a rename's new name, checked as
 * it is typed; a change of direction's research directions; a restructuring's new lead unit by its credit code, the
 * co-builders and the institutes (with the headquarters, 本部). Filled with the profile in force, or with the proposal
 * of a returned request; what the type does not affect is left out of the draft.
 */
class ChangeParts extends VerticalLayout {

    private final ChangeRequestQueries queries;
    private final TextField coreName = new TextField();
    private final Span nameCheck = new Span();
    private final TextArea directions = new TextArea();
    private final TextField leadUnitCode = new TextField();
    private final Checkbox independent = new Checkbox();
    private final VerticalLayout coBuilderRows = new VerticalLayout();
    private final VerticalLayout instituteRows = new VerticalLayout();

    ChangeParts(ChangeRequestQueries queries) {
        this.queries = queries;
    }

    /** The fields for the center, filled with its profile in force. */
    void build(CenterRow c, CenterProfileDraft profile) {
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
        setPadding(false);
        setId("change-parts");
    }

    /** A returned request's proposal, to be revised: each part it proposed replaces the profile's. */
    void revise(ChangeProposal p) {
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
    }

    /** Shows the fields of the parts the type affects (none without a type). */
    void show(@Nullable ChangeTypeOption t) {
        removeAll();
        if (t == null) {
            return;
        }
        if (t.affects(Part.NAME)) {
            add(coreName, nameCheck);
        }
        if (t.affects(Part.RESEARCH_DIRECTIONS)) {
            add(directions);
        }
        if (t.affects(Part.LEAD_UNIT)) {
            add(leadUnitCode, independent);
        }
        if (t.affects(Part.CO_BUILDERS)) {
            Button add = new Button(getTranslation("changes.form.coBuilder.add"), e -> addCoBuilderRow(null));
            add.setId("change-co-builder-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new H3(getTranslation("changes.form.coBuilders")), coBuilderRows, add);
        }
        if (t.affects(Part.INSTITUTES)) {
            Paragraph note = new Paragraph(getTranslation("changes.form.institutes"));
            note.setId("change-institutes-note");
            note.addClassName("field-help");
            Button add = new Button(getTranslation("changes.form.institute.add"), e -> addInstituteRow(null));
            add.setId("change-institute-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new H3(getTranslation("changes.form.institutesTitle")), note, instituteRows, add);
        }
    }

    /** The draft of the type with the reason: the parts the type affects as filled in, the others none. */
    ChangeRequestDraft draft(ChangeTypeOption t, String reason) {
        return new ChangeRequestDraft(t.code(),
                t.affects(Part.NAME) ? coreName.getValue() : null,
                t.affects(Part.RESEARCH_DIRECTIONS) ? Arrays.stream(directions.getValue().split("\\R"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList() : null,
                t.affects(Part.LEAD_UNIT) && !leadUnitCode.getValue().isBlank() ? leadUnitCode.getValue() : null,
                t.affects(Part.LEAD_UNIT) && !leadUnitCode.getValue().isBlank() ? independent.getValue() : null,
                t.affects(Part.CO_BUILDERS) ? coBuilders() : null, reason,
                t.affects(Part.INSTITUTES) ? institutes() : null);
    }

    void clearErrors() {
        coreName.setInvalid(false);
        directions.setInvalid(false);
        leadUnitCode.setInvalid(false);
    }

    /** Shows a refusal at the field of a part it names; whether it named one. */
    boolean showError(String field, String message) {
        switch (field) {
            case "coreName" -> invalid(coreName, message);
            case "researchDirections" -> {
                directions.setErrorMessage(message);
                directions.setInvalid(true);
            }
            case "leadUnit", "leadUnitIndependent" -> invalid(leadUnitCode, message);
            default -> {
                return false;
            }
        }
        return true;
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

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
