package org.ticportal.ui.applications;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;

/**
 * The reviewers' checklist of an application (核查清单): every condition the portal cannot decide, who verifies it,
 * and whether, by whom and when it was verified. The item's reviewer marks it verified or not, with a note; their
 * step forward waits until their items are verified.
 */
class ChecklistPanel extends VerticalLayout {

    private final ChecklistService checklist;
    private final long applicationId;
    private final Runnable changed;
    private final Grid<ChecklistItem> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    /** @param changed called after a mark, so that the screen shows the steps it opens */
    ChecklistPanel(ChecklistService checklist, long applicationId, Runnable changed) {
        this.checklist = checklist;
        this.applicationId = applicationId;
        this.changed = changed;
        setPadding(false);
        setId("checklist");
        summary.setId("checklist-summary");
        grid.setId("checklist-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ChecklistItem::ruleId).setHeader(getTranslation("checklist.rule")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.title().get(getLocale())).setHeader(getTranslation("checklist.condition"))
                .setFlexGrow(3);
        grid.addColumn(ChecklistItem::article).setHeader(getTranslation("checklist.article")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("checklist.owner." + i.owner().name()))
                .setHeader(getTranslation("checklist.owner")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("checklist.state")).setKey("state")
                .setAutoWidth(true);
        grid.addColumn(i -> i.verifiedBy() == null ? "" : getTranslation("checklist.by", i.verifiedBy(),
                Formats.dateTime(i.verifiedAt(), getLocale()))).setHeader(getTranslation("checklist.verifiedBy"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("checklist.note"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::marking).setHeader(getTranslation("checklist.mark")).setKey("mark")
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("checklist.help")), summary, grid);
        refresh();
    }

    /** The items as they stand now. */
    final void refresh() {
        try {
            List<ChecklistItem> items = checklist.items(applicationId);
            grid.setItems(items);
            long open = items.stream().filter(ChecklistItem::blocks).count();
            summary.setText(items.isEmpty() ? getTranslation("checklist.empty")
                    : open == 0 ? getTranslation("checklist.allVerified")
                    : getTranslation("checklist.open", Long.toString(open)));
        } catch (RuntimeException e) {
            summary.setText(Messages.describe(this, e));
        }
    }

    private Span state(ChecklistItem i) {
        Boolean v = i.verified();
        Span badge = new Span(getTranslation(v == null ? "checklist.state.open"
                : v ? "checklist.state.verified" : "checklist.state.notVerified"));
        badge.getElement().getThemeList().add("badge " + (v == null ? "contrast" : v ? "success" : "error"));
        badge.setId("checklist-state-" + i.ruleId());
        return badge;
    }

    private com.vaadin.flow.component.Component marking(ChecklistItem i) {
        if (!i.markable()) {
            return new Span();
        }
        TextArea note = new TextArea();
        note.setPlaceholder(getTranslation("checklist.notePlaceholder"));
        note.setMaxLength(ChecklistService.MAX_NOTE);
        note.setWidthFull();
        note.setId("checklist-note-" + i.ruleId());
        Button yes = new Button(getTranslation("checklist.verify"), e -> mark(i, true, note));
        yes.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        yes.setId("checklist-verify-" + i.ruleId());
        Button no = new Button(getTranslation("checklist.reject"), e -> mark(i, false, note));
        no.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        no.setId("checklist-reject-" + i.ruleId());
        VerticalLayout cell = new VerticalLayout(note, new HorizontalLayout(yes, no));
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private void mark(ChecklistItem i, boolean verified, TextArea note) {
        try {
            checklist.mark(applicationId, i.ruleId(), verified, note.getValue(), i.version());
            Messages.success(this, verified ? "checklist.marked.verified" : "checklist.marked.notVerified",
                    i.ruleId());
            changed.run();
        } catch (BusinessException e) {
            if ("note".equals(e.getField())) {
                note.setInvalid(true);
                note.setErrorMessage(Messages.describe(this, e));
            } else {
                Messages.error(this, "checklist.failed", Messages.describe(this, e));
            }
        } catch (RuntimeException e) {
            Messages.error(this, "checklist.failed", Messages.describe(this, e));
        }
    }

    /** The verification of a rule, for the eligibility tab: who verified it and when, or empty. */
    static String verification(com.vaadin.flow.component.Component owner, java.util.Locale locale,
                                @Nullable ChecklistItem i) {
        if (i == null || i.verified() == null) {
            return i == null ? "" : owner.getTranslation("checklist.state.open");
        }
        return owner.getTranslation(i.verified() ? "checklist.state.verified" : "checklist.state.notVerified")
                + " · " + owner.getTranslation("checklist.by", i.verifiedBy(),
                Formats.dateTime(i.verifiedAt(), locale));
    }
}
