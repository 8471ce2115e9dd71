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

    @Test
    @WithUserDetails("applicant")
    void theFilesAreReadOnceAFieldNotEachTimeTheFormAsksItsValues() throws IOException {
        // 20 text fields, one of them a condition of the second attachment: the form works out the visibility from
        // every field's value whenever one changes
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            fields.append("{\"key\": \"t").append(i).append("\", \"type\": \"TEXT\", \"label\": {\"zh\": \"文本")
                    .append(i).append("\"}},");
        }
        String json = """
                {"code": "A", "title": {"zh": "附件"}, "sections": [{"key": "s", "title": {"zh": "基本"}, "fields": [
                  %s
                  {"key": "plan", "type": "ATTACHMENT", "label": {"zh": "建设方案"}},
                  {"key": "proof", "type": "ATTACHMENT", "label": {"zh": "证明"}, "visibleWhen": {"field": "t0",
                   "equals": "是"}}
                ]}]}
                """.formatted(fields);
        Map<String, Integer> reads = new LinkedHashMap<>();
        AttachmentSupport counting = new AttachmentSupport() {
            @Override
            public List<? extends org.ticportal.core.common.StoredFileInfo> list(String fieldKey) {
                reads.merge(fieldKey, 1, Integer::sum);
                return List.of();
            }

            @Override
            public org.ticportal.core.common.StoredFileInfo upload(String fieldKey, String fileName,
                                                                   java.io.InputStream content) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void remove(long attachmentId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.ticportal.core.application.AttachmentService.Download open(long attachmentId) {
                throw new UnsupportedOperationException();
            }
        };
        FormRenderer r = shown(new FormRenderer(FormReader.read(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8))), Locale.SIMPLIFIED_CHINESE, CATALOGS, counting));
        reads.clear();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            values.put("t" + i, "值" + i);
        }
        r.setValues(values);
        r.setReadOnly(true);
        r.setReadOnly(false);
        assertThat(r.getValues()).containsEntry("t19", "值19").doesNotContainKey("plan");

        // giving a field its value reads its files once (what another user attached meanwhile shows); the values
        // asked for the conditions, read-only and save read none
        assertThat(reads).containsExactly(Map.entry("plan", 1), Map.entry("proof", 1));
    }

    /** On the page, as a view shows it (a tab's content is attached when shown). */
    private FormRenderer shown(FormRenderer renderer) {
        com.vaadin.flow.component.UI.getCurrent().add(renderer);
        roundTrip();
        return renderer;
    }
}
