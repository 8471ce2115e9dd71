package org.ticportal.ui.applications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.Attachment;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;

/**
 * The documents tab of an {@link ApplicationView}: every file of the case, each document's versions numbered in upload
 * order, with the form it came on (the application, or a step's such as the revised plan), so that the bureau sees
 * which is which.
 */
class DocumentsTab extends VerticalLayout {

    /**
     * @param labelOf a form field's label by its key, as the application's form shows it (the key while it shows none)
     */
    DocumentsTab(AttachmentService attachments, ApplicationService applications, long id,
                 UnaryOperator<String> labelOf) {
        setPadding(false);
        Grid<Attachment> grid = new Grid<>();
        grid.setId("documents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Map<Long, Integer> numbers = new HashMap<>();
        List<Attachment> all;
        try {
            Map<String, Integer> counts = new HashMap<>();
            all = attachments.list(id);
            for (Attachment a : all) {
                String document = a.getEvidenceCode() != null ? a.getEvidenceCode() : a.getFormCode() + "/"
                        + a.getFieldKey();
                numbers.put(a.getId(), counts.merge(document, 1, Integer::sum));
            }
        } catch (RuntimeException e) {
            add(new Paragraph(Messages.describe(this, e)));
            return;
        }
        grid.addColumn(a -> labelOf.apply(a.getFieldKey()))
                .setHeader(getTranslation("documents.document")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("documents.version", numbers.get(a.getId())))
                .setHeader(getTranslation("documents.versionHeader")).setAutoWidth(true);
        grid.addColumn(Attachment::getOriginalName).setHeader(getTranslation("documents.file")).setFlexGrow(2);
        Map<String, String> formTitles = new HashMap<>();
        grid.addColumn(a -> formTitles.computeIfAbsent(a.getFormCode(), code -> {
            try {
                return applications.stepForm(id, code).title().get(getLocale());
            } catch (RuntimeException e) {
                return code;
            }
        })).setHeader(getTranslation("documents.form")).setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.getUploadedAt(), getLocale()))
                .setHeader(getTranslation("documents.uploaded")).setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("documents.help")), grid);
    }
}
