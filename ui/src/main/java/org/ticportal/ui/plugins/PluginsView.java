package org.ticportal.ui.plugins;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.application.ApplicationAdminService;
import org.ticportal.core.application.MigrationResult;
import org.ticportal.core.application.PinUsage;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.plugin.PluginAdminService;
import org.ticportal.core.plugin.PluginCandidate;
import org.ticportal.core.plugin.PluginAction;
import org.ticportal.core.plugin.PluginInfo;
import org.ticportal.core.plugin.PluginStatus;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.base.Uploads;

/**
 * 政策插件: every plugin with id, version, state, the policy it provides and, for a failed plugin, why. Administrators
 * upload a plugin (validated before it is installed), upgrade, start, stop and remove plugins while the portal runs;
 * every action goes into the plugin's history. Below, the plugin versions cases are pinned to, with the explicit
 * migration of open cases to the running version.
 */
@Route("admin/plugins")
@Menu(title = "nav.plugins", order = 20, icon = "vaadin:puzzle-piece")
@RolesAllowed("ADMIN")
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    private final PluginAdminService plugins;
    private final ApplicationAdminService cases;
    private final AuditService audit;
    private final Grid<PluginInfo> grid = new Grid<>();
    private final Grid<PinUsage> pins = new Grid<>();
    private final VerticalLayout history = new VerticalLayout();

    PluginsView(PluginAdminService plugins, ApplicationAdminService cases, AuditService audit) {
        this.plugins = plugins;
        this.cases = cases;
        this.audit = audit;
        addClassName("plugins-view");
        setSizeFull();

        grid.setId("plugins-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PluginInfo::id).setHeader(getTranslation("plugin.id")).setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> p.version() == null ? "" : p.version()).setHeader(getTranslation("plugin.version"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("plugin.status")).setAutoWidth(true);
        grid.addColumn(p -> p.policyTitle() == null ? "" : p.policyTitle().get(getLocale()))
                .setHeader(getTranslation("plugin.policy")).setFlexGrow(2);
        grid.addColumn(p -> p.requires() == null ? "" : p.requires()).setHeader(getTranslation("plugin.requires"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.failureReason() == null ? "" : p.failureReason())
                .setHeader(getTranslation("plugin.failureReason")).setFlexGrow(3);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("plugin.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showHistory(e.getFirstSelectedItem().map(PluginInfo::id).orElse(null)));

        pins.setId("pins-grid");
        pins.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        pins.addColumn(u -> u.pin().policyId()).setHeader(getTranslation("pin.policy")).setAutoWidth(true);
        pins.addColumn(u -> u.pin().pluginId() + " " + u.pin().pluginVersion()).setHeader(getTranslation("pin.plugin"))
                .setAutoWidth(true);
        pins.addColumn(u -> Long.toString(u.open())).setHeader(getTranslation("pin.open")).setAutoWidth(true);
        pins.addColumn(u -> Long.toString(u.closed())).setHeader(getTranslation("pin.closed")).setAutoWidth(true);
        pins.addColumn(u -> getTranslation(u.installed() ? "pin.running" : "pin.archived"))
                .setHeader(getTranslation("pin.state")).setAutoWidth(true);
        pins.addComponentColumn(this::migrateButton).setHeader("").setAutoWidth(true);
        pins.setAllRowsVisible(true);

        history.setPadding(false);
        add(uploadArea(), grid, new H3(getTranslation("pin.title")), new Paragraph(getTranslation("pin.help")), pins,
                history);
        refresh();
    }

    private Component uploadArea() {
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                PluginCandidate candidate = plugins.validate(event.getFileName(), event.getInputStream());
                ui.access(() -> showCandidate(candidate));
            } catch (RuntimeException e) {
                String message = Messages.describe(this, e);
                ui.access(() -> Messages.error(this, "error.message", message));
            }
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("plugin-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PluginAdminService.MAX_PLUGIN_BYTES);
        upload.setAcceptedFileTypes(".jar", ".zip");
        upload.setUploadButton(new Button(getTranslation("plugin.upload"), Icons.create(VaadinIcon.UPLOAD)));
        upload.setDropLabel(new Span(getTranslation("plugin.upload.drop")));
        Div area = new Div(upload);
        area.addClassName("plugin-upload");
        return area;
    }

    private void showCandidate(PluginCandidate c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plugin.validation.title", c.fileName()));
        dialog.setId("plugin-candidate");
        UnorderedList facts = new UnorderedList();
        facts.add(new ListItem(getTranslation("plugin.id") + "：" + nz(c.pluginId())));
        facts.add(new ListItem(getTranslation("plugin.version") + "：" + nz(c.version())
                + (c.isUpgrade() ? getTranslation("plugin.validation.upgrade", c.installedVersion()) : "")));
        facts.add(new ListItem(getTranslation("plugin.requires") + "：" + nz(c.requires())));
        facts.add(new ListItem(getTranslation("plugin.provider") + "：" + nz(c.provider())));
        facts.add(new ListItem(getTranslation("plugin.dependencies") + "："
                + (c.dependencies().isEmpty() ? getTranslation("plugin.none") : String.join("、", c.dependencies()))));
        if (c.policyTitle() != null) {
            facts.add(new ListItem(getTranslation("plugin.policy") + "：《" + c.policyTitle().get(getLocale()) + "》（"
                    + c.policyId() + "）"));
        }
        dialog.add(facts);
        Button install = new Button(getTranslation(c.isUpgrade() ? "plugin.upgrade" : "plugin.install"), e -> {
            try {
                PluginInfo info = plugins.install(c.token());
                dialog.close();
                refresh();
                Messages.success(this, "plugin.installed", info.id(), nz(info.version()));
            } catch (RuntimeException ex) {
                dialog.close();
                refresh();
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        install.setId("plugin-install");
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (c.installable()) {
            Paragraph ok = new Paragraph(getTranslation("plugin.validation.ok"));
            ok.setId("plugin-validation-ok");
            dialog.add(ok);
        } else {
            UnorderedList problems = new UnorderedList();
            problems.setId("plugin-validation-problems");
            c.problems().forEach(p -> problems.add(new ListItem(p.get(getLocale()))));
            Paragraph refused = new Paragraph(getTranslation("plugin.validation.refused"));
            refused.addClassName("notice");
            dialog.add(refused, problems);
            install.setEnabled(false);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> {
            plugins.discard(c.token());
            dialog.close();
        });
        dialog.getFooter().add(cancel, install);
        dialog.open();
    }

    private Component actions(PluginInfo p) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        Set<PluginAction> allowed = p.actions();
        if (allowed.contains(PluginAction.STOP)) {
            buttons.add(action("stop", "plugin.stopped", p, VaadinIcon.STOP, () -> plugins.stop(p.id())));
        }
        if (allowed.contains(PluginAction.START)) {
            buttons.add(action("start", "plugin.started", p, VaadinIcon.PLAY, () -> plugins.start(p.id())));
        }
        if (allowed.contains(PluginAction.REMOVE)) {
            Button remove = new Button(Icons.create(VaadinIcon.TRASH), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("plugin.remove.title", p.id()),
                        getTranslation("plugin.remove.text", p.id()), getTranslation("plugin.remove"), ok -> run(() -> {
                            plugins.remove(p.id());
                            return null;
                        }, "plugin.removed", p.id()));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            remove.setId("plugin-remove-" + p.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText(getTranslation("plugin.remove"));
            buttons.add(remove);
        }
        return buttons;
    }

    private Button action(String name, String doneKey, PluginInfo p, VaadinIcon icon,
                          java.util.function.Supplier<PluginInfo> work) {
        Button b = new Button(getTranslation("plugin." + name), Icons.create(icon), e -> run(work::get, doneKey, p.id()));
        b.setId("plugin-" + name + "-" + p.id());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void run(java.util.function.Supplier<?> work, String successKey, String id) {
        try {
            work.get();
            Messages.success(this, successKey, id);
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
        refresh();
    }

    private Component migrateButton(PinUsage usage) {
        if (usage.installed() || usage.open() == 0) {
            return new Span();
        }
        Button migrate = new Button(getTranslation("pin.migrate"), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("pin.migrate.title", usage.pin().policyId(),
                    usage.pin().pluginVersion()));
            TextArea reason = new TextArea(getTranslation("pin.migrate.reason"));
            reason.setRequired(true);
            reason.setWidthFull();
            dialog.add(new Paragraph(getTranslation("pin.migrate.text", Long.toString(usage.open()))), reason);
            Button go = new Button(getTranslation("pin.migrate"), ev -> {
                try {
                    MigrationResult result = cases.migrateOpen(usage.pin(), reason.getValue());
                    dialog.close();
                    Messages.success(this, "pin.migrated", Integer.toString(result.moved().size()),
                            Integer.toString(result.skipped().size()), result.to().pluginVersion());
                    refresh();
                } catch (RuntimeException ex) {
                    reason.setErrorMessage(Messages.describe(this, ex));
                    reason.setInvalid(true);
                }
            });
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), go);
            dialog.open();
        });
        migrate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return migrate;
    }

    private void refresh() {
        List<PluginInfo> all = plugins.plugins();
        grid.setItems(all);
        pins.setItems(cases.pinUsage());
    }

    private void showHistory(String pluginId) {
        history.removeAll();
        if (pluginId == null) {
            return;
        }
        HistoryGrid events = new HistoryGrid(pluginId,
                (id, page) -> audit.history(AuditSubject.PLUGIN, id, page).getContent(),
                id -> audit.history(AuditSubject.PLUGIN, id, PageRequest.of(0, 1)).getTotalElements());
        events.setId("plugin-history");
        events.setHeight("22em");
        history.add(new H3(getTranslation("plugin.history", pluginId)), events);
    }

    private Span statusBadge(PluginInfo plugin) {
        Span badge = new Span(getTranslation("plugin.status." + plugin.status().name()));
        badge.getElement().getThemeList().add(plugin.status() == PluginStatus.STARTED ? "badge success"
                : plugin.status() == PluginStatus.FAILED ? "badge error" : "badge contrast");
        badge.addClassName("plugin-status");
        return badge;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.plugins");
    }
}
