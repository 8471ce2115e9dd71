package org.ticportal.ui.experts;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.expert.ExpertPanelService;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.ui.base.ViewTitles;

/**
 * 我的评审任务: an expert's landing page, the applications whose panel they sit on (newest first, paged in the
 * database), each with where the expert stands; a click opens the assignment.
 */
@Route("expert")
@Menu(title = "nav.expertHome", order = 1, icon = "vaadin:clipboard-check")
@RolesAllowed("EXPERT")
public class ExpertHomeView extends VerticalLayout implements HasDynamicTitle {

    ExpertHomeView(ExpertPanelService panels) {
        addClassName("expert-home-view");
        setSizeFull();
        add(new H2(getTranslation("nav.expertHome")));
        Paragraph help = new Paragraph(getTranslation("expert.home.help"));
        help.addClassName("field-help");
        add(help);
        Grid<PanelViews.Assignment> grid = new Grid<>();
        grid.setId("expert-assignments");
        grid.addColumn(PanelViews.Assignment::referenceNo).setHeader(getTranslation("panel.case.referenceNo"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.centerName() == null ? "" : a.centerName())
                .setHeader(getTranslation("panel.case.centerName")).setAutoWidth(true);
        grid.addColumn(PanelViews.Assignment::unitName).setHeader(getTranslation("panel.case.unitName"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.leader() ? getTranslation("panel.leader") : getTranslation("panel.member"))
                .setHeader(getTranslation("panel.role")).setAutoWidth(true);
        grid.addColumn(a -> a.concluded() ? getTranslation("panel.concludedShort")
                : getTranslation("panel.state." + a.state().name())).setHeader(getTranslation("panel.state"))
                .setAutoWidth(true);
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
            }
            return panels.myAssignments(page).stream();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AssignmentView.class,
                new RouteParameters("id", Long.toString(e.getItem().applicationId())))));
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.expertHome");
    }
}
