package org.ticportal.ui.experts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.expert.AssignmentFilter;
import org.ticportal.core.expert.ExpertPanelService;
import org.ticportal.core.expert.MemberState;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.ui.base.AddressFilterNote;
import org.ticportal.ui.base.ViewTitles;

/**
 * 我的评审任务: an expert's landing page, the applications whose panel they sit on (newest first, paged in the
 * database), each with where the expert stands; a click opens the assignment.
 * <p>
 * The address may filter it to what a figure or a slice of 统计看板 counted, said above the grid:
 * {@code expert?state=DRAWN} (one state, a {@link MemberState} name) or {@code expert?overdue=1} (still to declare or
 * score, past the time limit).
 */
@Route("expert")
@Menu(title = "nav.expertHome", order = 1, icon = "vaadin:clipboard-check")
@RolesAllowed("EXPERT")
public class ExpertHomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter: only the seats in this state (a {@link MemberState} name). */
    public static final String STATE = "state";
    /** Query parameter: only the seats past their time limit ({@code =1}). */
    public static final String OVERDUE = "overdue";

    private final Grid<PanelViews.Assignment> grid = new Grid<>();
    private final AddressFilterNote addressNote = new AddressFilterNote("expert");
    private AssignmentFilter filter = AssignmentFilter.ALL;

    ExpertHomeView(ExpertPanelService panels) {
        addClassName("expert-home-view");
        setSizeFull();
        add(new H2(getTranslation("nav.expertHome")));
        Paragraph help = new Paragraph(getTranslation("expert.home.help"));
        help.addClassName("field-help");
        add(help);
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
            return panels.myAssignments(filter, page).stream();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AssignmentView.class,
                new RouteParameters("id", Long.toString(e.getItem().applicationId())))));
        add(addressNote, grid);
        expand(grid);
    }

    /** Sets the state or overdue filter from the address (none: every assignment), said above the grid. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional<MemberState> state = first(query, STATE).flatMap(ExpertHomeView::stateOf);
        boolean overdue = first(query, OVERDUE).filter("1"::equals).isPresent();
        filter = new AssignmentFilter(state.orElse(null), overdue);
        String note = null;
        if (overdue) {
            note = getTranslation("expert.home.filter.overdue");
        } else if (state.isPresent()) {
            note = getTranslation("expert.home.filter.state", getTranslation("panel.state." + state.get().name()));
        }
        addressNote.show(note);
        grid.getDataProvider().refreshAll();
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    /** The state of that name; none for an unknown one or {@code REPLACED} (never in the expert's list). */
    private static Optional<MemberState> stateOf(String name) {
        return Arrays.stream(MemberState.values()).filter(s -> s != MemberState.REPLACED && s.name().equals(name))
                .findFirst();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.expertHome");
    }
}
