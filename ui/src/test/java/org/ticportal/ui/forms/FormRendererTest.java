package org.ticportal.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.ui.ComponentTree.byId;
import static org.ticportal.ui.ComponentTree.descendants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormReader;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.ViewTestBase;

/** What the renderer offers and reads: retired catalog entries, person and unit fields. */
class FormRendererTest extends ViewTestBase {

    private static final String FORM = """
            {"code": "T", "title": {"zh": "测试"}, "sections": [{"key": "s", "title": {"zh": "基本"}, "fields": [
              {"key": "form", "type": "CHOICE", "catalog": "LEGAL_FORMS", "label": {"zh": "法人形态"}},
              {"key": "director", "type": "PERSON", "label": {"zh": "负责人"}},
              {"key": "lead", "type": "UNIT", "label": {"zh": "牵头单位"}}
            ]}]}
            """;

    private static final Catalogs CATALOGS = new Catalogs() {
        @Override
        public Map<String, LocalizedText> apply(String catalog) {
            Map<String, LocalizedText> labels = new LinkedHashMap<>();
            labels.put("A", LocalizedText.of("独立法人", "Independent"));
            labels.put("B", LocalizedText.of("内设机构（已停用）", "Internal (retired)"));
            labels.put("FULL_SENIOR", LocalizedText.of("正高级", "Full senior"));
            return labels;
        }

        @Override
        public Set<String> retired(String catalog) {
            return Set.of("B");
        }
    };

    private static FormDefinition form() throws IOException {
        return FormReader.read(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @WithUserDetails("applicant")
    @SuppressWarnings("unchecked")
    void aRetiredEntryIsOfferedOnlyToTheRecordThatHoldsIt() throws IOException {
        FormRenderer fresh = shown(new FormRenderer(form(), Locale.SIMPLIFIED_CHINESE, CATALOGS, null));
        ComboBox<String> choice = (ComboBox<String>) byId(fresh, "field-form");
        assertThat(choice.getListDataView().getItems().toList()).containsExactly("A", "FULL_SENIOR");

        FormRenderer old = shown(new FormRenderer(form(), Locale.SIMPLIFIED_CHINESE, CATALOGS, null));
        old.setValues(Map.of("form", "B"));
        ComboBox<String> held = (ComboBox<String>) byId(old, "field-form");
        assertThat(held.getValue()).isEqualTo("B");
        assertThat(held.getItemLabelGenerator().apply("B")).isEqualTo("内设机构（已停用）");
        assertThat(held.getListDataView().getItems().toList()).containsExactly("A", "B", "FULL_SENIOR");
    }

    @Test
    @WithUserDetails("applicant")
    void personAndUnitValuesGoInAndOutAsMapsOfTheirParts() throws IOException {
        FormRenderer r = shown(new FormRenderer(form(), Locale.SIMPLIFIED_CHINESE, CATALOGS, null));
        Map<String, Object> values = Map.of(
                "director", Map.of("name", "王研究员", "title", "FULL_SENIOR", "degree", "DOCTOR"),
                "lead", Map.of("name", "示例公司", "creditCode", "91140900MA0000000X"));
        r.setValues(values);
        assertThat(r.getValues()).containsEntry("director", values.get("director"))
                .containsEntry("lead", values.get("lead"));
        List<TextField> texts = descendants(byId(r, "field-lead")).filter(TextField.class::isInstance)
                .map(TextField.class::cast).toList();
        assertThat(texts).extracting(TextField::getLabel).containsExactly("单位名称", "统一社会信用代码");
    }

    /** On the page, as a view shows it (a tab's content is attached when shown). */
    private FormRenderer shown(FormRenderer renderer) {
        com.vaadin.flow.component.UI.getCurrent().add(renderer);
        roundTrip();
        return renderer;
    }
}
