package org.ticportal.ui.base;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.gridview.SavedView;
import org.ticportal.core.gridview.SavedViewService;

/**
 * 已保存视图: the user's saved views of one {@link FilterGrid} and those the colleagues share. Save the grid's current
 * filters, visible columns, their order and sort under a name (optionally as the default the grid opens with); select
 * a view to open it on the grid, overwrite it with the grid's current state, rename it to the name typed above, mark
 * it as (or no longer as) the default, share it with the colleagues (bureau staff) or delete it. Only the owner
 * changes a view; a colleague's shared view can be opened and made one's own default.
 */
final class GridViewsDialog extends Dialog {

    private final SavedViewService service;
    private final String gridId;
    private final FilterGrid<?, ?> target;
    private final TextField name = new TextField();
    private final Checkbox asDefault = new Checkbox();
    private final Grid<SavedView> list = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Button open = new Button();
    private final Button overwrite = new Button();
    private final Button rename = new Button();
    private final Button markDefault = new Button();
    private final Button share = new Button();
    private final Button delete = new Button();

    GridViewsDialog(SavedViewService service, String gridId, FilterGrid<?, ?> target) {
        this.service = service;
        this.gridId = gridId;
        this.target = target;
        setId("views-dialog");
        setHeaderTitle(getTranslation("views.title"));
        setWidth("min(60em, 96vw)");

        name.setId("views-name");
        name.setLabel(getTranslation("views.name"));
        name.setMaxLength(SavedViewService.MAX_NAME);
        name.setClearButtonVisible(true);
        name.setWidthFull();
        asDefault.setId("views-save-default");
        asDefault.setLabel(getTranslation("views.saveAsDefault"));
        Button save = new Button(getTranslation("views.save"), Icons.create(VaadinIcon.PLUS), e -> save());
        save.setId("views-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        asDefault.getStyle().set("white-space", "nowrap").set("flex-shrink", "0");
        save.getStyle().set("flex-shrink", "0");
        HorizontalLayout saving = new HorizontalLayout(name, asDefault, save);
        saving.setWidthFull();
        saving.setFlexGrow(1, name);
        saving.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("views.help"));
        help.addClassName("field-help");

        list.setId("views-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(SavedView::name).setHeader(getTranslation("views.column.name")).setFlexGrow(3)
                .setKey("name");
        list.addColumn(v -> v.own() ? getTranslation("views.owner.me") : v.ownerName())
                .setHeader(getTranslation("views.column.owner")).setFlexGrow(1).setKey("owner");
        list.addColumn(v -> v.userDefault() ? getTranslation("views.default.yes") : "")
                .setHeader(getTranslation("views.column.default")).setFlexGrow(1).setKey("default");
        list.addColumn(v -> v.shared() ? getTranslation("views.shared.yes") : "")
                .setHeader(getTranslation("views.column.shared")).setFlexGrow(1).setKey("shared");
        list.addColumn(v -> Formats.dateTime(v.updatedAt(), getLocale())).setHeader(getTranslation("views.column.updated"))
                .setAutoWidth(true).setFlexGrow(0).setKey("updated");
        list.setHeight("11em");
        list.setEmptyStateText(getTranslation("views.empty"));
        list.addSelectionListener(e -> {
            e.getFirstSelectedItem().ifPresent(v -> name.setValue(v.name()));
            buttons();
        });
        list.addItemDoubleClickListener(e -> open(e.getItem()));

        open.setText(getTranslation("views.open"));
        open.setIcon(Icons.create(VaadinIcon.FOLDER_OPEN_O));
        open.setId("views-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> selected().ifPresent(this::open));
        overwrite.setText(getTranslation("views.overwrite"));
        overwrite.setId("views-overwrite");
        overwrite.addClickListener(e -> selected().ifPresent(v -> run(() -> service.overwrite(v.id(), v.version(),
                target.viewState()), "views.overwritten")));
        rename.setText(getTranslation("views.rename"));
        rename.setId("views-rename");
        rename.addClickListener(e -> selected().ifPresent(v -> run(() -> service.rename(v.id(), v.version(),
                name.getValue()), "views.renamed")));
        markDefault.setId("views-default");
        markDefault.addClickListener(e -> selected().ifPresent(v -> run(() -> service.setDefault(v.id(),
                !v.userDefault()), v.userDefault() ? "views.defaultCleared" : "views.defaultSet")));
        share.setId("views-share");
        share.setVisible(GridSavedViews.hasAuthority("ROLE_BUREAU"));
        share.addClickListener(e -> selected().ifPresent(v -> run(() -> service.share(v.id(), v.version(),
                !v.shared()), v.shared() ? "views.unshared" : "views.sharedDone")));
        delete.setText(getTranslation("views.delete"));
        delete.setIcon(Icons.create(VaadinIcon.TRASH));
        delete.setId("views-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(v -> run(() -> {
            service.delete(v.id(), v.version());
            return null;
        }, "views.deleted")));
        HorizontalLayout actions = new HorizontalLayout(open, overwrite, rename, markDefault, share, delete);
        actions.setWrap(true);
        status.setId("views-status");

