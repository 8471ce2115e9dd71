package org.ticportal.ui.catalogs;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.catalog.EntrySource;
import org.ticportal.core.catalog.MergedEntry;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.base.Messages;

/**
 * Adds an entry to a catalog or renames one. The server checks everything again; its refusals show at the field they
 * concern, and a change someone else made meanwhile closes the dialog with a message.
 */
class EntryDialog extends Dialog {

    /** What saving does: adds or renames through the service. */
    interface Save {
        MergedEntry save(String code, String nameZh, String nameEn);
    }

    /** What happens after a save, or after the entry turned out to be changed by someone else. */
    interface Done {
        void done(@Nullable MergedEntry saved);
    }

    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();

    /**
     * @param catalogTitle the catalog's name, for the title
     * @param entry        the entry to rename, or {@code null} to add one
     */
    EntryDialog(String catalogTitle, @Nullable MergedEntry entry, Save save, Done done) {
        Locale locale = getLocale();
        addClassName("catalog-entry-dialog");
        setHeaderTitle(entry == null ? getTranslation("catalogs.dialog.add", catalogTitle)
                : getTranslation("catalogs.dialog.rename", entry.name().get(locale)));
        setWidth("min(36em, 95vw)");

        code.setId("catalogs-entry-code");
        code.setLabel(getTranslation("catalogs.field.code"));
        code.setRequired(true);
        code.setMaxLength(32);
        code.setPattern(CatalogService.CODE.pattern());
        code.setHelperText(getTranslation("catalogs.field.code.help"));
        code.addValueChangeListener(e -> {
            String upper = e.getValue().toUpperCase(Locale.ROOT);
            if (e.isFromClient() && !upper.equals(e.getValue())) {
                code.setValue(upper);
            }
        });
        nameZh.setId("catalogs-entry-nameZh");
        nameZh.setLabel(getTranslation("catalogs.field.nameZh"));
        nameZh.setRequired(true);
        nameZh.setMaxLength(CatalogService.MAX_NAME);
        nameEn.setId("catalogs-entry-nameEn");
        nameEn.setLabel(getTranslation("catalogs.field.nameEn"));
        nameEn.setMaxLength(CatalogService.MAX_NAME);
        nameEn.setHelperText(getTranslation("catalogs.field.nameEn.help"));
        if (entry != null) {
            code.setValue(entry.code());
            code.setReadOnly(true);
            code.setHelperText(null);
            nameZh.setValue(entry.name().zh());
            nameEn.setValue(entry.name().en());
            if (entry.source() == EntrySource.DEFAULT && entry.defaultName() != null) {
                nameZh.setHelperText(getTranslation("catalogs.field.defaultName", entry.defaultName().zh()
                        + (entry.defaultName().en().isBlank() ? "" : " / " + entry.defaultName().en())));
            }
        }
        FormLayout form = new FormLayout(code, nameZh, nameEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button saveButton = new Button(getTranslation("action.save"), e -> save(save, done));
        saveButton.setId("catalogs-entry-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("catalogs-entry-cancel");
        getFooter().add(cancel, saveButton);
    }

    private void save(Save save, Done done) {
        Map<String, HasValidation> fields = Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            MergedEntry saved = save.save(code.getValue(), nameZh.getValue(), nameEn.getValue());
            close();
            done.done(saved);
        } catch (BusinessException e) {
            HasValidation field = e.getField() == null ? null : fields.get(e.getField());
            if (field != null) {
                field.setErrorMessage(Messages.describe(this, e));
                field.setInvalid(true);
            } else {
                Messages.error(this, "error.message", Messages.describe(this, e));
            }
        } catch (OptimisticLockingFailureException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
            close();
            done.done(null);
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }
}
