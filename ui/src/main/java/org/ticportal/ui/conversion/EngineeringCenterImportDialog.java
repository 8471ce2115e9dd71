package org.ticportal.ui.conversion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.conversion.ColumnMapping;
import org.ticportal.core.conversion.ConversionSourceInfo;
import org.ticportal.core.conversion.EngineeringCenterImport;
import org.ticportal.core.conversion.EngineeringCenterImportService;
import org.ticportal.core.conversion.ImportField;
import org.ticportal.core.conversion.ImportProblem;
import org.ticportal.core.conversion.SheetPreview;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;

/**
 * The import of engineering centers from Excel: upload a workbook; choose which column holds which field (guessed from
 * the header row; required fields marked); 校验并导入 checks every row in the background with a progress bar. All or
 * nothing: when any row is bad, the validation report lists each bad row and why and nothing is written; the bureau
 * fixes the workbook and uploads it again. A clean workbook is imported whole.
 */
class EngineeringCenterImportDialog extends Dialog {

    private final EngineeringCenterImportService imports;
    private final @Nullable String jurisdiction;
    private final List<ConversionSourceInfo> sources;
    private final Runnable imported;
    private final VerticalLayout body = new VerticalLayout();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<ImportProblem> report = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Map<ImportField, Select<Integer>> columns = new EnumMap<>(ImportField.class);
    private final Select<ConversionSourceInfo> source = new Select<>();
    private final Button start = new Button();
    private final Upload upload;
    private byte @Nullable [] workbook;
    private java.util.concurrent.CompletableFuture<?> lastImport = java.util.concurrent.CompletableFuture
            .completedFuture(null);

    EngineeringCenterImportDialog(EngineeringCenterImportService imports, @Nullable String jurisdiction,
                                  List<ConversionSourceInfo> sources, Runnable imported) {
        this.imports = imports;
        this.jurisdiction = jurisdiction;
        this.sources = sources;
        this.imported = imported;
        setId("engineering-import-dialog");
        setHeaderTitle(getTranslation("engineering.import.title"));
        setWidth("min(60em, 96vw)");
        body.setPadding(false);
        add(body);

        upload = Uploads.localized(new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> uploaded(data));
        })));
        upload.setId("engineering-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EngineeringCenterImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setUploadButton(new Button(getTranslation("engineering.import.upload"), Icons.create(VaadinIcon.UPLOAD)));
        upload.setDropAllowed(false);
        upload.addFileRemovedListener(e -> reset());
        Paragraph help = new Paragraph(getTranslation("engineering.import.help"));
        help.addClassName("field-help");
        body.add(help, upload);

        source.setId("engineering-import-source");
        source.setLabel(getTranslation("engineering.import.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> s.name().get(getLocale()));
        if (!sources.isEmpty()) {
            source.setValue(sources.getFirst());
        }
        source.setVisible(sources.size() > 1);

        progress.setId("engineering-import-progress");
        progress.setVisible(false);
        status.setId("engineering-import-status");
        status.setVisible(false);
        report.setId("engineering-import-report");
        report.addColumn(ImportProblem::row).setHeader(getTranslation("engineering.report.row"))
                .setKey("row").setAutoWidth(true).setFlexGrow(0);
        report.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .setHeader(getTranslation("engineering.report.reason")).setKey("reason").setFlexGrow(1);
        report.setAllRowsVisible(true);
        report.setVisible(false);

        start.setText(getTranslation("engineering.import.start"));
        start.setId("engineering-import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> run());
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("engineering-import-close");
        getFooter().add(close, start);
    }

    private void reset() {
        workbook = null;
        columns.clear();
        body.getChildren().filter(c -> c instanceof FormLayout).toList().forEach(body::remove);
        start.setEnabled(false);
        report.setVisible(false);
        status.setVisible(false);
    }

    /** A workbook arrived: read its header, guess the mapping and show the choices. */
    private void uploaded(byte[] data) {
        reset();
        // the list is cleared so that a corrected workbook can be uploaded next (one file at a time)
        upload.clearFileList();
        SheetPreview preview;
        try {
            preview = imports.preview(data);
        } catch (RuntimeException e) {
            status.setText(Messages.describe(this, e));
            status.setVisible(true);
            body.add(status);
            return;
        }
        workbook = data;
        FormLayout mapping = new FormLayout();
        mapping.setId("engineering-import-mapping");
        mapping.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        Map<Integer, String> labels = new TreeMap<>();
        preview.headers().forEach((column, header) -> labels.put(column, getTranslation("engineering.import.column",
                columnName(column), header.isBlank() ? getTranslation("engineering.import.noHeader") : header)));
        for (ImportField field : ImportField.values()) {
            Select<Integer> select = new Select<>();
            select.setId("engineering-map-" + field.name());
            select.setLabel(getTranslation(field.labelKey()) + (field.required() ? " *" : ""));
            select.setItems(List.copyOf(labels.keySet()));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("engineering.import.notImported"));
            select.setItemLabelGenerator(c -> c == null ? getTranslation("engineering.import.notImported")
                    : labels.get(c));
            Integer guessed = preview.guess().get(field);
            if (guessed != null) {
                select.setValue(guessed);
            }
            columns.put(field, select);
            mapping.add(select);
        }
        mapping.add(source);
        status.setText(getTranslation("engineering.import.read", preview.dataRows()));
        status.setVisible(true);
        body.add(mapping, status, progress, report);
        start.setEnabled(true);
    }

    private void run() {
        byte[] data = workbook;
        if (data == null || jurisdiction == null || source.getValue() == null) {
            return;
        }
        Map<ImportField, Integer> chosen = new EnumMap<>(ImportField.class);
        columns.forEach((field, select) -> {
            if (select.getValue() != null) {
                chosen.put(field, select.getValue());
            }
        });
        ColumnMapping mapping;
        try {
            mapping = new ColumnMapping(chosen);
        } catch (RuntimeException e) {
            status.setText(Messages.describe(this, e));
            return;
        }
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        report.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("engineering.import.running"));
        ui.setPollInterval(500);
        try {
            EngineeringCenterImport running = imports.start(jurisdiction, source.getValue().code(), data, mapping,
                    f -> ui.access(() -> progress.setValue(f)));
            lastImport = running.result().handle((result, error) -> {
                ui.access(() -> done(ui, result, error));
                return null;
            });
        } catch (RuntimeException e) {
            done(ui, null, e);
        }
    }

    private void done(UI ui, EngineeringCenterImport.@Nullable Result result, @Nullable Throwable error) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        start.setEnabled(true);
        if (result != null && result.clean()) {
            Messages.success(this, "engineering.import.done", result.imported());
            imported.run();
            close();
            return;
        }
        if (result != null) {
            long bad = result.problems().stream().map(ImportProblem::row).distinct().count();
            status.setText(getTranslation("engineering.import.refused", result.checked(), bad));
            report.setItems(result.problems());
            report.setVisible(true);
            report.scrollIntoView();
        } else {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            status.setText(cause instanceof RuntimeException e ? Messages.describe(this, e)
                    : getTranslation("error.unexpected"));
        }
    }

    /** The last import started, done once its result is handed to the screen (for tests). */
    java.util.concurrent.CompletableFuture<?> lastImport() {
        return lastImport;
    }

    /** A column's letters as a spreadsheet shows them: 0 → A, 26 → AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            name.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return name.toString();
    }
}
