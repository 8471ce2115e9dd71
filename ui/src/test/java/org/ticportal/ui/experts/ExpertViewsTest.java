package org.ticportal.ui.experts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.ViewTestBase;

/**
 * An expert lands on their assignments and, on one, sees only who applies until they declare; the pool's grid lists
 * the demo experts for the bureau.
 */
class ExpertViewsTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    PanelDrawService panels;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    ChecklistService checklist;

    @Test
    @WithUserDetails("expert")
    void anExpertLandsOnTheirAssignmentsAndSeesTheApplicationOnlyAfterDeclaring() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        PanelViews.Panel panel = Acting.as(security, "bureau", Role.BUREAU, () -> panels.draw(id, 5L));
        assertThat(panel.record().skipped()).extracting(s -> s.reason() + ":" + s.detail())
                .contains("CO_BUILDERS:" + ExpertSamples.CO_BUILDER);
        String reference = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id)).row().referenceNo();

        navigate(ExpertHomeView.class);
        Grid<?> grid = find(Grid.class).withId("expert-assignments").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 0)))
                .contains(reference);

        UI.getCurrent().navigate("expert/assignments/" + id);
        assertThat(find(VerticalLayout.class).withId("assignment-declaration").all()).hasSize(1);
        assertThat(find(VerticalLayout.class).withId("assignment-application").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("panel-case").single().getElement()
                .getTextRecursively()).contains("忻州示范新材料有限公司").contains(ExpertSamples.CO_BUILDER);

        test(find(Button.class).withId("declare-no-conflict").single()).click();

        assertThat(find(VerticalLayout.class).withId("assignment-application").all()).hasSize(1);
        assertThat(find(VerticalLayout.class).withId("assignment-sheet").all()).hasSize(1);
        // the filed form, read-only with the policy's labels, and its files to download
        assertThat(find(org.ticportal.ui.forms.FormRenderer.class).withId("assignment-form").all()).hasSize(1);
        Grid<?> files = find(Grid.class).withId("assignment-attachments").single();
        assertThat(test(files).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(files).getCellComponent(0, 1)).isInstanceOf(com.vaadin.flow.component.html.Anchor.class);
    }

    @Test
    @WithUserDetails("expert")
    void anExpertOpeningAnApplicationNotAssignedToThemIsRefused() {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);

        UI.getCurrent().navigate("expert/assignments/" + id);

        assertThat(find(Paragraph.class).withId("assignment-refused").single().getText()).contains("无权查看");
        assertThat(find(VerticalLayout.class).withId("assignment-declaration").all()).isEmpty();
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauSeesThePoolWithItsFields() {
        navigate(ExpertsView.class);
        Grid<?> grid = find(Grid.class).withId("experts-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(5);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 3)))
                .anyMatch(text -> text.contains("特种金属材料"));
    }
}
