package org.ticportal.ui.experts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.expert.PanelBatchRunner;
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

    private static final int POLL_MS = 300;

    private final PanelBatchService batches;
    private final PanelBatchRunner runner;
    private final Grid<PanelBatchService.Waiting> grid = new Grid<>();
    private final VerticalLayout outcome = new VerticalLayout();
    private final ProgressBar progress = new ProgressBar();
    private final Button draw = new Button();
    private CompletableFuture<Void> lastDraw = CompletableFuture.completedFuture(null);

    PanelBatchView(PanelBatchService batches, PanelBatchRunner runner) {
        this.batches = batches;
        this.runner = runner;
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

        draw.setText(getTranslation("panelBatch.draw"));
        draw.addClickListener(e -> draw());
        draw.setId("panel-batch-draw");
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setId("panel-batch-progress");
        progress.setVisible(false);
        progress.setWidth("min(44em, 100%)");
        outcome.setId("panel-batch-outcome");
        outcome.setPadding(false);
        add(draw, progress, grid, outcome);
        setFlexGrow(1, grid);
    }

    /** Starts the draw in the background; the page polls for its progress and shows the outcome when it is done. */
    private void draw() {
        outcome.removeAll();
        List<Long> ids = grid.getSelectedItems().stream().filter(w -> !w.drawn()).map(w -> w.row().id()).toList();
        if (ids.isEmpty()) {
            Messages.error(this, "error.message", getTranslation("panelBatch.empty"));
            return;
        }
        UI ui = UI.getCurrent();
        draw.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MS);
        CompletableFuture<PanelBatchService.Batch> started;
        try {
            started = runner.start(ids, fraction -> ui.access(() -> progress.setValue(fraction)));
        } catch (RuntimeException failed) {
            // nothing runs: the page as it was, the error handler's message
            ui.setPollInterval(-1);
            progress.setVisible(false);
            draw.setEnabled(true);
            throw failed;
        }
        lastDraw = started
                .handle((batch, error) -> {
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        progress.setVisible(false);
                        draw.setEnabled(true);
                        if (error == null) {
                            drawn(batch);
                        } else {
                            refused(error instanceof CompletionException c && c.getCause() != null
                                    ? c.getCause() : error);
                        }
                    });
                    return null;
                });
    }

    /** The outcome of the last draw started here, complete once it was handed to the page (for tests). */
    CompletableFuture<Void> lastDraw() {
        return lastDraw;
    }

    private void drawn(PanelBatchService.Batch batch) {
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
    }

    private void refused(Throwable error) {
        if (error instanceof PanelBatchService.Refused refused) {
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
        } else if (error instanceof RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        } else {
            Messages.error(this, "error.message", String.valueOf(error));
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.panelBatch");
    }
}
