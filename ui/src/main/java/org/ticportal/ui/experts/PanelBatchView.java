package org.ticportal.ui.experts;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.expert.PanelBatchService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 批量抽取专家组: bureau staff select several applications at the expert argumentation stage and draw a panel for each
 * in one action, all or nothing; a refused batch lists each application that cannot be served and why, a drawn one
 * lists the panels with their seeds (each panel's own draw record is on its 专家组 screen).
 */
@Route("panels/batch")
@Menu(title = "nav.panelBatch", order = 16, icon = "vaadin:random")
@RolesAllowed("BUREAU")
public class PanelBatchView extends VerticalLayout implements HasDynamicTitle {

    private final PanelBatchService batches;
    private final Grid<PanelBatchService.Waiting> grid = new Grid<>();
    private final VerticalLayout outcome = new VerticalLayout();

    PanelBatchView(PanelBatchService batches) {
        this.batches = batches;
        addClassName("panel-batch-view");
        setSizeFull();
        add(new H2(getTranslation("panelBatch.title")), new Paragraph(getTranslation("panelBatch.help")));

        grid.setId("panel-batch-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(w -> w.row().referenceNo()).setHeader(getTranslation("panel.case.referenceNo"))
                .setSortProperty("referenceNo").setAutoWidth(true);
        grid.addColumn(w -> w.row().fullName() == null ? "" : w.row().fullName())
                .setHeader(getTranslation("panel.case.centerName")).setSortProperty("fullName").setFlexGrow(1);
        grid.addColumn(w -> w.row().unitName()).setHeader(getTranslation("panel.case.unitName")).setFlexGrow(1);
        grid.addComponentColumn(w -> w.drawn()
                ? new RouterLink(getTranslation("panelBatch.drawn"), PanelView.class,
                        new RouteParameters("id", Long.toString(w.row().id())))
                : new com.vaadin.flow.component.html.Span(getTranslation("panelBatch.waiting")))
                .setHeader(getTranslation("panel.state")).setAutoWidth(true);
        grid.setItemSelectableProvider(w -> !w.drawn());
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
            }
            return batches.waiting(page).stream();
        }, query -> (int) batches.countWaiting());

        Button draw = new Button(getTranslation("panelBatch.draw"), e -> draw());
        draw.setId("panel-batch-draw");
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.setId("panel-batch-outcome");
        outcome.setPadding(false);
        add(draw, grid, outcome);
        setFlexGrow(1, grid);
    }

    private void draw() {
        outcome.removeAll();
        List<Long> ids = grid.getSelectedItems().stream().filter(w -> !w.drawn()).map(w -> w.row().id()).toList();
        try {
            PanelBatchService.Batch batch = batches.draw(ids);
            Messages.success(this, "panelBatch.done", batch.panels().size());
            Paragraph facts = new Paragraph(getTranslation("panelBatch.facts", batch.id(),
                    Formats.dateTime(batch.drawnAt(), getLocale()), batch.drawnBy(), batch.panels().size()));
            facts.setId("panel-batch-facts");
            Grid<PanelBatchService.Drawn> drawn = new Grid<>();
            drawn.setId("panel-batch-drawn");
            drawn.addColumn(PanelBatchService.Drawn::referenceNo).setHeader(getTranslation("panel.case.referenceNo"))
                    .setAutoWidth(true);
            drawn.addColumn(d -> Long.toString(d.seed())).setHeader(getTranslation("panelBatch.seed"))
                    .setAutoWidth(true);
            drawn.addColumn(d -> String.join(getTranslation("panelBatch.separator"), d.members()))
                    .setHeader(getTranslation("panel.members")).setFlexGrow(1);
            drawn.setItems(batch.panels());
            drawn.setAllRowsVisible(true);
            outcome.add(new H3(getTranslation("panelBatch.result")), facts, drawn);
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        } catch (PanelBatchService.Refused refused) {
            Paragraph head = new Paragraph(Messages.describe(this, refused));
            head.setId("panel-batch-refused");
            head.addClassName("notice");
            Grid<PanelBatchService.Refusal> list = new Grid<>();
            list.setId("panel-batch-refusals");
            list.addColumn(PanelBatchService.Refusal::referenceNo).setHeader(getTranslation("panel.case.referenceNo"))
                    .setAutoWidth(true);
            list.addColumn(r -> getTranslation(r.messageKey(), r.arguments() == null ? new Object[0]
                    : r.arguments())).setHeader(getTranslation("panelBatch.reason")).setFlexGrow(1);
            list.setItems(refused.refusals());
            list.setAllRowsVisible(true);
            outcome.add(head, list);
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.panelBatch");
    }
}
