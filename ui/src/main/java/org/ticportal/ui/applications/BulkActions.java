package org.ticportal.ui.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.common.BackgroundWork;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.expert.PanelBatchRunner;
import org.ticportal.core.expert.PanelBatchService;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.BulkReport;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;

/**
 * 批量操作 on 申报管理 for bureau staff (and administrators): the grid's rows become selectable, and a bar above it
 * says how many are ticked and offers the domain's bulk actions — 抽取专家组 (the batch draw, in the background with
 * a progress bar), 加入党组会议议题 (an unrecorded meeting), 加入公示 (a draft notice) and 发送催办提醒 (the next actors
 * of each case, with an optional message). Each action is the service's, all or nothing: the report lists every
 * refused row (reference number, unit, reason) and says that nothing was done, or says how many rows were done; the
 * grid then refreshes and the selection clears. Once rows are ticked and the filter matches more, the bar offers every
 * matching row (选择全部 N 条符合条件的记录, at most {@link ApplicationGrid#MAX_MATCHING}): the action then runs on
 * the rows the server reads from the same filter within the user's scope, in the background while the screen shows
 * that it runs ({@link BulkQuestion}, {@link BulkActionDialog}, {@link BulkProgress}). Users without bulk actions get
 * an empty, hidden bar.
 */
class BulkActions extends HorizontalLayout {

    private final FilterGrid<ApplicationRow, ApplicationFilter> grid;
    private final Span count = new Span();
    private final Button selectAll = new Button();
    private final Span tooMany = new Span();
    private CompletableFuture<Void> lastDraw = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> lastRun = CompletableFuture.completedFuture(null);
    /** Whether the user chose every row matching the filter rather than the ticked ones. */
    private boolean allMatching;
    /** How many rows the filter matched when last counted, and for which filter (counted once per filter). */
    private long matching;
    private @Nullable ApplicationFilter countedFor;

