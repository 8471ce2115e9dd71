package org.ticportal.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.ComparisonRow;
import org.ticportal.ui.ViewTestBase;

/** The comparison of Xinzhou and Shanxi, and the settings form built from a plugin's declarations. */
class PolicyViewsTest extends ViewTestBase {

    @SuppressWarnings("unchecked")
    private List<ComparisonRow> rows() {
        Grid<ComparisonRow> grid = find(Grid.class).withId("compare-grid").single();
        return grid.getListDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("bureau")
    void theComparisonShowsTheRealDifferencesBetweenXinzhouAndShanxi() {
        navigate(PolicyCompareView.class);

        ComparisonRow area = rows().stream().filter(r -> r.section().equals("RULES")
                && r.aspect().zh().contains("面积")).findFirst().orElseThrow();
        assertThat(area.differs()).isTrue();
        assertThat(area.left().zh()).contains("1000");
        assertThat(area.right().zh()).contains("500");
        ComparisonRow naming = rows().stream().filter(r -> r.aspect().zh().equals("命名方式")).findFirst().orElseThrow();
        assertThat(naming.left().zh()).isEqualTo("山西省××技术创新中心");
        assertThat(naming.right().zh()).isEqualTo("忻州市××技术创新中心");
        ComparisonRow noticeDays = rows().stream().filter(r -> r.aspect().zh().equals("公示期")).findFirst()
                .orElseThrow();
        assertThat(noticeDays.differs()).as("both notices last 5 working days").isFalse();
        assertThat(rows()).anySatisfy(r -> assertThat(r.left().zh()).contains("配套"));

        int all = rows().size();
        test(find(Checkbox.class).withId("compare-differences").single()).click();
        assertThat(rows()).hasSizeLessThan(all).allMatch(ComparisonRow::differs);
        assertThat(find(Paragraph.class).withId("compare-summary").single().getText()).contains(Integer.toString(all));
    }

    @Test
    @WithUserDetails("admin")
    void aSettingTheMeasuresLeaveOpenIsCheckedOnTheServerAndSaved() {
        navigate(PoliciesView.class);
        @SuppressWarnings("unchecked")
        Select<StartedPolicy> policy = find(Select.class).withId("settings-policy").single();
        policy.setValue(policy.getListDataView().getItems().filter(p -> p.policyId().equals("xinzhou")).findFirst()
                .orElseThrow());
        TextField months = find(TextField.class).withId("setting-rectification-months").single();
        assertThat(months.getValue()).isEqualTo("6");

        months.setValue("半年");
        test(find(Button.class).withId("settings-save").single()).click();
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).contains("数字");

        months.setValue("9");
        test(find(Button.class).withId("settings-save").single()).click();
        TextField saved = find(TextField.class).withId("setting-rectification-months").single();
        assertThat(saved.getValue()).isEqualTo("9");
        assertThat(saved.isInvalid()).isFalse();
    }
}
