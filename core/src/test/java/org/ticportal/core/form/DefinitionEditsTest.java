package org.ticportal.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ticportal.core.form.DefinitionEdits.Edited;
import org.ticportal.policy.api.LocalizedText;

/**
 * The designer's edits of a definition's tree, on a small form: a "unit" section with a name and a table of staff
 * (name, age), and a "plan" section with a start date.
 */
class DefinitionEditsTest {

    private static final LocalizedText T = new LocalizedText("文", "Text");

    private static FormField field(String key, FieldType type) {
        return FormField.of(key, type, new LocalizedText(key, key), false);
    }

    private static FormDefinition form() {
        FormField staff = field("staff", FieldType.TABLE).withColumns(List.of(field("name", FieldType.TEXT),
                field("age", FieldType.NUMBER)));
        return new FormDefinition("X", T, null, List.of(
                new FormSection("unit", T, null, List.of(field("unitName", FieldType.TEXT), staff)),
                new FormSection("plan", T, null, List.of(field("start", FieldType.DATE)))), List.of());
    }

    private static List<String> sectionKeys(FormDefinition d) {
        return d.sections().stream().map(FormSection::key).toList();
    }

    private static List<String> fieldKeys(FormDefinition d) {
        return d.fields().map(FormField::key).toList();
    }

    private static List<String> columnKeys(FormDefinition d) {
        return d.field("staff").orElseThrow().columns().stream().map(FormField::key).toList();
    }