    BulkActions(FilterGrid<ApplicationRow, ApplicationFilter> grid) {
        this.grid = grid;
        setId("applications-bulk");
        addClassName("bulk-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
        Role role = bean(UserService.class).currentScope().role();
        if (role != Role.BUREAU && role != Role.ADMIN) {
            return;
        }
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        count.setId("applications-bulk-count");
        MenuBar menu = new MenuBar();
        menu.setId("applications-bulk-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
        MenuItem root = menu.addItem(getTranslation("application.bulk.menu"));
        root.add(Icons.create(VaadinIcon.ANGLE_DOWN));
        SubMenu actions = root.getSubMenu();
        if (role == Role.BUREAU) {
            actions.addItem(getTranslation("application.bulk.draw"), e -> draw()).setId("applications-bulk-draw");
        }
        actions.addItem(getTranslation("application.bulk.meeting"),
                e -> choose(BulkQuestion.meeting(this, this::getLocale))).setId("applications-bulk-meeting");
        actions.addItem(getTranslation("application.bulk.notice"), e -> choose(BulkQuestion.notice(this)))
                .setId("applications-bulk-notice");
        actions.addItem(getTranslation("application.bulk.remind"), e -> choose(BulkQuestion.remind(this)))
                .setId("applications-bulk-remind");
        Button clear = new Button(getTranslation("application.bulk.clear"), e -> grid.deselectAll());
        clear.setId("applications-bulk-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAll.setId("applications-bulk-all");
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAll.addClickListener(e -> chooseAllMatching());
        tooMany.setId("applications-bulk-too-many");
        tooMany.addClassName("field-help");
        add(count, selectAll, tooMany, menu, clear);
        grid.addSelectionListener(e -> {
            if (e.getAllSelectedItems().isEmpty()) {
                allMatching = false;
            }
            showSelection();
        });
        // a new filter is a new set of rows: what was chosen under the old one is dropped
        grid.addFilterListener(() -> {
            if (allMatching || !grid.getSelectedItems().isEmpty()) {
                grid.deselectAll();
            }
        });
    }

    /**
     * Says how many rows are chosen; once rows are ticked and the filter matches more, offers every row it matches
     * (选择全部 N 条符合条件的记录), or says that they are more than one bulk action takes.
     */
    private void showSelection() {
        int ticked = grid.getSelectedItems().size();
        setVisible(ticked > 0);
        selectAll.setVisible(false);
        tooMany.setVisible(false);
        if (ticked == 0) {
            return;
        }
        if (allMatching) {
            count.setText(getTranslation("application.bulk.selectedAll", matching));
            return;
        }
        count.setText(getTranslation("application.bulk.selected", ticked));
        if (!grid.getFilter().equals(countedFor)) {
            matching = grid.countMatching();
            countedFor = grid.getFilter();
        }
        if (matching <= ticked) {
            return;
        }
        if (matching > ApplicationGrid.MAX_MATCHING) {
            tooMany.setText(getTranslation("application.bulk.tooMany", matching, ApplicationGrid.MAX_MATCHING));
            tooMany.setVisible(true);
        } else {
            selectAll.setText(getTranslation("application.bulk.selectAll", matching));
            selectAll.setVisible(true);
        }
    }

    /** Every row the filter matches, read by the server when an action runs (never the ticked rows' ids). */
    private void chooseAllMatching() {
        allMatching = true;
        showSelection();
    }

    /** Whether every row matching the filter is chosen (for tests). */
    boolean isAllMatching() {
        return allMatching;
    }

    /**
     * The rows an action is for: the ticked ones, or — when every matching row is chosen — those the server reads
     * from the grid's filter within the user's scope, now ({@code bulk.tooMany} beyond the cap).
     */
    private Map<Long, ApplicationRow> target() {
        if (!allMatching) {
            return selected();
        }
        Map<Long, ApplicationRow> rows = new LinkedHashMap<>();
        bean(ApplicationGrid.class).allMatching(grid.getFilter(), ApplicationGrid.MAX_MATCHING)
                .forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    /** The rows ticked now, in the grid's order of ticking, by id. */
    private Map<Long, ApplicationRow> selected() {
        Map<Long, ApplicationRow> rows = new LinkedHashMap<>();
        grid.getSelectedItems().forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    /** 抽取专家组: the batch draw for every ticked case, in the background; a dialog shows its progress. */
    private void draw() {
        Map<Long, ApplicationRow> rows = targetOrNone();
        if (rows.isEmpty()) {
            return;
        }
        String action = getTranslation("application.bulk.draw");
        lastDraw = new BulkProgress(action, rows.size(), false).run(
                progress -> bean(PanelBatchRunner.class).start(List.copyOf(rows.keySet()), progress),
                (batch, cause) -> {
                    if (cause == null) {
                        report(action, rows, BulkResult.done(batch.panels().stream()
                                .map(PanelBatchService.Drawn::applicationId).toList()));
                    } else if (cause instanceof PanelBatchService.Refused refused) {
                        report(action, rows, BulkResult.refused(refused.refusals().stream()
                                .map(r -> new BulkResult.Refusal(r.applicationId(), r.referenceNo(),
                                        r.messageKey(), r.arguments())).toList()));
                    } else {
                        failed(cause);
                    }
                });
    }

    /** The outcome of the last draw started here, complete once it was shown (for tests). */
    CompletableFuture<Void> lastDraw() {
        return lastDraw;
    }

    /**
     * The dialog of an action: what it does to how many rows, what it asks (a meeting, a notice, a message), and the
     * button that runs it and shows the report ({@link BulkQuestion}).
     */
    private void choose(BulkQuestion question) {
        Map<Long, ApplicationRow> rows = targetOrNone();
        if (rows.isEmpty()) {
            return;
        }
        String action = getTranslation(question.actionKey());
        new BulkActionDialog(action, rows.size(), question, dialog -> {
            Supplier<BulkResult> work = question.run().apply(rows);
            if (allMatching) {
                dialog.close();
                inBackground(action, rows, work);
                return;
            }
            try {
                BulkResult result = work.get();
                dialog.close();
                report(action, rows, result);
            } catch (RuntimeException ex) {
                failed(ex);
            }
        }).open();
    }

    /**
     * Runs an action on every matching row in the background, as the user: the screen shows that it runs and stays
     * usable (the UI polls for the outcome), then the report. The action is still one transaction, all or nothing.
     */
    private void inBackground(String action, Map<Long, ApplicationRow> rows, Supplier<BulkResult> work) {
        lastRun = new BulkProgress(action, rows.size(), true).run(
                progress -> bean(BackgroundWork.class).start(work),
                (result, cause) -> {
                    if (cause == null) {
                        report(action, rows, result);
                    } else {
                        failed(cause);
                    }
                });
    }

    /** The rows an action targets; none, with the message, when they cannot be read. */
    private Map<Long, ApplicationRow> targetOrNone() {
        try {
            return target();
        } catch (RuntimeException ex) {
            failed(ex);
            return Map.of();
        }
    }

    /** An action that failed other than by refusing rows: its message. */
    private void failed(Throwable cause) {
        Messages.error(this, "error.message", cause instanceof RuntimeException ex
                ? Messages.describe(this, ex) : String.valueOf(cause));
    }

    /** The outcome of the last action run in the background here, complete once it was shown (for tests). */
    CompletableFuture<Void> lastRun() {
        return lastRun;
    }

    /**
     * The report: every refused row with its reference number, unit and reason, and that nothing was done; or how
     * many rows were done. The grid refreshes and the selection clears either way.
     */
    private void report(String action, Map<Long, ApplicationRow> rows, BulkResult result) {
        new BulkReport("applications-bulk", action, rows.size(), result, "application.bulk.refused",
                "application.bulk.done", List.of(
                        new BulkReport.Column("application.reference", BulkResult.Refusal::referenceNo),
                        new BulkReport.Column("application.unit",
                                r -> rows.containsKey(r.id()) ? rows.get(r.id()).unitName() : ""))).open();
        countedFor = null; // rows changed: count again on the next tick
        grid.deselectAll();
        grid.refresh();
    }

    static <T> T bean(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }
}
