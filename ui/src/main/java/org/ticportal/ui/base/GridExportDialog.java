package org.ticportal.ui.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.export.ExportFormat;
import org.ticportal.core.export.ExportRequest;
import org.ticportal.core.export.ExportService;
import org.ticportal.core.export.ExportSource;
import org.ticportal.core.export.ExportedFile;
import org.ticportal.core.export.RunningExport;

/**
 * 导出: writes what a {@link FilterGrid} shows to Excel or CSV. The user chooses the file type and starts; the export
 * runs in the background with a progress bar (the page polling while it runs) and can be cancelled; when done the file
 * is offered for download. Closing the dialog cancels a running export and deletes the file.
 */
public final class GridExportDialog extends Dialog {

    private static final int POLL_MS = 500;

    private final ExportService exports;
    private final String grid;
    private final String title;
    private final ExportSource source;
    private final String description;
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final VerticalLayout download = new VerticalLayout();
    private final Button start = new Button();
    private final Button cancel = new Button();
    private @Nullable RunningExport running;
    private CompletableFuture<?> shown = CompletableFuture.completedFuture(null);

    GridExportDialog(ExportService exports, String grid, String title, ExportSource source, String description) {
        this.exports = exports;
        this.grid = grid;
        this.title = title;
        this.source = source;
        this.description = description;
        setId("export-dialog");
        setHeaderTitle(getTranslation("export.title", title));
        setWidth("min(36em, 96vw)");

        Paragraph what = new Paragraph(getTranslation("export.what", source.headers().size(),
                String.join("、", source.headers())));
        what.setId("export-what");
        what.addClassName("field-help");
        format.setId("export-format");
        format.setLabel(getTranslation("export.format"));
        format.setItems(List.of(ExportFormat.values()));
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.name()));
        format.setValue(ExportFormat.XLSX);
        progress.setId("export-progress");
        progress.setVisible(false);
        status.setId("export-status");
        download.setPadding(false);
        download.setId("export-download-area");
        VerticalLayout body = new VerticalLayout(what, format, progress, status, download);
        body.setPadding(false);
        add(body);

        start.setText(getTranslation("export.start"));
        start.setIcon(Icons.create(VaadinIcon.DOWNLOAD_ALT));
        start.setId("export-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> run());
        cancel.setText(getTranslation("export.cancel"));
        cancel.setId("export-cancel");
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            if (running != null) {
                running.cancel();
                cancel.setEnabled(false);
                status.setText(getTranslation("export.cancelling"));
            }
        });
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("export-close");
        getFooter().add(close, cancel, start);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                discard();
            }
        });
    }

    private void run() {
        discard();
        download.removeAll();
        UI ui = UI.getCurrent();
        RunningExport export;
        try {
            export = exports.start(new ExportRequest(grid, title, description, format.getValue()), source,
                    rows -> ui.access(() -> show(rows)));
        } catch (RuntimeException e) {
            status.setText(Messages.describe(this, e));
            return;
        }
        running = export;
        start.setEnabled(false);
        format.setEnabled(false);
        cancel.setEnabled(true);
        cancel.setVisible(true);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("export.progress", 0, export.total()));
        ui.setPollInterval(POLL_MS);
        shown = export.result().handle((file, error) -> {
            ui.access(() -> done(ui, export, file, error));
            return null;
        });
    }

    private void show(long rows) {
        RunningExport export = running;
        if (export == null || export.result().isDone()) {
            return;
        }
        progress.setValue(export.total() == 0 ? 1 : Math.min(1, (double) rows / export.total()));
        status.setText(getTranslation("export.progress", rows, export.total()));
    }

    private void done(UI ui, RunningExport export, @Nullable ExportedFile file, @Nullable Throwable failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        cancel.setVisible(false);
        start.setEnabled(true);
        format.setEnabled(true);
        if (export != running) {
            return;
        }
        if (file != null) {
            status.setText(getTranslation("export.done", file.rows()));
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                try {
                    return new DownloadResponse(Files.newInputStream(file.file()), file.fileName(),
                            file.format().mimeType(), Files.size(file.file()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }), getTranslation("export.download", file.fileName()));
            link.setId("export-download");
            download.add(link);
            return;
        }
        Throwable error = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (error instanceof CancellationException) {
            status.setText(getTranslation("export.cancelled"));
        } else {
            status.setText(getTranslation("export.failed", error instanceof RuntimeException e
                    ? Messages.describe(this, e) : getTranslation("error.unexpected")));
        }
        running = null;
    }

    /** Cancels a running export and deletes the file of a finished one. */
    private void discard() {
        if (running != null) {
            running.discard();
            running = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discard();
        super.onDetach(detachEvent);
    }

    /** The export started last, if any (for tests). */
    public Optional<RunningExport> running() {
        return Optional.ofNullable(running);
    }

    /** Done once the last export's outcome is on the screen (for tests). */
    public CompletableFuture<?> shown() {
        return shown;
    }
}
