package org.ticportal.core.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.policy.api.rule.ApplicationData;

/**
 * Person and unit fields, requirement on a condition, checks across fields, and the JSON round trip the designer and
 * the export rely on.
 */
class FormFieldTypesTest {

    private static final String FORM = """
            {"code": "APPLICATION", "title": {"zh": "申请书"}, "layout": "STEPS", "sections": [
              {"key": "s", "title": {"zh": "基本"}, "fields": [
                {"key": "director", "type": "PERSON", "required": true, "label": {"zh": "中心主任"}},
                {"key": "lead", "type": "UNIT", "label": {"zh": "牵头单位"}},
                {"key": "hasPartners", "type": "YES_NO", "label": {"zh": "有共建单位"}},
                {"key": "partnerCount", "type": "NUMBER", "label": {"zh": "共建单位数"},
                 "requiredWhen": {"field": "hasPartners", "equals": "true"}},
                {"key": "area.total", "type": "NUMBER", "label": {"zh": "总面积"}},
                {"key": "area.usable", "type": "NUMBER", "label": {"zh": "使用面积"}},
                {"key": "start", "type": "DATE", "label": {"zh": "开始"}},
                {"key": "end", "type": "DATE", "label": {"zh": "结束"}}
              ]}],
             "constraints": [
               {"field": "area.usable", "op": "LE", "other": "area.total",
                "message": {"zh": "使用面积不能大于总面积", "en": "Usable area cannot exceed the total"}},
               {"field": "end", "op": "GT", "other": "start", "message": {"zh": "结束日期须晚于开始日期"}},
               {"field": "area.total", "op": "LE", "value": "1000000", "message": {"zh": "总面积过大"}}
             ]}
            """;

    private static final FormValidator.Choices CHOICES = catalog -> catalog.equals("TITLE_LEVELS")
            ? Set.of("FULL_SENIOR", "SENIOR") : null;