    @Test
    void aPathFindsSectionsFieldsAndTheColumnsOfATable() {
        FormDefinition d = form();
        assertThat(DefinitionEdits.section(d, DefinitionPath.field("plan", "start"))).hasValueSatisfying(
                s -> assertThat(s.key()).isEqualTo("plan"));
        assertThat(DefinitionEdits.field(d, DefinitionPath.column("unit", "staff", "age")))
                .hasValueSatisfying(c -> assertThat(c.type()).isEqualTo(FieldType.NUMBER));
        assertThat(DefinitionEdits.field(d, DefinitionPath.column("plan", "staff", "age"))).as("wrong section")
                .isEmpty();
        assertThat(DefinitionEdits.exists(d, DefinitionPath.form())).isTrue();
        assertThat(DefinitionEdits.exists(d, DefinitionPath.section("nope"))).isFalse();
        assertThat(DefinitionPath.column("unit", "staff", "age").parent()).isEqualTo(
                DefinitionPath.field("unit", "staff"));
        assertThat(DefinitionPath.column("unit", "staff", "age").ruleKey()).isEqualTo("staff.age");
        assertThatThrownBy(() -> new DefinitionPath(DefinitionPath.Level.COLUMN, "unit", "staff", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSectionIsAddedAfterTheSelectedOneOrAtTheEnd() {
        FormDefinition d = form();
        assertThat(DefinitionEdits.newSectionKey(d)).isEqualTo("section1");
        Edited afterUnit = DefinitionEdits.addSection(d, DefinitionPath.field("unit", "unitName"), "section1", T);
        assertThat(sectionKeys(afterUnit.definition())).containsExactly("unit", "section1", "plan");
        assertThat(afterUnit.path()).isEqualTo(DefinitionPath.section("section1"));
        Edited atEnd = DefinitionEdits.addSection(afterUnit.definition(), DefinitionPath.form(),
                DefinitionEdits.newSectionKey(afterUnit.definition()), T);
        assertThat(sectionKeys(atEnd.definition())).containsExactly("unit", "section1", "plan", "section2");
    }

    @Test
    void aFieldIsAddedAfterTheSelectedFieldOrAtTheEndOfTheSection() {
        FormDefinition d = form();
        String key = DefinitionEdits.newFieldKey(d, "text");
        Edited after = DefinitionEdits.addField(d, DefinitionPath.field("unit", "unitName"),
                field(key, FieldType.TEXT));
        assertThat(fieldKeys(after.definition())).containsExactly("unitName", "text1", "staff", "start");
        assertThat(after.path()).isEqualTo(DefinitionPath.field("unit", "text1"));
        Edited atEnd = DefinitionEdits.addField(after.definition(), DefinitionPath.section("plan"),
                field(DefinitionEdits.newFieldKey(after.definition(), "text"), FieldType.TEXT));
        assertThat(fieldKeys(atEnd.definition())).containsExactly("unitName", "text1", "staff", "start", "text2");
        assertThat(DefinitionEdits.addField(d, DefinitionPath.form(), field("x", FieldType.TEXT)).definition())
                .as("the form is no section").isEqualTo(d);
    }

    @Test
    void aFieldAddedWhileATableOrColumnIsSelectedBecomesAColumnIfItsTypeCanBeOne() {
        FormDefinition d = form();
        DefinitionPath table = DefinitionPath.field("unit", "staff");
        assertThat(DefinitionEdits.addsColumn(d, table, FieldType.DATE)).isTrue();
        assertThat(DefinitionEdits.addsColumn(d, table, FieldType.ATTACHMENT)).isFalse();
        assertThat(DefinitionEdits.addsColumn(d, DefinitionPath.field("unit", "unitName"), FieldType.DATE)).isFalse();
        assertThat(DefinitionEdits.addsColumn(d, DefinitionPath.column("unit", "staff", "name"), FieldType.TABLE))
                .isTrue();

        FormField staff = d.field("staff").orElseThrow();
        assertThat(DefinitionEdits.newColumnKey(staff)).isEqualTo("col1");
        Edited atEnd = DefinitionEdits.addColumn(d, table, field("col1", FieldType.DATE));
        assertThat(columnKeys(atEnd.definition())).containsExactly("name", "age", "col1");
        assertThat(atEnd.path()).isEqualTo(DefinitionPath.column("unit", "staff", "col1"));
        Edited afterName = DefinitionEdits.addColumn(atEnd.definition(), DefinitionPath.column("unit", "staff",
                "name"), field("col2", FieldType.TEXT));
        assertThat(columnKeys(afterName.definition())).containsExactly("name", "col2", "age", "col1");
    }

    @Test
    void nodesMoveAmongTheirSiblingsAndStayAtEitherEnd() {
        FormDefinition d = form();
        Edited down = DefinitionEdits.move(d, DefinitionPath.section("unit"), 1);
        assertThat(sectionKeys(down.definition())).containsExactly("plan", "unit");
        assertThat(down.path()).isEqualTo(DefinitionPath.section("unit"));
        assertThat(DefinitionEdits.move(d, DefinitionPath.section("unit"), -1).definition()).isSameAs(d);
        assertThat(DefinitionEdits.move(d, DefinitionPath.section("plan"), 1).definition()).isSameAs(d);

        assertThat(fieldKeys(DefinitionEdits.move(d, DefinitionPath.field("unit", "staff"), -1).definition()))
                .containsExactly("staff", "unitName", "start");
        assertThat(DefinitionEdits.move(d, DefinitionPath.field("unit", "staff"), 1).definition())
                .as("fields do not leave their section").isSameAs(d);

        DefinitionPath age = DefinitionPath.column("unit", "staff", "age");
        assertThat(columnKeys(DefinitionEdits.move(d, age, -1).definition())).containsExactly("age", "name");
        assertThat(DefinitionEdits.move(d, age, 1).definition()).isSameAs(d);
        assertThat(DefinitionEdits.move(d, DefinitionPath.form(), 1).definition()).isSameAs(d);
    }

    @Test
    void removingANodeLeadsToWhatHeldIt() {
        FormDefinition d = form();
        Edited column = DefinitionEdits.remove(d, DefinitionPath.column("unit", "staff", "name"));
        assertThat(columnKeys(column.definition())).containsExactly("age");
        assertThat(column.path()).isEqualTo(DefinitionPath.field("unit", "staff"));

        Edited field = DefinitionEdits.remove(d, DefinitionPath.field("unit", "staff"));
        assertThat(fieldKeys(field.definition())).containsExactly("unitName", "start");
        assertThat(field.path()).isEqualTo(DefinitionPath.section("unit"));

        Edited section = DefinitionEdits.remove(d, DefinitionPath.section("unit"));
        assertThat(fieldKeys(section.definition())).containsExactly("start");
        assertThat(section.path()).isEqualTo(DefinitionPath.form());

        assertThat(DefinitionEdits.remove(d, DefinitionPath.form()).definition()).isSameAs(d);
        assertThat(DefinitionEdits.remove(d, DefinitionPath.field("unit", "gone")).definition()).isSameAs(d);
    }

    @Test
    void aChangedNodeTakesItsPlaceAndThePathFollowsANewKey() {
        FormDefinition d = form();
        Edited renamed = DefinitionEdits.update(d, DefinitionPath.column("unit", "staff", "age"),
                c -> c.withKey("years").withMin(BigDecimal.ZERO));
        assertThat(columnKeys(renamed.definition())).containsExactly("name", "years");
        assertThat(renamed.path()).isEqualTo(DefinitionPath.column("unit", "staff", "years"));
        assertThat(renamed.definition().typeOf("staff.years")).contains(FieldType.NUMBER);

        Edited required = DefinitionEdits.update(d, DefinitionPath.field("plan", "start"), f -> f.withRequired(true));
        assertThat(required.definition().field("start")).hasValueSatisfying(f -> {
            assertThat(f.required()).isTrue();
            assertThat(f.label()).isEqualTo(new LocalizedText("start", "start"));
        });

        Edited section = DefinitionEdits.replace(d, DefinitionPath.section("plan"),
                d.sections().get(1).withKey("schedule"));
        assertThat(sectionKeys(section.definition())).containsExactly("unit", "schedule");
        assertThat(section.path()).isEqualTo(DefinitionPath.section("schedule"));
    }

    @Test
    void keysAreTakenByOtherSectionsFieldsOfTheFormOrColumnsOfTheSameTable() {
        FormDefinition d = form();
        assertThat(DefinitionEdits.keyTaken(d, DefinitionPath.section("plan"), "unit")).isTrue();
        assertThat(DefinitionEdits.keyTaken(d, DefinitionPath.section("plan"), "plan")).as("its own").isFalse();
        assertThat(DefinitionEdits.keyTaken(d, DefinitionPath.field("plan", "start"), "unitName")).isTrue();
        assertThat(DefinitionEdits.keyTaken(d, DefinitionPath.field("plan", "start"), "name"))
                .as("a column's key is free for a field").isFalse();
        assertThat(DefinitionEdits.keyTaken(d, DefinitionPath.column("unit", "staff", "age"), "name")).isTrue();
        assertThat(DefinitionEdits.keyTaken(d, DefinitionPath.column("unit", "staff", "age"), "start")).isFalse();
    }

    @Test
    void withersChangeOnePropertyAndKeepTheOthers() {
        FormField f = field("area", FieldType.NUMBER).withUnit("m²").withMax(BigDecimal.TEN)
                .withVisibleWhen(VisibleWhen.oneOf("kind", List.of("A", "B")));
        assertThat(f.withLabel(new LocalizedText("面积", "Area"))).satisfies(g -> {
            assertThat(g.label().zh()).isEqualTo("面积");
            assertThat(g.unit()).isEqualTo("m²");
            assertThat(g.max()).isEqualTo(BigDecimal.TEN);
            assertThat(g.visibleWhen().in()).containsExactly("A", "B");
        });
        assertThat(f.withOptions(null).options()).isEmpty();
        assertThatThrownBy(() -> f.withLabel(new LocalizedText(" ", "Area")))
                .isInstanceOf(IllegalArgumentException.class);
        FormDefinition d = form().withLayout(FormDefinition.Layout.STEPS).withTitle(new LocalizedText("新", ""));
        assertThat(d.layout()).isEqualTo(FormDefinition.Layout.STEPS);
        assertThat(d.title().zh()).isEqualTo("新");
        assertThat(d.sections()).hasSize(2);
    }
}
