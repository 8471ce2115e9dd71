package org.ticportal.ui.forms;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.StoredFileInfo;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.form.FormField;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;

/**
 * An attachment field: the files attached so far (each a download link, checked again on the server), and, while the
 * form may be changed, an upload area and a remove button per file. The upload streams straight to the service,
 * which decides the type from the content and enforces the size limit.
 *
 * <p>The files are read from the service when the editor is built, given a value, and after an upload or a removal
 * here; {@link #value()} answers from that reading. The form asks every field's value each time any field changes
 * (its conditions), so a query there ran once per attachment field per change: opening a Xinzhou application sent
 * some 900 queries, 55% of the portal's time in the deadline-day load test (issue 14).
 */
final class AttachmentEditor extends FieldEditor {

    private final Div root = new Div();
    private final Div files = new Div();
    private final Span errorText = new Span();
    private final AttachmentSupport support;
    private final Locale locale;
    private final Upload upload;
    private boolean readOnly;
    private @Nullable Runnable listener;
    /** The files as last read ({@link #refresh()}), shown and answered by {@link #value()}. */
    private List<? extends StoredFileInfo> attached = List.of();

    AttachmentEditor(FormField field, Locale locale, AttachmentSupport support, java.util.function.Function<String,
            String> translate) {
        super(field);
        this.support = support;
        this.locale = locale;
        root.addClassName("attachment-field");
        Span label = new Span(field.label().get(locale) + (field.required() ? " *" : ""));
        label.addClassName("attachment-label");
        int maxMb = field.maxSizeMb() == null ? AttachmentService.DEFAULT_MAX_SIZE_MB : field.maxSizeMb();
        String types = field.accept().isEmpty() ? "pdf、jpg、png、docx、xlsx、ofd" : String.join("、", field.accept());
        Span hint = new Span(translate.apply("attachment.hint").replace("{0}", types).replace("{1}",
                Integer.toString(maxMb)));
        hint.addClassName("field-help");
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                support.upload(field.key(), event.getFileName(), event.getInputStream());
                ui.access(() -> {
                    error(null);
                    refresh();
                    support.changed();
                    if (listener != null) {
                        listener.run();
                    }
                });
            } catch (RuntimeException e) {
                String message = Messages.describe(root, e);
                ui.access(() -> error(message));
            }
        };
        upload = Uploads.localized(new Upload(handler));
        upload.setMaxFileSize(maxMb * 1024 * 1024);
        upload.setAcceptedFileTypes(field.accept().stream().map(t -> "." + t).toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.addClassName("attachment-upload");
        upload.setId("upload-" + field.key().replace('.', '-'));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        errorText.addClassName("field-error");
        errorText.setVisible(false);
        root.add(label, hint, files, upload, errorText);
        refresh();
    }

    /** Reads the files again and shows them. */
    private void refresh() {
        attached = support.list(field.key());
        show();
    }

    private void show() {
        files.removeAll();
        for (StoredFileInfo a : attached) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                AttachmentService.Download d = support.open(a.getId());
                return new DownloadResponse(d.stream(), d.name(), d.mediaType(), d.size());
            }), a.getOriginalName());
            link.setTarget("_blank");
            Span size = new Span(String.format(locale, "%.1f KB", a.getSizeBytes() / 1024.0));
            size.addClassName("field-help");
            HorizontalLayout row = new HorizontalLayout(Icons.create(VaadinIcon.FILE_O), link, size);
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            row.addClassName("attachment-row");
            if (!readOnly) {
                Button remove = new Button(Icons.create(VaadinIcon.TRASH), e -> {
                    try {
                        support.remove(a.getId());
                        refresh();
                        support.changed();
                        if (listener != null) {
                            listener.run();
                        }
                    } catch (RuntimeException ex) {
                        error(Messages.describe(root, ex));
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(root.getTranslation("action.remove") + " " + a.getOriginalName());
                row.add(remove);
            }
            files.add(row);
        }
    }

    @Override
    Component component() {
        return root;
    }

    @Override
    @Nullable Object value() {
        return attached.isEmpty() ? null : attached.stream().map(a -> a.getId().toString()).toList();
    }

    @Override
    void value(@Nullable Object value) {
        refresh();
    }

    @Override
    void error(@Nullable String message) {
        errorText.setText(message == null ? "" : message);
        errorText.setVisible(message != null);
    }

    @Override
    void readOnly(boolean readOnly) {
        this.readOnly = readOnly;
        upload.setVisible(!readOnly);
        show();
    }

    @Override
    void onChange(Runnable listener) {
        this.listener = listener;
    }
}
