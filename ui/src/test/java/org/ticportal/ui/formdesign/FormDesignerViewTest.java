package org.ticportal.ui.formdesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.ui.ComponentTree.byId;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormOverview;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.forms.FormRenderer;

/**
 * The form list and the designer, driven as an administrator clicks them: a draft of Xinzhou's application form, a
 * field added and configured with a condition while the preview follows, and a rule's field removed, which the
 * publication check refuses naming the rule and article. The draft is discarded at the end: publishing is the
 * journey's and the service test's part, and the forms other tests use stay as shipped.
 */
class FormDesignerViewTest extends ViewTestBase {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorEditsADraftWithALivePreviewAndCheck() {
        navigate(FormsView.class);
        Select<StartedPolicy> policy = find(Select.class).withId("forms-policy").single();
        policy.setValue(policy.getListDataView().getItems().filter(p -> p.policyId().equals("xinzhou")).findFirst()
                .orElseThrow());
        Grid<FormOverview> forms = find(Grid.class).withId("forms-grid").single();
        assertThat(forms.getListDataView().getItems().map(FormOverview::code).toList())
                .contains("APPLICATION", "RECOMMENDATION", "SCORE_SHEET", "ANNUAL_REPORT", "SELF_EVALUATION",
                        "CHANGE_REQUEST", "OBJECTION");
        forms.select(forms.getListDataView().getItems().filter(f -> f.code().equals("APPLICATION")).findFirst()
                .orElseThrow());
        test(find(Button.class).withId("forms-edit").single()).click();

        FormDesignerView designer = (FormDesignerView) getCurrentView();
        TreeGrid<DefinitionPath> outline = find(TreeGrid.class).withId("designer-outline").single();
        assertThat(find(FormRenderer.class).withId("designer-preview-form").all()).hasSize(1);

        // a yes/no field in the "center" section, then a number shown only when it is answered yes
        outline.select(new DefinitionPath(DefinitionPath.Level.SECTION, "center", null, null));
        Select<FieldType> type = find(Select.class).withId("designer-new-type").single();
        type.setValue(FieldType.YES_NO);
        test(find(Button.class).withId("designer-add-field").single()).click();
        test(find(TextField.class).withId("prop-key").single()).setValue("hasPartners");
        test(find(TextField.class).withId("prop-label").single()).setValue("是否有共建单位");
        type.setValue(FieldType.NUMBER);
        test(find(Button.class).withId("designer-add-field").single()).click();
        TextField newKey = find(TextField.class).withId("prop-key").single();
        test(newKey).setValue("hasPartners");
        assertThat(newKey.isInvalid()).as("a key in use is refused where it is typed").isTrue();
        assertThat(designer.definition().fields().filter(f -> f.key().equals("hasPartners"))).hasSize(1);
        test(newKey).setValue("partnerCount");
        test(find(TextField.class).withId("prop-label").single()).setValue("共建单位数量");
        test(find(Checkbox.class).withId("prop-required").single()).click();
        ComboBox<String> on = find(ComboBox.class).withId("prop-visible-field").single();
        test(on).selectItem("是否有共建单位（hasPartners）");
        ComboBox<String> values = find(ComboBox.class).withId("prop-visible-values").single();
        test(values).selectItem("true");

        assertThat(designer.definition().field("partnerCount")).hasValueSatisfying(f -> {
            assertThat(f.required()).isTrue();
            assertThat(f.visibleWhen()).isNotNull();
            assertThat(f.visibleWhen().field()).isEqualTo("hasPartners");
            assertThat(f.visibleWhen().equals()).isEqualTo("true");
        });
        // the preview shows the new fields, the number only once the question is answered yes
        FormRenderer preview = find(FormRenderer.class).withId("designer-preview-form").single();
        assertThat(byId(preview, "field-hasPartners").isVisible()).isTrue();
        Component count = byId(preview, "field-partnerCount");
        assertThat(count.isVisible()).isFalse();
        ((RadioButtonGroup<Boolean>) byId(preview, "field-hasPartners")).setValue(Boolean.TRUE);
        assertThat(count.isVisible()).isTrue();
        // and the check has nothing against them
        Tab check = find(Tab.class).withId("designer-problems-tab").single();
        assertThat(check.getLabel()).isEqualTo("发布检查");
        test(find(Button.class).withId("designer-save").single()).click();

        // a check across fields, on the form: an incomplete one is refused where it is typed, a complete one added
        outline.select(new DefinitionPath(DefinitionPath.Level.FORM, "", null, null));
        ComboBox<String> checked = find(ComboBox.class).withId("constraint-field").single();
        test(checked).selectItem(checked.getItemLabelGenerator().apply("area.usable"));
        test(find(Button.class).withId("constraint-add").single()).click();
        TextField message = find(TextField.class).withId("constraint-message").single();
        assertThat(message.isInvalid()).isTrue();
        test(find(TextField.class).withId("constraint-value").single()).setValue("500000");
        test(message).setValue("使用面积超出合理范围");
        test(find(Button.class).withId("constraint-add").single()).click();
        assertThat(designer.definition().constraints()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("area.usable");
            assertThat(c.value()).isEqualTo("500000");
            assertThat(c.message().zh()).isEqualTo("使用面积超出合理范围");
        });
        assertThat(check.getLabel()).isEqualTo("发布检查");

        // the usable area is read by article 8's rule: removing it asks first, and the check refuses it
        outline.select(new DefinitionPath(DefinitionPath.Level.FIELD, "resources", "area.usable", null));
        assertThat(find(Div.class).withId("prop-uses").single().getElement().getTextRecursively())
                .contains("第八条");
        test(find(Button.class).withId("designer-remove").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("designer-remove-confirm").single();
        test(confirm).confirm();
        assertThat(designer.definition().field("area.usable")).isEmpty();
        assertThat(check.getLabel()).as("two rules of article 8 read the area, and the new check compares it")
                .isEqualTo("发布检查（3）");
        TabSheet right = (TabSheet) check.getParent().orElseThrow().getParent().orElseThrow();
        right.setSelectedTab(check);
        List<String> problems = find(ListItem.class).all().stream().map(ListItem::getText)
                .filter(t -> t.contains("area.usable")).toList();
        assertThat(problems).filteredOn(t -> t.startsWith("规则")).hasSize(2)
                .allSatisfy(t -> assertThat(t).contains("第八条"));
        assertThat(problems).anySatisfy(t -> assertThat(t).startsWith("校验“area.usable ≤ 500000”"));
        test(find(Button.class).withId("designer-publish").single()).click();
        assertThat(find(Button.class).withId("designer-publish-confirm").all()).as("no publication dialog").isEmpty();

        // discard the draft: the version in use stays the shipped form
        test(find(Button.class).withId("designer-discard").single()).click();
        test(find(ConfirmDialog.class).all().get(find(ConfirmDialog.class).all().size() - 1)).confirm();
        assertThat(getCurrentView()).isInstanceOf(FormsView.class);
    }
}
