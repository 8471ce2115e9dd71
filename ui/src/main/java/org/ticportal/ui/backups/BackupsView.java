package org.ticportal.ui.backups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.backup.BackupCatalog;
import org.ticportal.core.backup.BackupInfo;
import org.ticportal.core.backup.BackupProgress;
import org.ticportal.core.backup.BackupResult;
import org.ticportal.core.backup.BackupService;
import org.ticportal.core.backup.BackupStatus;
import org.ticportal.core.backup.RunningBackup;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 数据备份: the backups, newest first (a grid paged from the service), 立即备份 running in the background with a
 * progress bar while the page polls, and the download of a complete archive. Restoring is not a button: an operator
 * starts the portal on an empty data folder with {@code --ticportal.restore=<archive>} (README, "Backups and
 * restore").
 */
@Route("admin/backups")
@Menu(title = "nav.backups", order = 50, icon = "vaadin:archive")
@RolesAllowed("ADMIN")
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    /** The page's poll interval while a backup runs, in milliseconds. */
    private static final int POLL_MS = 500;

    private final BackupService backups;
    private final BackupCatalog catalog;
    private final Grid<BackupInfo> grid = new Grid<>();
    private final Button backUp = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private CompletableFuture<Void> lastBackup = CompletableFuture.completedFuture(null);

    BackupsView(BackupService backups, BackupCatalog catalog) {
        this.backups = backups;
        this.catalog = catalog;
        addClassName("backups-view");
        setWidthFull();
        Paragraph help = new Paragraph(getTranslation("backups.help", catalog.folder().toString()));
        help.addClassName("field-help");
        backUp.setText(getTranslation("backups.now"));
        backUp.setIcon(Icons.create(VaadinIcon.DATABASE));
        backUp.setId("backup-now");
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(e -> start());
        progress.setId("backup-progress");
        progress.setMin(0);
        progress.setMax(1);
        progress.setVisible(false);
        progress.setWidth("min(44em, 100%)");
        status.setId("backup-status");

        grid.setId("backups");
        Locale locale = getLocale();
        grid.addColumn(b -> Formats.dateTime(b.createdAt(), locale)).setHeader(getTranslation("backups.time"))
                .setKey("time").setAutoWidth(true);
        grid.addColumn(BackupInfo::name).setHeader(getTranslation("backups.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(b -> size(b.sizeBytes())).setHeader(getTranslation("backups.size")).setKey("size")
                .setAutoWidth(true);
        grid.addColumn(b -> b.createdBy() == null ? "" : b.createdBy()).setHeader(getTranslation("backups.by"))
                .setKey("by").setAutoWidth(true);
        grid.addColumn(b -> getTranslation("backups.status." + b.status().name())).setHeader(
                getTranslation("backups.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(b -> b.detail() == null ? "" : b.detail()).setHeader(getTranslation("backups.detail"))
                .setKey("detail").setFlexGrow(1);
        grid.addComponentColumn(this::download).setHeader(getTranslation("backups.download")).setKey("download")
                .setAutoWidth(true);
        grid.setItems(query -> catalog.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> catalog.count());
        grid.setWidthFull();

        add(help, new HorizontalLayout(backUp), progress, status, grid);
        backups.running().ifPresent(this::follow);
    }

    private void start() {
        try {
            follow(backups.start());
        } catch (RuntimeException e) {
            Messages.error(this, "backups.failed", Messages.describe(this, e));
        }
    }

    /** Shows a running backup's progress (through {@code UI.access}, the page polling) until it is done. */
    private void follow(RunningBackup running) {
        UI ui = UI.getCurrent();
        backUp.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.setText(getTranslation("backups.running", running.name()));
        ui.setPollInterval(POLL_MS);
        running.onProgress(step -> ui.access(() -> show(step)));
        lastBackup = running.result().handle((result, error) -> {
            ui.access(() -> done(ui, running, result, error));
            return null;
        });
        grid.getDataProvider().refreshAll();
    }

    private void show(BackupProgress step) {
        progress.setIndeterminate(step.phase() == BackupProgress.Phase.DATABASE);
        progress.setValue(step.fraction());
        status.setText(getTranslation("backups.phase." + step.phase().name(), Long.toString(step.done()),
                Long.toString(step.total())));
    }

    private void done(UI ui, RunningBackup running, @Nullable BackupResult result, @Nullable Throwable failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        backUp.setEnabled(true);
        grid.getDataProvider().refreshAll();
        if (result != null) {
            String seconds = String.format(Locale.ROOT, "%.1f", result.duration().toMillis() / 1000.0);
            status.setText(getTranslation("backups.done", running.name(), size(result.sizeBytes()), seconds));
            Messages.success(this, "backups.done", running.name(), size(result.sizeBytes()), seconds);
            return;
        }
        Throwable error = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = error instanceof RuntimeException e ? Messages.describe(this, e)
                : getTranslation("error.unexpected");
        status.setText(getTranslation("backups.failed", message));
        Messages.error(this, "backups.failed", message);
    }

    private Span download(BackupInfo backup) {
        Span cell = new Span();
        if (backup.status() == BackupStatus.COMPLETE) {
            String name = backup.name();
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                Path file = catalog.download(name);
                try {
                    return new DownloadResponse(Files.newInputStream(file), name, "application/zip", Files.size(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }), getTranslation("backups.download"));
            link.setId("backup-download-" + name);
            cell.add(link);
        }
        return cell;
    }

    private String size(long bytes) {
        if (bytes == 0) {
            return "";
        }
        return bytes < 1024 * 1024 ? getTranslation("backups.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : getTranslation("backups.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /** The backup running or last run, done once it has handed its result to the UI. */
    CompletableFuture<Void> lastBackup() {
        return lastBackup;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.backups");
    }
}
