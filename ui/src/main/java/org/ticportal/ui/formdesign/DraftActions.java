package org.ticportal.ui.formdesign;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormDraftService;
import org.ticportal.core.form.FormPublishRefusedException;
import org.ticportal.core.form.FormVersion;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;

/**
 * What is done with a draft as a whole: save it, publish it (refused while the check finds problems, which it then
 * shows), discard it; each reads the draft as the designer holds it now. Also the export link and the question
 * asked before a node is removed.
 */
final class DraftActions {

    private final Component owner;
    private final FormDraftService drafts;
    private final DesignerTabs tabs;
    private final Supplier<FormVersion> version;
    private final Supplier<FormDefinition> definition;
    private final BooleanSupplier dirty;
    private final Consumer<FormVersion> saved;
    private final Consumer<FormVersion> published;

    /**
     * @param saved     told the version saved
     * @param published told the version published
     */
    DraftActions(Component owner, FormDraftService drafts, DesignerTabs tabs, Supplier<FormVersion> version,
                 Supplier<FormDefinition> definition, BooleanSupplier dirty, Consumer<FormVersion> saved,
                 Consumer<FormVersion> published) {
        this.owner = owner;
        this.drafts = drafts;
        this.tabs = tabs;
        this.version = version;
        this.definition = definition;
        this.dirty = dirty;
        this.saved = saved;
        this.published = published;
    }

    /** The link that downloads a version's JSON. */
    static Anchor export(Component owner, FormVersionService versions, FormVersion version) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = versions.export(version.getId());
            return new DownloadResponse(new ByteArrayInputStream(bytes), version.getPolicyId() + "-"
                    + version.getFormCode() + "-v" + version.getNumber() + ".json", "application/json", bytes.length);
        }), owner.getTranslation("forms.export"));
        export.setId("designer-export");
        export.getStyle().set("white-space", "nowrap");
        return export;
    }

    /** Asks before a node is removed: a section with all it holds, or a field or column rules read. */
    static void confirmRemoval(Component owner, String label, String why, Runnable remove) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("designer-remove-confirm");
        confirm.setHeader(owner.getTranslation("designer.remove.title", label));
        confirm.setText(why);
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("action.cancel"));
        confirm.setConfirmText(owner.getTranslation("designer.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> remove.run());
        confirm.open();
    }

    /** Discard, save and publish. */
    List<Component> buttons() {
        Button save = new Button(t("designer.save"), Icons.create(VaadinIcon.CHECK), e -> save(true));
        save.setId("designer-save");
        Button publish = new Button(t("designer.publish"), Icons.create(VaadinIcon.UPLOAD_ALT), e -> publish());
        publish.setId("designer-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(t("designer.discard"), Icons.create(VaadinIcon.TRASH), e -> discard());
        discard.setId("designer-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return List.of(discard, save, publish);
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    private boolean save(boolean notify) {
        try {
            FormVersion v = version.get();
            saved.accept(drafts.saveDraft(v.getId(), v.getVersion(), definition.get()));
            if (notify) {
                Messages.success(owner, "designer.saved");
            }
            return true;
        } catch (OptimisticLockingFailureException e) {
            Messages.error(owner, "error.concurrentChange");
            return false;
        } catch (RuntimeException e) {
            Messages.error(owner, "error.message", Messages.describe(owner, e));
            return false;
        }
    }

    private void publish() {
        if (!tabs.problems().isEmpty()) {
            Messages.error(owner, "designer.publish.blocked");
            tabs.showProblems();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("designer-publish-dialog");
        dialog.setHeaderTitle(t("designer.publish.title", version.get().getNumber()));
        TextArea note = new TextArea(t("designer.publish.note"));
        note.setId("designer-publish-note");
        note.setMaxLength(1000);
        note.setWidth("32em");
        dialog.add(new Paragraph(t("designer.publish.explain")), note);
        Button confirm = new Button(t("designer.publish"), e -> {
            if (dirty.getAsBoolean() && !save(false)) {
                return;
            }
            try {
                FormVersion v = version.get();
                FormVersion now = drafts.publish(v.getId(), v.getVersion(), note.getValue());
                dialog.close();
                Messages.success(owner, "designer.published", now.getNumber());
                published.accept(now);
            } catch (FormPublishRefusedException ex) {
                dialog.close();
                tabs.problems();
                Messages.error(owner, "designer.publish.blocked");
            } catch (OptimisticLockingFailureException ex) {
                Messages.error(owner, "error.concurrentChange");
            } catch (RuntimeException ex) {
                Messages.error(owner, "error.message", Messages.describe(owner, ex));
            }
        });
        confirm.setId("designer-publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void discard() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(t("designer.discard.title", version.get().getNumber()));
        confirm.setText(t("designer.discard.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.setConfirmText(t("designer.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                drafts.discardDraft(version.get().getId(), version.get().getVersion());
                UI.getCurrent().navigate(FormsView.class);
            } catch (RuntimeException ex) {
                Messages.error(owner, "error.message", Messages.describe(owner, ex));
            }
        });
        confirm.open();
    }
}
