package org.ticportal.ui.evaluations;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.center.CenterStanding;
import org.ticportal.core.center.CenterStandingRow;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.ViewTitles;

/**
 * 优秀中心 (art. 14: 运行良好、成绩突出的，市科技计划项目给予重点支持，并优先推荐申报省级技术创新中心): the active centers
 * flagged outstanding by their last evaluation, those to be recommended upward first, paged in the database within
 * the user's scope; a click opens the center.
 */
@Route("outstanding-centers")
@Menu(title = "nav.outstandingCenters", order = 8.3, icon = "vaadin:star")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY"})
public class OutstandingCentersView extends VerticalLayout implements HasDynamicTitle {

    OutstandingCentersView(CenterStanding standing) {
        addClassName("outstanding-centers-view");
        setSizeFull();
        Locale locale = getLocale();
        Grid<CenterStandingRow> grid = new Grid<>();
        grid.setId("outstanding-grid");
        grid.addColumn(CenterStandingRow::name).setHeader(getTranslation("evaluations.center")).setFlexGrow(3);
        grid.addColumn(CenterStandingRow::leadUnitName).setHeader(getTranslation("evaluations.leadUnit"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.lastGrade() == null ? "" : c.lastGrade().get(locale))
                .setHeader(getTranslation("evaluations.grade"));
        grid.addColumn(c -> Formats.date(c.lastEvaluatedOn(), locale))
                .setHeader(getTranslation("evaluations.evaluatedOn"));
        grid.addColumn(c -> c.recommendedUpward() ? getTranslation("evaluations.recommendUpward") : "")
                .setHeader(getTranslation("evaluations.support"));
        grid.setItems(q -> standing.outstanding(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) standing.outstandingCount());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                org.ticportal.ui.centers.CenterView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        Paragraph help = new Paragraph(getTranslation("evaluations.outstanding.help"));
        help.addClassName("field-help");
        add(help, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.outstandingCenters");
    }
}
