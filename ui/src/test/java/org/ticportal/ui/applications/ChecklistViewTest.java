package org.ticportal.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.RuleCheck;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.XinzhouSamples;

/**
 * The reviewers' checklist on an application's screen: 忻府区's reviewer sees the credit record (8.4c) as theirs to
 * verify, cannot mark it not verified without a reason (said at the note), marks it verified, and the checklist and
 * the eligibility tab then say who verified it; the bureau's items are shown to the county without buttons.
 */
class ChecklistViewTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("county")
    void aCountyReviewerVerifiesTheItemTheirBodyOwnsAndTheScreenSaysWhoVerifiedIt() {
        long id = submittedXinzhouApplication();
        UI.getCurrent().navigate("applications/" + id);
        assertThat(find(Anchor.class).withId("application-pdf").exists()).isTrue();
        find(TabSheet.class).withId("application-tabs").single().setSelectedIndex(2);
        assertThat(find(Paragraph.class).withId("checklist-summary").single().getText()).contains("未核实");
        @SuppressWarnings("unchecked")
        Grid<ChecklistItem> grid = find(Grid.class).withId("checklist-grid").single();
        assertThat(grid.getListDataView().getItems().filter(ChecklistItem::markable).map(ChecklistItem::ruleId))
                .containsExactly("8.4c");
        assertThat(grid.getListDataView().getItems().map(ChecklistItem::ruleId)).contains("8.3a", "8.4a-policy");
        assertThat(test(grid).getCellComponent(row(grid, "8.3a"), "mark").getChildren()).as("the bureau's item")
                .isEmpty();

        // not verified needs a reason: said at the note, nothing recorded
        com.vaadin.flow.component.Component cell = test(grid).getCellComponent(row(grid, "8.4c"), "mark");
        TextArea note = (TextArea) cell.getChildren().findFirst().orElseThrow();
        List<Button> buttons = cell.getChildren().skip(1).findFirst().orElseThrow().getChildren()
                .map(Button.class::cast).toList();
        assertThat(buttons).extracting(Button::getText).containsExactly("核实通过", "核实未通过");
        buttons.get(1).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("说明");
        assertThat(((Span) test(grid).getCellComponent(row(grid, "8.4c"), "state")).getText()).isEqualTo("待核实");

        note.setValue("已查信用中国，无失信记录");
        buttons.get(0).click();
        @SuppressWarnings("unchecked")
        Grid<ChecklistItem> after = find(Grid.class).withId("checklist-grid").single();
        assertThat(((Span) test(after).getCellComponent(row(after, "8.4c"), "state")).getText()).isEqualTo("核实通过");
        ChecklistItem verified = after.getListDataView().getItems().filter(i -> i.ruleId().equals("8.4c"))
                .findFirst().orElseThrow();
        assertThat(verified.verifiedBy()).isEqualTo("county");
        assertThat(verified.note()).isEqualTo("已查信用中国，无失信记录");
        assertThat(find(Paragraph.class).withId("checklist-summary").single().getText()).contains("未核实");

        // the eligibility tab says who verified what
        find(TabSheet.class).withId("application-tabs").single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<RuleCheck> checks = find(Grid.class).withId("eligibility-grid").single();
        List<RuleCheck> rows = checks.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(c -> c.ruleId().equals("8.4c")).findFirst().orElseThrow());
        int column = checks.getColumns().indexOf(checks.getColumnByKey("verification"));
        assertThat(test(checks).getCellText(row, column)).startsWith("核实通过 · county，");
    }

    private static int row(Grid<ChecklistItem> grid, String ruleId) {
        List<ChecklistItem> items = grid.getListDataView().getItems().toList();
        return items.indexOf(items.stream().filter(i -> i.ruleId().equals(ruleId)).findFirst().orElseThrow());
    }

    private long submittedXinzhouApplication() {
        return Acting.as(security, "applicant", Role.APPLICANT, () -> {
            ApplicationDetail app = applications.create("140900");
            long id = app.row().id();
            XinzhouSamples.attachEvery(applications, attachments, id, "APPLICATION");
            ApplicationDetail draft = applications.saveDraft(id, applications.get(id).row().version(),
                    XinzhouSamples.completeApplication(), Map.of());
            applications.perform(id, draft.row().version(), "SUBMIT_TO_COUNTY", null, Map.of());
            return id;
        });
    }
}
