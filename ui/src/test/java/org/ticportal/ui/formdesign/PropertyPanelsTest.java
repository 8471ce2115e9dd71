package org.ticportal.ui.formdesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.ui.ComponentTree.byId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.form.DefinitionEdits.Edited;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormConstraint;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormSection;
import org.ticportal.core.form.VisibleWhen;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.forms.FormRenderer;

/**
 * The designer's properties panels on their own: each change is one {@link DefinitionEditEvent} that the designer
 * applies to the definition as it is then; what the definition cannot hold is refused at the input and fires nothing.
 */
class PropertyPanelsTest extends ViewTestBase {

    private FormDefinition definition;
    private final List<Edited> edits = new ArrayList<>();

    private static FormField field(String key, FieldType type) {
        return FormField.of(key, type, new LocalizedText(key + "名", ""), false);
    }

    @BeforeEach
    void form() {
        FormField staff = field("staff", FieldType.TABLE).withColumns(List.of(field("name", FieldType.TEXT)));
        definition = new FormDefinition("X", new LocalizedText("表", ""), null, List.of(
                new FormSection("unit", new LocalizedText("单位", ""), null, List.of(field("area", FieldType.NUMBER),
                        field("hasPartners", FieldType.YES_NO), staff)),
                new FormSection("plan", new LocalizedText("计划", ""), null, List.of(field("start", FieldType.DATE)))),
                List.of());
    }

    private DesignContext context() {
        return new DesignContext(() -> definition, true, Map.of(), List.of("LEGAL_FORMS"), catalog -> List.of());
    }

