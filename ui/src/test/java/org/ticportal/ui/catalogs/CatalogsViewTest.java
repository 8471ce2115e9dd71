package org.ticportal.ui.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.catalog.EntrySource;
import org.ticportal.core.catalog.MergedEntry;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.Catalog;
import org.ticportal.ui.ViewTestBase;

/** The catalog editor: administrators add and retire entries of Xinzhou's catalogs, bureau staff only read. */
class CatalogsViewTest extends ViewTestBase {

    private static final String LIST = Catalog.LEGAL_FORMS;

    private void openXinzhouList() {
        navigate(CatalogsView.class);
        @SuppressWarnings("unchecked")
        Select<StartedPolicy> policy = find(Select.class).withId("catalog-policy").single();
        policy.setValue(policy.getListDataView().getItems().filter(p -> p.policyId().equals("xinzhou")).findFirst()
                .orElseThrow());
        TabSheet tabs = find(TabSheet.class).withId("catalogs-tabs").single();
        tabs.setSelectedTab(find(Tab.class).withId("catalogs-tab-" + LIST).single());
    }

    @SuppressWarnings("unchecked")
    private Grid<MergedEntry> grid() {
        return find(Grid.class).withId("catalogs-grid-" + LIST).single();
    }

    private List<MergedEntry> rows() {
        return grid().getListDataView().getItems().toList();
    }

    private int rowOf(String code) {
        List<MergedEntry> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private Button action(String code, String kind) {
        Component cell = test(grid()).getCellComponent(rowOf(code), "actions");
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals("catalogs-" + kind + "-" + LIST + "-" + code))
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorAddsAnEntryAndRetiresIt() {
        openXinzhouList();
        int defaults = rows().size();
        assertThat(rows()).allMatch(e -> e.source() == EntrySource.DEFAULT);

        test(find(Button.class).withId("catalogs-add-" + LIST).single()).click();
        TextField code = find(TextField.class).withId("catalogs-entry-code").single();
        test(code).setValue("bad code");
        test(find(TextField.class).withId("catalogs-entry-nameZh").single()).setValue("民办非企业单位");
        test(find(Button.class).withId("catalogs-entry-save").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("大写字母");

        String newCode = "UI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        test(code).setValue(newCode);
        TextField nameZh = find(TextField.class).withId("catalogs-entry-nameZh").single();
        test(nameZh).setValue("民办非企业单位" + newCode);
        test(find(TextField.class).withId("catalogs-entry-nameEn").single()).setValue("Private non-enterprise unit");
        test(find(Button.class).withId("catalogs-entry-save").single()).click();
        assertThat(find(TextField.class).withId("catalogs-entry-code").exists()).as("the dialog closed").isFalse();

        assertThat(rows()).hasSize(defaults + 1);
        MergedEntry added = rows().get(rowOf(newCode));
        assertThat(added.source()).isEqualTo(EntrySource.ADDED);
        assertThat(added.retired()).isFalse();

        test(action(newCode, "retire")).click();
        MergedEntry retired = rows().get(rowOf(newCode));
        assertThat(retired.retired()).isTrue();
        Span status = (Span) test(grid()).getCellComponent(rowOf(newCode), "status");
        assertThat(status.getText()).isEqualTo("已停用");
        assertThat(action(newCode, "restore")).isNotNull();

        TabSheet tabs = find(TabSheet.class).withId("catalogs-tabs").single();
        tabs.setSelectedTab(find(Tab.class).withId("catalogs-tab-history").single());
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> history = find(Grid.class).withId("catalogs-history").single();
        assertThat(test(history).size()).isGreaterThanOrEqualTo(2);
        assertThat(test(history).getCellText(0, test(history).getColumnPosition("catalogs.history.action")))
                .isEqualTo("停用");
        assertThat(test(history).getCellText(0, test(history).getColumnPosition("catalogs.history.entry")))
                .isEqualTo(newCode);
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffReadTheCatalogsWithoutEditButtons() {
        openXinzhouList();
        assertThat(rows()).isNotEmpty();
        assertThat(find(Button.class).withId("catalogs-add-" + LIST).exists()).isFalse();
        assertThat(grid().getColumnByKey("actions")).isNull();
        assertThat(grid().getColumnByKey("source")).isNotNull();
        assertThat(find(Paragraph.class).withId("catalogs-help-" + LIST).single().getText()).contains("只有系统管理员");
        assertThat(find(Tab.class).withId("catalogs-tab-history").exists()).isFalse();
    }
}
