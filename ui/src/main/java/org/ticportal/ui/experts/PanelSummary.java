package org.ticportal.ui.experts;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.expert.ExpertPanelService;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * What an application's screen shows of its expert panel: for bureau staff a link to the panel (at an expert review
 * stage or once drawn); for everyone who sees the application, the panel's score and conclusion and the experts'
 * opinions (unnamed) once the head concluded, so that the applicant can revise the construction plan.
 */
public final class PanelSummary {

    private PanelSummary() {
    }

    /** The panel's part of an application's screen, if there is anything to show. */
    public static Optional<Component> of(Component view, ExpertPanelService panels, ApplicationDetail d, Role role) {
        long id = d.row().id();
        Div box = new Div();
        box.setId("application-panel");
        box.addClassName("card");
        if (role == Role.BUREAU && d.row().stageKind() == StageKind.EXPERT_REVIEW) {
            RouterLink link = new RouterLink(view.getTranslation("panel.open"), PanelView.class,
                    new RouteParameters("id", Long.toString(id)));
            link.setId("application-panel-link");
            box.add(link);
        }
        try {
            panels.result(id).ifPresent(r -> {
                box.add(new H3(view.getTranslation("panel.resultTitle")));
                Paragraph result = new Paragraph(view.getTranslation("panel.resultLine", r.score() == null ? ""
                        : r.score().toPlainString(), d.stepNames().containsKey(r.conclusion())
                        ? d.stepNames().get(r.conclusion()).get(com.vaadin.flow.component.UI.getCurrent().getLocale()) : r.conclusion()));
                result.setId("application-panel-result");
                box.add(result);
                for (PanelViews.Opinion o : r.opinions()) {
                    box.add(new Paragraph(view.getTranslation(o.leader() ? "panel.opinion.leader" : "panel.opinion",
                            o.position(), o.total() == null ? "" : o.total().toPlainString(),
                            o.opinion() == null ? "" : o.opinion())));
                }
            });
        } catch (RuntimeException e) {
            // no panel result for this user: nothing to add
        }
        return box.getComponentCount() == 0 ? Optional.empty() : Optional.of(box);
    }
}
