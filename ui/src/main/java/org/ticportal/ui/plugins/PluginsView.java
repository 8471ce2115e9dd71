package org.ticportal.ui.plugins;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.plugin.PluginInfo;
import org.ticportal.core.plugin.PluginStatus;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.ViewTitles;

/**
 * 插件管理: every plugin in the plugins folder with id, version, state, the policy it provides and, for a failed
 * plugin, why. Selecting a plugin shows its history.
 */
@Route("admin/plugins")
@Menu(title = "nav.plugins", order = 20, icon = "vaadin:puzzle-piece")
@RolesAllowed("ADMIN")
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

    PluginsView(PolicyService policies, AuditService audit) {
        addClassName("plugins-view");
        setSizeFull();
        List<PluginInfo> plugins = policies.plugins();
        Grid<PluginInfo> grid = new Grid<>();
        grid.setId("plugins-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
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
        grid.setItems(plugins);
        grid.setAllRowsVisible(true);

        VerticalLayout history = new VerticalLayout();
        history.setPadding(false);
        history.setSizeFull();
        grid.addSelectionListener(e -> {
            history.removeAll();
            e.getFirstSelectedItem().ifPresent(plugin -> {
                HistoryGrid events = new HistoryGrid(plugin.id(),
                        (id, page) -> audit.history(AuditSubject.PLUGIN, id, page).getContent(),
                        id -> audit.history(AuditSubject.PLUGIN, id, PageRequest.of(0, 1)).getTotalElements());
                events.setId("plugin-history");
                history.add(new H3(getTranslation("plugin.history", plugin.id())), events);
            });
        });
        add(grid, history);
    }

    private Span statusBadge(PluginInfo plugin) {
        Span badge = new Span(getTranslation("plugin.status." + plugin.status().name()));
        badge.getElement().getThemeList().add(plugin.status() == PluginStatus.STARTED ? "badge success"
                : plugin.status() == PluginStatus.FAILED ? "badge error" : "badge contrast");
        badge.addClassName("plugin-status");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.plugins");
    }
}
