package org.ticportal.ui.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.common.BackgroundWork;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.expert.PanelBatchRunner;
import org.ticportal.core.expert.PanelBatchService;
import org.ticportal.core.meeting.DecisionMeeting;
import org.ticportal.core.meeting.MeetingAgendaService;
import org.ticportal.core.meeting.MeetingFilter;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.core.notice.NoticeReader;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notification.ReminderService;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.BulkReport;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
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
 * that it runs. Users without bulk actions get an empty, hidden bar.
 */
class BulkActions extends HorizontalLayout {

    private static final int POLL_MS = 300;

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
        root.add(VaadinIcon.ANGLE_DOWN.create());
        SubMenu actions = root.getSubMenu();
        if (role == Role.BUREAU) {
            actions.addItem(getTranslation("application.bulk.draw"), e -> draw()).setId("applications-bulk-draw");
        }
        actions.addItem(getTranslation("application.bulk.meeting"), e -> toMeeting())
                .setId("applications-bulk-meeting");
        actions.addItem(getTranslation("application.bulk.notice"), e -> toNotice())
                .setId("applications-bulk-notice");
        actions.addItem(getTranslation("application.bulk.remind"), e -> remind())
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

    private static Map<Long, Long> versions(Map<Long, ApplicationRow> rows) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        rows.forEach((id, r) -> versions.put(id, r.version()));
        return versions;
    }

    /** 抽取专家组: the batch draw for every ticked case, in the background; a dialog shows its progress. */
    private void draw() {
        Map<Long, ApplicationRow> rows;
        try {
            rows = target();
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
            return;
        }
        if (rows.isEmpty()) {
            return;
        }
        String action = getTranslation("application.bulk.draw");
        Dialog running = new Dialog(action);
        running.setId("applications-bulk-progress");
        running.setCloseOnOutsideClick(false);
        running.setCloseOnEsc(false);
        ProgressBar bar = new ProgressBar();
        bar.setWidth("24em");
        running.add(new Paragraph(getTranslation("application.bulk.running", rows.size())), bar);
        running.open();
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        lastDraw = bean(PanelBatchRunner.class).start(List.copyOf(rows.keySet()),
                        fraction -> ui.access(() -> bar.setValue(fraction)))
                .handle((batch, error) -> {
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        running.close();
                        Throwable cause = error instanceof CompletionException c && c.getCause() != null
                                ? c.getCause() : error;
                        if (cause == null) {
                            report(action, rows, BulkResult.done(batch.panels().stream()
                                    .map(PanelBatchService.Drawn::applicationId).toList()));
                        } else if (cause instanceof PanelBatchService.Refused refused) {
                            report(action, rows, BulkResult.refused(refused.refusals().stream()
                                    .map(r -> new BulkResult.Refusal(r.applicationId(), r.referenceNo(),
                                            r.messageKey(), r.arguments())).toList()));
                        } else {
                            Messages.error(this, "error.message", cause instanceof RuntimeException ex
                                    ? Messages.describe(this, ex) : String.valueOf(cause));
                        }
                    });
                    return null;
                });
    }

    /** The outcome of the last draw started here, complete once it was shown (for tests). */
    CompletableFuture<Void> lastDraw() {
        return lastDraw;
    }

    /** 加入党组会议议题: the ticked cases onto an unrecorded meeting's agenda. */
    private void toMeeting() {
        MeetingService meetings = bean(MeetingService.class);
        MeetingAgendaService agendas = bean(MeetingAgendaService.class);
        List<MeetingSummary> planned = meetings.list(MeetingFilter.ALL.withState(DecisionMeeting.State.PLANNED),
                PageRequest.of(0, 100, Sort.by("meetingDate", "id"))).getContent();
        Select<MeetingSummary> choice = new Select<>();
        choice.setLabel(getTranslation("application.bulk.meeting.choose"));
        choice.setItemLabelGenerator(m -> getTranslation("application.bulk.meeting.item", m.title(),
                Formats.date(m.meetingDate(), getLocale())));
        choice.setItems(planned);
        choose("application.bulk.meeting", "application.bulk.meeting.none", choice, planned.isEmpty(), null,
                rows -> {
                    long meeting = choice.getValue().id();
                    Map<Long, Long> versions = versions(rows);
                    return () -> agendas.addAll(meeting, versions);
                });
    }

    /** 加入公示: the ticked cases onto a draft notice. */
    private void toNotice() {
        NoticeService notices = bean(NoticeService.class);
        NoticeReader reader = bean(NoticeReader.class);
        List<NoticeSummary> drafts = reader.list(PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "id")))
                .getContent().stream().filter(NoticeSummary::isDraft).toList();
        Select<NoticeSummary> choice = new Select<>();
        choice.setLabel(getTranslation("application.bulk.notice.choose"));
        choice.setItemLabelGenerator(NoticeSummary::title);
        choice.setItems(drafts);
        choose("application.bulk.notice", "application.bulk.notice.none", choice, drafts.isEmpty(), null,
                rows -> {
                    long notice = choice.getValue().id();
                    Map<Long, Long> versions = versions(rows);
                    return () -> notices.addAll(notice, versions);
                });
    }

    /** 发送催办提醒: the next actors of each ticked case, with an optional message. */
    private void remind() {
        TextArea message = new TextArea(getTranslation("application.bulk.remind.message"));
        message.setMaxLength(ReminderService.MAX_MESSAGE);
        message.setWidthFull();
        message.setHelperText(getTranslation("application.bulk.remind.help"));
        choose("application.bulk.remind", null, null, false, message,
                rows -> {
                    ReminderService reminders = bean(ReminderService.class);
                    String text = message.getValue();
                    Map<Long, Long> versions = versions(rows);
                    return () -> reminders.remindAll(versions, text);
                });
    }

    /**
     * The dialog of an action: what it does to how many rows, a choice (a meeting, a notice) or a message, and the
     * button that runs it and shows the report. {@code run} is called on the UI thread, where it reads the dialog's
     * fields and the services; the work it returns may then run on another thread (选择全部: in the background), where
     * no Vaadin state may be touched.
     */
    private void choose(String actionKey, @Nullable String noneKey, @Nullable Select<?> choice, boolean none,
                        @Nullable TextArea message,
                        Function<Map<Long, ApplicationRow>, Supplier<BulkResult>> run) {
        Map<Long, ApplicationRow> rows;
        try {
            rows = target();
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
            return;
        }
        if (rows.isEmpty()) {
            return;
        }
        String action = getTranslation(actionKey);
        Dialog dialog = new Dialog(action);
        dialog.setId("applications-bulk-dialog");
        dialog.setWidth("min(36em, 95vw)");
        dialog.add(new Paragraph(getTranslation("application.bulk.confirm", rows.size(), action)));
        if (choice != null) {
            choice.setId("applications-bulk-choice");
            choice.setWidthFull();
            dialog.add(choice);
            if (none && noneKey != null) {
                choice.setEnabled(false);
                choice.setHelperText(getTranslation(noneKey));
            }
        }
        if (message != null) {
            message.setId("applications-bulk-message");
            dialog.add(message);
        }
        Button go = new Button(getTranslation("application.bulk.run"), e -> {
            if (choice != null && choice.getValue() == null) {
                choice.setErrorMessage(getTranslation("application.bulk.choose.required"));
                choice.setInvalid(true);
                return;
            }
            Supplier<BulkResult> work = run.apply(rows);
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
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        go.setId("applications-bulk-run");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setEnabled(!none);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    /**
     * Runs an action on every matching row in the background, as the user: the screen shows that it runs and stays
     * usable (the UI polls for the outcome), then the report. The action is still one transaction, all or nothing.
     */
    private void inBackground(String action, Map<Long, ApplicationRow> rows, Supplier<BulkResult> work) {
        Dialog running = new Dialog(action);
        running.setId("applications-bulk-progress");
        running.setCloseOnOutsideClick(false);
        running.setCloseOnEsc(false);
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("24em");
        running.add(new Paragraph(getTranslation("application.bulk.running", rows.size())), bar);
        running.open();
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        lastRun = bean(BackgroundWork.class).start(work).handle((result, error) -> {
            ui.access(() -> {
                ui.setPollInterval(-1);
                running.close();
                Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
                if (cause == null) {
                    report(action, rows, result);
                } else {
                    Messages.error(this, "error.message", cause instanceof RuntimeException ex
                            ? Messages.describe(this, ex) : String.valueOf(cause));
                }
            });
            return null;
        });
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

    private static <T> T bean(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }
}