    private static FormDefinition form() throws IOException {
        return FormReader.read(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(Map<String, Object> input, boolean complete) throws IOException {
        FormDefinition f = form();
        return FormValidator.check(f, FormValidator.clean(f, input), CHOICES, complete).stream()
                .map(p -> p.fieldKey() + ":" + p.messageKey()).toList();
    }

    private static Map<String, Object> valid() {
        String first17 = "91140900MA0000000";
        Map<String, Object> v = new HashMap<>();
        v.put("director", Map.of("name", "王研究员", "title", "FULL_SENIOR", "degree", "DOCTOR"));
        v.put("lead", Map.of("name", "示例公司", "creditCode", first17 + CreditCode.checkCharacter(first17)));
        return v;
    }

    @Test
    void aPersonHasANameATitleOfTheCatalogAndADegree() throws IOException {
        assertThat(problems(valid(), true)).isEmpty();
        Map<String, Object> v = valid();
        v.put("director", Map.of("title", "FULL_SENIOR"));
        assertThat(problems(v, true)).containsExactly("director:form.person.name");
        v.put("director", Map.of("name", "王", "title", "PRINCE"));
        assertThat(problems(v, false)).containsExactly("director:form.choice");
        v.put("director", Map.of("name", "王", "degree", "HONORARY"));
        assertThat(problems(v, false)).containsExactly("director:form.choice");
        v.remove("director");
        assertThat(problems(v, true)).containsExactly("director:form.required");
    }

    @Test
    void aUnitsCreditCodeHasItsCheckDigit() throws IOException {
        Map<String, Object> v = valid();
        v.put("lead", Map.of("name", "示例公司", "creditCode", "91140900MA00000001"));
        assertThat(problems(v, false)).containsExactly("lead:form.creditCode");
        v.put("lead", Map.of("name", "示例公司"));
        assertThat(problems(v, false)).isEmpty();
        assertThat(problems(v, true)).containsExactly("lead:form.unit.creditCode");
    }

    @Test
    void rulesReadThePartsOfAPersonOrUnit() throws IOException {
        FormDefinition f = form();
        Map<String, Object> cleaned = FormValidator.clean(f, valid());
        ApplicationData data = ApplicationData.of(cleaned, Set.of());
        assertThat(data.text("director.name")).contains("王研究员");
        assertThat(data.text("lead.creditCode")).hasValueSatisfying(c -> assertThat(c).startsWith("91140900"));
        assertThat(f.keys()).contains("director.title", "lead.creditCode");
        assertThat(f.typeOf("director.degree")).contains(FieldType.TEXT);
    }

    @Test
    void aFieldCanBeRequiredOnlyWhenAnotherSaysSo() throws IOException {
        Map<String, Object> v = valid();
        v.put("hasPartners", false);
        assertThat(problems(v, true)).isEmpty();
        v.put("hasPartners", true);
        assertThat(problems(v, true)).containsExactly("partnerCount:form.required");
        assertThat(problems(v, false)).as("a draft may still be incomplete").isEmpty();
    }

    @Test
    void checksAcrossFieldsCompareNumbersAndDates() throws IOException {
        Map<String, Object> v = valid();
        v.put("area.total", "500");
        v.put("area.usable", "600");
        v.put("start", "2026-05-01");
        v.put("end", "2026-04-30");
        assertThat(problems(v, false)).containsExactly("area.usable:form.constraint", "end:form.constraint");
        FormDefinition f = form();
        FieldProblem first = FormValidator.check(f, FormValidator.clean(f, v), CHOICES, false).get(0);
        assertThat(first.message().zh()).isEqualTo("使用面积不能大于总面积");
        v.put("area.usable", "500");
        v.put("end", "2026-05-02");
        assertThat(problems(v, false)).isEmpty();
        v.put("area.total", "2000000");
        v.put("area.usable", "1");
        assertThat(problems(v, false)).containsExactly("area.total:form.constraint");
        v.remove("area.total");
        assertThat(problems(v, false)).as("nothing to compare with").isEmpty();
    }

    @Test
    void aCheckMustCompareFieldsOfTheSameKind() throws IOException {
        FormDefinition f = form();
        FormDefinition bad = new FormDefinition(f.code(), f.title(), f.layout(), f.sections(), List.of(
                new FormConstraint("director", FormConstraint.Op.LE, "area.total", null, f.title()),
                new FormConstraint("area.total", FormConstraint.Op.LE, "start", null, f.title()),
                new FormConstraint("start", FormConstraint.Op.LE, null, "soon", f.title()),
                new FormConstraint("area.total", FormConstraint.Op.LE, "area.usable", "5", f.title())));
        assertThat(FormReader.problems(bad)).hasSize(4);
    }

    @Test
    void aConditionComparesNumbersByValueAndMustNameAValue() throws IOException {
        VisibleWhen one = new VisibleWhen("n", "1", null, null);
        assertThat(one.test(Map.of("n", new java.math.BigDecimal("1.0")))).isTrue();
        assertThat(one.test(Map.of("n", new java.math.BigDecimal("2")))).isFalse();
        assertThat(new VisibleWhen("t", "true", null, null).test(Map.of("t", true))).isTrue();
        FormDefinition f = form();
        FormField count = f.field("partnerCount").orElseThrow()
                .withRequiredWhen(new VisibleWhen("hasPartners", null, null, null));
        FormDefinition open = f.withSections(List.of(new FormSection("s", f.sections().get(0).title(), null,
                f.sections().get(0).fields().stream().map(x -> x.key().equals("partnerCount") ? count : x).toList())));
        assertThat(FormReader.definitionProblems(open)).extracting(DefinitionProblem::messageKey)
                .containsExactly("formDefinition.conditionValue");
    }

    @Test
    void aDefinitionWithoutKeysOrTypesIsNotAFormDefinition() {
        String noType = """
                {"code": "X", "title": {"zh": "表"}, "sections": [{"key": "s", "title": {"zh": "分区"},
                  "fields": [{"key": "a", "label": {"zh": "甲"}}]}]}
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormReader.parse(
                noType.getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidFormDefinitionException.class);
    }

    @Test
    void aDraftKeepsACatalogEntryRetiredSinceItWasChosen() throws IOException {
        FormDefinition f = form();
        Map<String, Object> stored = FormValidator.clean(f, valid());
        FormValidator.Choices current = catalog -> catalog.equals("TITLE_LEVELS") ? Set.of("SENIOR") : null;
        assertThat(FormValidator.check(f, stored, current, false)).extracting(FieldProblem::messageKey)
                .containsExactly("form.choice");
        assertThat(FormValidator.check(f, stored, FormValidator.keeping(current, f, stored), false)).isEmpty();
    }

    @Test
    void theJsonGoesRoundAndOnePropertyChangesAtATime() throws IOException {
        FormDefinition f = form();
        FormDefinition again = FormReader.read(new ByteArrayInputStream(FormReader.write(f)));
        assertThat(again).isEqualTo(f);
        assertThat(again.layout()).isEqualTo(FormDefinition.Layout.STEPS);
        FormField area = f.field("area.total").orElseThrow();
        FormField changed = area.withMin(java.math.BigDecimal.TEN).withUnit("m²");
        assertThat(changed.min()).isEqualByComparingTo("10");
        assertThat(changed.unit()).isEqualTo("m²");
        assertThat(changed.label()).isEqualTo(area.label());
        assertThat(changed.withUnit(null).unit()).isNull();
    }
}
