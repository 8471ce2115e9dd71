package org.ticportal.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.application.StageOption;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.forms.FormRenderer;

/**
 * The applicant's screens: filing an application under the jurisdiction's active policy, the form rendered from the
 * policy's definition with the server's refusals at the field, and the eligibility check citing its articles.
 */
class ApplicationViewsTest extends ViewTestBase {

    @Test
    @WithUserDetails("applicant")
    void anApplicantFilesAXinzhouApplicationAndSeesEveryConditionWithItsArticle() {
        navigate(ApplicationsView.class);
        test(find(Button.class).withId("application-new").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Jurisdiction> jurisdiction = find(RadioButtonGroup.class).withId("application-jurisdiction")
                .single();
        assertThat(jurisdiction.getValue().code()).as("a Xinzhou unit is proposed its own city first").isEqualTo("140900");
        jurisdiction.setValue(jurisdiction.getListDataView().getItems()
                .filter(j -> j.code().equals("140900")).findFirst().orElseThrow());
        test(find(Button.class).withId("application-create").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ApplicationView.class);
        assertThat(find(H2.class).withId("application-title").single().getText()).startsWith("XINZHOU-");

        // a crafted value outside the form's range is refused by the server, at the field
        FormRenderer form = find(FormRenderer.class).withId("application-form").single();
        form.showSection("resources");
        BigDecimalField area = find(BigDecimalField.class).withId("field-area-usable").single();
        area.setValue(new BigDecimal("-5"));
        test(find(Button.class).withId("application-save").single()).click();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).contains("不得小于");

        area.setValue(new BigDecimal("420"));
        form.showSection("center");
        find(TextField.class).withId("field-coreName").single().setValue("新材料");
        @SuppressWarnings("unchecked")
        ComboBox<String> type = find(ComboBox.class).withId("field-centerType").single();
        type.setValue("FIELD");
        test(find(Button.class).withId("application-save").single()).click();
        assertThat(find(H2.class).withId("application-title").single().getText()).isEqualTo("忻州市新材料技术创新中心");

        find(TabSheet.class).withId("application-tabs").single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<RuleCheck> checks = find(Grid.class).withId("eligibility-grid").single();
        RuleCheck areaRule = checks.getListDataView().getItems().filter(c -> c.ruleId().equals("8.3b")).findFirst()
                .orElseThrow();
        assertThat(areaRule.article()).contains("第八条第（三）项");
        assertThat(areaRule.message().zh()).contains("420").contains("500");
        assertThat(find(Paragraph.class).withId("eligibility-summary").single().getText()).contains("阻止提交");
    }

    @Test
    @WithUserDetails("applicant")
    void theLeadUnitsRegisteredParticularsAreFilledInAndReadOnly() {
        navigate(ApplicationsView.class);
        test(find(Button.class).withId("application-new").single()).click();
        test(find(Button.class).withId("application-create").single()).click();

        FormRenderer form = find(FormRenderer.class).withId("application-form").single();
        form.showSection("leadUnit");
        TextField name = find(TextField.class).withId("field-leadUnit-name").single();
        assertThat(name.getValue()).isEqualTo("忻州示范新材料有限公司");
        assertThat(name.isReadOnly()).isTrue();
        assertThat(find(TextField.class).withId("field-leadUnit-contactName").single().isReadOnly())
                .as("what the registration does not decide stays editable").isFalse();
    }

    @Test
    @WithUserDetails("bureau")
    void theStageFilterOffersTheStagesOfTheBureausPolicyByName() {
        navigate(ApplicationsView.class);
        Grid<?> grid = find(Grid.class).withId("applications-grid").single();
        @SuppressWarnings("unchecked")
        Select<StageOption> stage = (Select<StageOption>) grid.getHeaderRows().stream()
                .flatMap(r -> r.getCells().stream()).map(c -> c.getComponent())
                .filter(c -> c != null && c.getId().filter("applications-stage-filter"::equals).isPresent())
                .findFirst().orElseThrow();
        List<StageOption> options = stage.getListDataView().getItems().toList();
        assertThat(options).extracting(StageOption::code).contains("DRAFT", "PUBLIC_NOTICE");
        assertThat(options).extracting(o -> stage.getItemLabelGenerator().apply(o))
                .contains("填写申请书", "市科技局网站公示").doesNotContain("PUBLIC_NOTICE");
    }

    @Test
    @WithUserDetails("county")
    void aCountyReviewerIsOfferedTheStagesOfThePoliciesThatTakeApplicationsThroughTheirBody() {
        navigate(ApplicationsView.class);
        Select<StageOption> stage = headerSelect("applications-stage-filter");
        assertThat(stage.getListDataView().getItems().map(o -> stage.getItemLabelGenerator().apply(o)).toList())
                .contains("填写申请书", "市科技局网站公示").doesNotContain("厅党组会议审议")
                .noneMatch(label -> label.contains(" / "));
    }

    @Test
    @WithUserDetails("bureau")
    void thePolicyFilterOffersThePoliciesByTitle() {
        navigate(ApplicationsView.class);
        Select<StartedPolicy> policy = headerSelect("applications-policy-filter");
        assertThat(policy.getListDataView().getItems().map(p -> policy.getItemLabelGenerator().apply(p)).toList())
                .contains("忻州市技术创新中心认定管理办法(试行)").doesNotContain("xinzhou");
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> headerSelect(String id) {
        Grid<?> grid = find(Grid.class).withId("applications-grid").single();
        return (Select<T>) grid.getHeaderRows().stream().flatMap(r -> r.getCells().stream()).map(c -> c.getComponent())
                .filter(c -> c != null && c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("county")
    void aCountyReviewerCannotFileApplications() {
        navigate(ApplicationsView.class);
        assertThat(find(Button.class).withId("application-new").all()).isEmpty();
        assertThat(find(Grid.class).withId("applications-grid").single()).isNotNull();
    }
}
