package org.ticportal.core.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The server-side checks of form values, exactly as a form definition states them. */
class FormValidatorTest {

    private static final String FORM = """
            {"code": "APPLICATION", "title": {"zh": "申请书"}, "sections": [
              {"key": "s", "title": {"zh": "基本"}, "fields": [
                {"key": "centerType", "type": "CHOICE", "required": true, "catalog": "CENTER_TYPES",
                 "label": {"zh": "类型"}},
                {"key": "area", "type": "NUMBER", "required": true, "min": 0, "max": 100000, "decimals": 2,
                 "label": {"zh": "面积"}},
                {"key": "code", "type": "CREDIT_CODE", "label": {"zh": "信用代码"}},
                {"key": "phone", "type": "TEXT", "pattern": "[0-9-]{7,20}", "label": {"zh": "电话"},
                 "patternMessage": {"zh": "电话只能含数字和-", "en": "Digits and dashes"}},
                {"key": "pledge", "type": "DECLARATION", "required": true, "label": {"zh": "承诺"},
                 "text": {"zh": "我承诺"}},
                {"key": "institutes", "type": "TABLE", "required": true, "minRows": 1, "label": {"zh": "研发机构"},
                 "visibleWhen": {"field": "centerType", "equals": "COMPREHENSIVE"},
                 "columns": [{"key": "name", "type": "TEXT", "required": true, "label": {"zh": "名称"}}]},
                {"key": "equipment", "type": "TABLE", "label": {"zh": "设备"},
                 "columns": [{"key": "value", "type": "NUMBER", "label": {"zh": "原值"}}]},
                {"key": "equipmentTotal", "type": "COMPUTED", "sum": "equipment.value", "label": {"zh": "合计"}}
              ]}]}
            """;

    private static final FormValidator.Choices CHOICES = catalog -> catalog.equals("CENTER_TYPES")
            ? Set.of("COMPREHENSIVE", "FIELD") : null;

    private static FormDefinition form() throws IOException {
        return FormReader.read(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(Map<String, Object> input, boolean complete) throws IOException {
        FormDefinition f = form();
        return FormValidator.check(f, FormValidator.clean(f, input), CHOICES, complete).stream()
                .map(p -> p.fieldKey() + ":" + p.messageKey()).toList();
    }

    @Test
    void aDraftMayBeIncompleteButNotWrong() throws IOException {
        assertThat(problems(Map.of(), false)).isEmpty();
        assertThat(problems(Map.of("area", "-1"), false)).containsExactly("area:form.min");
        assertThat(problems(Map.of("area", "12.345"), false)).containsExactly("area:form.decimals");
        assertThat(problems(Map.of("area", "много"), false)).containsExactly("area:form.number");
        assertThat(problems(Map.of("centerType", "HACKED"), false)).containsExactly("centerType:form.choice");
        assertThat(problems(Map.of("code", "911409021234567890"), false)).containsExactly("code:form.creditCode");
    }

    @Test
    void submittingRequiresEveryVisibleRequiredField() throws IOException {
        assertThat(problems(Map.of(), true)).containsExactlyInAnyOrder("centerType:form.required",
                "area:form.required", "pledge:form.declaration");
        Map<String, Object> comprehensive = new HashMap<>(Map.of("centerType", "COMPREHENSIVE", "area", 600,
                "pledge", true));
        assertThat(problems(comprehensive, true)).as("the institutes table shows for a comprehensive center")
                .containsExactly("institutes:form.rows.min");
        comprehensive.put("institutes", List.of(Map.of("name", "")));
        assertThat(problems(comprehensive, true)).containsExactly("institutes:form.rows.min");
        comprehensive.put("institutes", List.of(Map.of("name", "材料研究所"), Map.of("name", " ", "x", 1)));
        assertThat(problems(comprehensive, true)).isEmpty();
    }

    @Test
    void aHiddenFieldIsNeitherRequiredNorStored() throws IOException {
        Map<String, Object> field = Map.of("centerType", "FIELD", "area", 600, "pledge", true,
                "institutes", List.of(Map.of("name", "不该保存")));
        assertThat(FormValidator.clean(form(), field)).doesNotContainKey("institutes");
        assertThat(problems(field, true)).isEmpty();
    }

    @Test
    void aPatternRefusalCarriesTheFormsOwnMessage() throws IOException {
        FormDefinition f = form();
        var found = FormValidator.check(f, FormValidator.clean(f, Map.of("phone", "call me")), CHOICES, false);
        assertThat(found).singleElement().satisfies(p -> assertThat(p.message().zh()).isEqualTo("电话只能含数字和-"));
    }

    @Test
    void computedFieldsAreSummedOnTheServerWhateverTheRequestSays() throws IOException {
        Map<String, Object> cleaned = FormValidator.clean(form(), Map.of("equipment",
                List.of(Map.of("value", "12.5"), Map.of("value", 7)), "equipmentTotal", 999));
        assertThat(cleaned.get("equipmentTotal")).isEqualTo(new BigDecimal("19.5"));
    }

    @Test
    void aDefinitionThatMakesNoSenseIsRefusedWithEveryProblem() {
        String bad = """
                {"code": "X", "title": {"zh": "表"}, "sections": [{"key": "s", "title": {"zh": "节"}, "fields": [
                  {"key": "a", "type": "CHOICE", "label": {"zh": "甲"}},
                  {"key": "a", "type": "TEXT", "label": {"zh": "乙"}},
                  {"key": "t", "type": "TABLE", "label": {"zh": "表"}},
                  {"key": "s", "type": "COMPUTED", "sum": "nothing.here", "label": {"zh": "和"}},
                  {"key": "v", "type": "TEXT", "label": {"zh": "丙"}, "visibleWhen": {"field": "ghost", "equals": "1"}}
                ]}]}
                """;
        assertThatThrownBy(() -> FormReader.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .satisfies(e -> assertThat(((InvalidFormDefinitionException) e).getProblems()).hasSize(5));
        String typo = """
                {"code": "X", "title": {"zh": "表"}, "sectons": []}
                """;
        assertThatThrownBy(() -> FormReader.read(new ByteArrayInputStream(typo.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("sectons");
    }
}