    /** Shows a panel as the designer does and applies its edits. */
    private <P extends PropertyPanel> P shown(P panel) {
        panel.addEditListener(e -> {
            Edited edited = e.applyTo(definition);
            edits.add(edited);
            definition = edited.definition();
        });
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    @WithUserDetails("admin")
    void eachPropertyOfAFieldIsOneEditOfTheFieldAsItIsNow() {
        FieldPanel panel = shown(new FieldPanel(context(), DefinitionPath.field("unit", "area")));
        test((TextField) byId(panel, "prop-label")).setValue("使用面积");
        test((TextField) byId(panel, "prop-unit")).setValue(" m² ");
        test((BigDecimalField) byId(panel, "prop-max")).setValue(new BigDecimal("500"));
        assertThat(edits).hasSize(3);
        assertThat(definition.field("area")).hasValueSatisfying(f -> {
            assertThat(f.label()).isEqualTo(new LocalizedText("使用面积", ""));
            assertThat(f.unit()).isEqualTo("m²");
            assertThat(f.max()).isEqualByComparingTo("500");
        });
        test((TextField) byId(panel, "prop-key")).setValue("area.usable");
        assertThat(edits.getLast().path()).as("the designer follows the new key")
                .isEqualTo(DefinitionPath.field("unit", "area.usable"));
    }

    @Test
    @WithUserDetails("admin")
    void aKeyInUseOrABlankLabelIsRefusedWhereItIsTypedAndChangesNothing() {
        FieldPanel panel = shown(new FieldPanel(context(), DefinitionPath.field("unit", "area")));
        TextField key = (TextField) byId(panel, "prop-key");
        test(key).setValue("start");
        assertThat(key.isInvalid()).isTrue();
        assertThat(key.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("designer.prop.keyTaken"));
        TextField label = (TextField) byId(panel, "prop-label");
        test(label).setValue(" ");
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("designer.prop.invalidValue"));
        assertThat(edits).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aColumnOffersTheTypesAColumnCanHaveAndNoConditions() {
        FieldPanel panel = shown(new FieldPanel(context(), DefinitionPath.column("unit", "staff", "name")));
        Select<FieldType> type = (Select<FieldType>) byId(panel, "prop-type");
        assertThat(type.getListDataView().getItems().toList()).contains(FieldType.NUMBER)
                .doesNotContain(FieldType.TABLE, FieldType.ATTACHMENT, FieldType.PERSON);
        assertThat(org.ticportal.ui.ComponentTree.descendants(panel)
                .filter(c -> c.getId().filter(id -> id.startsWith("prop-visible")).isPresent())).isEmpty();
        test(type).selectItem(UI.getCurrent().getTranslation("designer.type.NUMBER"));
        assertThat(definition.typeOf("staff.name")).contains(FieldType.NUMBER);
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aConditionWaitsForItsValuesAndIsThenSetOnTheField() {
        FieldPanel panel = shown(new FieldPanel(context(), DefinitionPath.field("unit", "area")));
        ComboBox<String> on = (ComboBox<String>) byId(panel, "prop-visible-field");
        test(on).selectItem("hasPartners名（hasPartners）");
        assertThat(edits).as("nothing to compare with yet").isEmpty();
        ComboBox<String> values = (ComboBox<String>) byId(panel, "prop-visible-values");
        assertThat(values.getListDataView().getItems().toList()).containsExactly("true", "false");
        test(values).selectItem("true");
        assertThat(definition.field("area").orElseThrow().visibleWhen())
                .isEqualTo(VisibleWhen.equalTo("hasPartners", "true"));
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aCheckAcrossFieldsIsAddedWhenCompleteAndRemovedFromItsList() {
        definition = definition.withSections(List.of(definition.sections().get(0).withFields(List.of(
                field("area", FieldType.NUMBER), field("total", FieldType.NUMBER)))));
        FormPanel panel = shown(new FormPanel(context()));
        ComboBox<String> checked = (ComboBox<String>) byId(panel, "constraint-field");
        test(checked).selectItem("area名（area）");
        test((Button) byId(panel, "constraint-add")).click();
        assertThat(((TextField) byId(panel, "constraint-message")).isInvalid()).isTrue();
        assertThat(edits).isEmpty();
        test((ComboBox<String>) byId(panel, "constraint-other")).selectItem("total名（total）");
        test((TextField) byId(panel, "constraint-message")).setValue("使用面积不能大于总面积");
        test((Button) byId(panel, "constraint-add")).click();
        assertThat(definition.constraints()).containsExactly(new FormConstraint("area", FormConstraint.Op.LE,
                "total", null, new LocalizedText("使用面积不能大于总面积", "")));
        assertThat(edits.getLast().path()).isEqualTo(DefinitionPath.form());
    }

    @Test
    @WithUserDetails("admin")
    void aSectionIsRenamedAndTheTitleOfTheFormChanged() {
        SectionPanel section = shown(new SectionPanel(context(), DefinitionPath.section("plan")));
        test((TextField) byId(section, "prop-section-key")).setValue("unit");
        assertThat(edits).as("a key another section has").isEmpty();
        test((TextField) byId(section, "prop-section-key")).setValue("schedule");
        assertThat(edits.getLast().path()).isEqualTo(DefinitionPath.section("schedule"));
        FormPanel form = shown(new FormPanel(context()));
        test((TextField) byId(form, "prop-form-title")).setValue("新表");
        assertThat(definition.title().zh()).isEqualTo("新表");
        assertThat(definition.sections()).extracting(FormSection::key).containsExactly("unit", "schedule");
    }

    @Test
    @WithUserDetails("admin")
    void thePreviewBuildsASectionWhenItIsShownWithTheValuesGivenMeanwhile() {
        FormDefinition d = definition;
        FormRenderer renderer = new FormRenderer(d, UI.getCurrent().getLocale(), catalog -> Map.of(), null, true);
        UI.getCurrent().add(renderer);
        roundTrip();
        assertThat(org.ticportal.ui.ComponentTree.descendants(renderer)
                .filter(c -> c.getId().filter("field-start"::equals).isPresent())).as("not shown yet").isEmpty();
        renderer.setValues(Map.of("start", "2026-01-05", "area", new BigDecimal("12")));
        assertThat(renderer.getValues()).containsEntry("start", "2026-01-05").containsKey("area");
        renderer.showSection("plan");
        roundTrip();
        assertThat(byId(renderer, "field-start")).isNotNull();
        assertThat(renderer.getValues()).containsEntry("start", "2026-01-05");
    }
}
