package org.ticportal.ui.calendar;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.calendar.CalendarImportService;
import org.ticportal.core.calendar.CalendarYear;
import org.ticportal.core.calendar.ImportResult;
import org.ticportal.core.calendar.RunningImport;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;

/**
 * 导入节假日安排: the source note and the CSV upload. The import runs in the service's background work; this panel
 * shows its progress (the page polls meanwhile), lets the administrator stop it, and fires an {@link ImportedEvent}
 * once years were stored.
 */
class CalendarImportPanel extends VerticalLayout {

    /** The page's poll interval while an import runs, in milliseconds. */
    private static final int POLL_MS = 500;

    private final CalendarImportService imports;
    private final TextField importSource = new TextField();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span importStatus = new Span();
    private final Button cancel = new Button();
    private @Nullable RunningImport running;
    private CompletableFuture<Void> lastImport = CompletableFuture.completedFuture(null);

    CalendarImportPanel(CalendarImportService imports) {
        this.imports = imports;
        setPadding(false);
        addClassName("calendar-import");
        Paragraph help = new Paragraph(getTranslation("calendar.import.help"));
        help.addClassName("field-help");
        importSource.setId("import-source");
        importSource.setLabel(getTranslation("calendar.import.source"));
        importSource.setHelperText(getTranslation("calendar.import.source.help"));
        importSource.setMaxLength(CalendarYear.MAX_SOURCE);
        importSource.setWidth("min(44em, 100%)");
        upload = Uploads.localized(new Upload(UploadHandler.inMemory((metadata, data) ->
                start(metadata.fileName(), data))));
        upload.setId("calendar-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CalendarImportService.MAX_CSV_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("calendar.import.upload"), Icons.create(VaadinIcon.UPLOAD)));
        upload.setDropLabel(new Span(getTranslation("calendar.import.drop")));
        progress.setId("import-progress");
        progress.setMin(0);
        progress.setMax(1);
        progress.setVisible(false);
        progress.setWidth("min(44em, 100%)");
        importStatus.setId("import-status");
        cancel.setText(getTranslation("calendar.import.cancel"));
        cancel.setId("import-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            RunningImport r = running;
            if (r != null && r.cancel()) {
                cancel.setEnabled(false);
            }
        });
        add(new H3(getTranslation("calendar.import.title")), help, importSource, upload, progress, importStatus,
                cancel);
    }

    /** Starts the import of an uploaded file; its progress and result come back through {@code UI.access}. */
    void start(String fileName, byte[] content) {
        UI ui = UI.getCurrent();
        importSource.setInvalid(false);
        progress.setValue(0);
        progress.setVisible(true);
        importStatus.setText(getTranslation("calendar.import.running", fileName));
        upload.setEnabled(false);
        cancel.setEnabled(true);
        cancel.setVisible(true);
        ui.setPollInterval(POLL_MS);
        try {
            RunningImport r = imports.start(content, importSource.getValue(),
                    step -> ui.access(() -> progress.setValue(step.fraction())));
            running = r;
            lastImport = r.result().handle((result, error) -> {
                ui.access(() -> done(ui, fileName, result, error));
                return null;
            });
        } catch (RuntimeException e) {
            done(ui, fileName, null, e);
        }
    }

    /** The import running or last run, done once it has handed its result to the UI. */
    CompletableFuture<Void> lastImport() {
        return lastImport;
    }

    Registration addImportedListener(ComponentEventListener<ImportedEvent> listener) {
        return addListener(ImportedEvent.class, listener);
    }

    private void done(UI ui, String fileName, @Nullable ImportResult result, @Nullable Throwable failure) {
        ui.setPollInterval(-1);
        running = null;
        progress.setVisible(false);
        cancel.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
        if (result != null) {
            String yearList = result.years().stream().map(String::valueOf).collect(Collectors.joining("、"));
            importStatus.setText(getTranslation("calendar.import.done", result.years().size(), yearList,
                    result.days()));
            Messages.success(this, "calendar.import.done", result.years().size(), yearList, result.days());
            fireEvent(new ImportedEvent(this, result.years()));
            return;
        }
        Throwable error = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (error instanceof CancellationException) {
            importStatus.setText(getTranslation("calendar.import.cancelled", fileName));
            return;
        }
        String message = error instanceof RuntimeException e ? Messages.describe(this, e)
                : getTranslation("error.unexpected");
        importStatus.setText(getTranslation("calendar.import.failed", message));
        if (error instanceof BusinessException b && "source".equals(b.getField())) {
            importSource.setErrorMessage(message);
            importSource.setInvalid(true);
        } else {
            Messages.error(this, "calendar.import.failed", message);
        }
    }

    /** Years were imported (and committed): the screen shows them. */
    static final class ImportedEvent extends ComponentEvent<CalendarImportPanel> {

        private final List<Integer> years;

        ImportedEvent(CalendarImportPanel source, Set<Integer> years) {
            super(source, false);
            this.years = List.copyOf(years);
        }

        /** The years imported, in order. */
        List<Integer> years() {
            return years;
        }
    }
}