        VerticalLayout body = new VerticalLayout(saving, help, list, actions, status);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("views-close");
        getFooter().add(close);
        reload(null);
    }

    private void save() {
        name.setInvalid(false);
        try {
            SavedView saved = service.save(gridId, name.getValue(), target.viewState());
            if (asDefault.getValue()) {
                saved = service.setDefault(saved.id(), true);
            }
            status.setText(getTranslation("views.saved", saved.name()));
            reload(saved.id());
        } catch (BusinessException e) {
            fail(e);
        } catch (RuntimeException e) {
            status.setText(Messages.describe(this, e));
        }
    }

    private void open(SavedView view) {
        target.applyView(view.state());
        Messages.success(target, "views.opened", view.name());
        close();
    }

    /** Runs a change to the selected view, tells its outcome and lists the views again. */
    private void run(java.util.function.Supplier<@Nullable SavedView> change, String done) {
        name.setInvalid(false);
        SavedView before = selected().orElseThrow();
        try {
            SavedView after = change.get();
            status.setText(getTranslation(done, after == null ? before.name() : after.name()));
            reload(after == null ? null : after.id());
        } catch (BusinessException e) {
            fail(e);
        } catch (RuntimeException e) {
            status.setText(Messages.describe(this, e));
            reload(before.id());
        }
    }

    private void fail(BusinessException e) {
        String text = Messages.describe(this, e);
        if ("name".equals(e.getField())) {
            name.setErrorMessage(text);
            name.setInvalid(true);
        }
        status.setText(text);
        if ("gridview.stale".equals(e.getMessageKey()) || "gridview.notFound".equals(e.getMessageKey())) {
            reload(null);
        }
    }

    private void reload(@Nullable Long select) {
        List<SavedView> views = service.list(gridId);
        list.setItems(views);
        views.stream().filter(v -> select != null && v.id() == select).findFirst().ifPresentOrElse(list::select,
                list::deselectAll);
        buttons();
    }

    private Optional<SavedView> selected() {
        return list.getSelectedItems().stream().findFirst();
    }

    private void buttons() {
        Optional<SavedView> view = selected();
        boolean own = view.map(SavedView::own).orElse(false);
        open.setEnabled(view.isPresent());
        overwrite.setEnabled(own);
        rename.setEnabled(own);
        delete.setEnabled(own);
        share.setEnabled(own);
        markDefault.setEnabled(view.isPresent());
        markDefault.setText(getTranslation(view.map(SavedView::userDefault).orElse(false) ? "views.clearDefault"
                : "views.setDefault"));
        share.setText(getTranslation(view.map(SavedView::shared).orElse(false) ? "views.unshare" : "views.share"));
    }
}
