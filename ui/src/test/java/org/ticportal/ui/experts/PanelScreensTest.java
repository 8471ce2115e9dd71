package org.ticportal.ui.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.expert.PanelBatchService;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.ViewTestBase;

/**
 * The bureau's panel screens: 批量抽取专家组 draws panels for the applications ticked in the grid, and on 专家组 the
 * bureau makes another member the head (设为组长) with a reason that the draw record then shows.
 */
class PanelScreensTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    PanelDrawService draws;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("bureau")
    void theBureauTicksApplicationsAndDrawsAPanelForEachInOneAction() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        String reference = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id)).row().referenceNo();

        navigate(PanelBatchView.class);
        Grid<?> grid = find(Grid.class).withId("panel-batch-grid").single();
        int row = rowOf(grid, id);
        assertThat(test(grid).getCellText(row, 0)).isEqualTo(reference);
        test(grid).select(row);
        test(find(Button.class).withId("panel-batch-draw").single()).click();
        awaitDraw();

        assertThat(find(ProgressBar.class).withId("panel-batch-progress").exists())
                .as("the progress is gone once the draw is done").isFalse();
        assertThat(find(Paragraph.class).withId("panel-batch-facts").single().getText()).contains("bureau");
        Grid<?> drawn = find(Grid.class).withId("panel-batch-drawn").single();
        assertThat(test(drawn).size()).isEqualTo(1);
        assertThat(test(drawn).getCellText(0, 0)).isEqualTo(reference);
        assertThat(Acting.as(security, "bureau", Role.BUREAU, () -> draws.panel(id))).isPresent();
        assertThat(((PanelBatchService.Waiting) test(grid).getRow(rowOf(grid, id))).drawn()).isTrue();
    }

    @Test
    @WithUserDetails("bureau")
    void aBatchWithAnApplicationAlreadyDrawnIsRefusedWithTheReason() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        navigate(PanelBatchView.class);
        Grid<?> grid = find(Grid.class).withId("panel-batch-grid").single();
        int row = rowOf(grid, id);
        test(grid).select(row);
        // meanwhile another bureau user drew it
        Acting.as(security, "bureau", Role.BUREAU, () -> draws.draw(id, 3L));

        test(find(Button.class).withId("panel-batch-draw").single()).click();
        awaitDraw();

        assertThat(find(Paragraph.class).withId("panel-batch-refused").single().getText()).contains("均未抽取");
        Grid<?> refusals = find(Grid.class).withId("panel-batch-refusals").single();
        assertThat(test(refusals).getCellText(0, 1)).contains("已抽取专家组");
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauMakesAnotherMemberTheHeadWithAReason() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        PanelViews.Panel panel = Acting.as(security, "bureau", Role.BUREAU, () -> draws.draw(id, 5L));
        PanelViews.Member next = panel.members().get(1);

        UI.getCurrent().navigate("applications/" + id + "/panel");
        assertThat(find(Paragraph.class).withId("panel-head-help").single().getText()).contains("默认为组长");
        Grid<?> members = find(Grid.class).withId("panel-members").single();
        assertThat(test(members).getCellText(0, 2)).isEqualTo("组长");
        Button head = (Button) test(members).getCellComponent(1, 6).getChildren()
                .filter(c -> ("panel-head-" + next.memberId()).equals(c.getId().orElse(null))).findFirst()
                .orElseThrow();
        assertThat(head.getText()).isEqualTo("设为组长");
        test(head).click();
        test(find(TextArea.class).withId("panel-head-reason").single()).setValue("熟悉该领域");
        test(find(Button.class).withId("panel-head-confirm").single()).click();

        Grid<?> after = find(Grid.class).withId("panel-members").single();
        assertThat(test(after).getCellText(1, 2)).isEqualTo("组长");
        assertThat(test(after).getCellText(0, 2)).isEmpty();
        assertThat(find(Paragraph.class).withClassName("panel-head-change").single().getText())
                .contains("熟悉该领域").contains(next.name());
    }

    private int rowOf(Grid<?> grid, long applicationId) {
        return IntStream.range(0, test(grid).size())
                .filter(i -> ((PanelBatchService.Waiting) test(grid).getRow(i)).row().id() == applicationId)
                .findFirst().orElseThrow();
    }

    /** Waits for the background draw, then runs what it handed to the page, as the browser's next poll. */
    private void awaitDraw() {
        try {
            ((PanelBatchView) getCurrentView()).lastDraw().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        MockVaadin.clientRoundtrip();
    }
}
