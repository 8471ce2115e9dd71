package org.ticportal.ui.catalogs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.catalog.CatalogCodes;
import org.ticportal.core.catalog.CatalogInfo;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.ViewTitles;

/**
 * 政策目录: the catalogs of a running policy as they are in force — center types, industry clusters, recommending bodies
 * and the policy's other lists, one tab each — the plugin's entries as defaults with administrators' additions,
 * renames and retirements. Administrators edit and see the history of the changes; bureau staff read. The services
 * check the roles again.
 */
@Route("admin/catalogs")
@Menu(title = "nav.catalogs", order = 30, icon = "vaadin:list")
@RolesAllowed({"ADMIN", "BUREAU"})
public class CatalogsView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalogs;
    private final AuditService audit;
    private final boolean editable;
    private final Div content = new Div();

    CatalogsView(PolicyService policies, UserService users, CatalogService catalogs, AuditService audit) {
        this.catalogs = catalogs;
        this.audit = audit;
        addClassName("catalogs-view");
        setSizeFull();
        var scope = users.currentScope();
        this.editable = catalogs.mayEdit();
        List<StartedPolicy> all = policies.startedPolicies();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("home.policy.none")));
            return;
        }
        Select<StartedPolicy> policy = new Select<>();
        policy.setId("catalog-policy");
        policy.setLabel(getTranslation("catalog.policy"));
        policy.setItems(all);
        policy.setItemLabelGenerator(p -> p.identity().jurisdiction().get(getLocale()) + " · "
                + p.identity().title().get(getLocale()));
        policy.setWidth("min(40em, 100%)");
        policy.addValueChangeListener(e -> show(e.getValue()));
        content.setSizeFull();
        add(policy, content);
        expand(content);
        // bureau staff of a jurisdiction start with their own policy
        String own = scope.jurisdictionCode();
        policy.setValue(all.stream().filter(p -> p.identity().jurisdictionCode().equals(own)).findFirst()
                .orElse(all.get(0)));
    }

    private void show(@Nullable StartedPolicy policy) {
        content.removeAll();
        if (policy == null) {
            return;
        }
        Locale locale = getLocale();
        Paragraph source = new Paragraph(getTranslation("catalog.source", policy.identity().title().get(locale),
                policy.pin().pluginId(), policy.pin().pluginVersion()));
        source.setId("catalog-source");

        List<CatalogInfo> infos = catalogs.catalogs(policy.policyId());
        Map<String, String> titles = new LinkedHashMap<>();
        infos.forEach(c -> titles.put(c.code(), title(c)));
        TabSheet tabs = new TabSheet();
        tabs.setId("catalogs-tabs");
        tabs.setSizeFull();
        CatalogHistoryGrid history = editable ? new CatalogHistoryGrid(audit, policy.policyId(), titles) : null;
        Runnable onChange = history == null ? () -> { } : history::refresh;
        for (CatalogInfo info : infos) {
            Tab tab = tabs.add(titles.get(info.code()),
                    new CatalogPanel(catalogs, policy, info, titles.get(info.code()), editable, onChange));
            tab.setId("catalogs-tab-" + info.code());
        }
        if (history != null) {
            history.setSizeFull();
            tabs.add(getTranslation("catalogs.history"), history).setId("catalogs-tab-history");
        }
        VerticalLayout layout = new VerticalLayout(source, tabs);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.expand(tabs);
        content.add(layout);
    }

    /** A catalog's display name: the three built-in catalogs from the bundles, the plugin's lists by their name. */
    private String title(CatalogInfo catalog) {
        return switch (catalog.code()) {
            case CatalogCodes.CENTER_TYPES -> getTranslation("catalog.centerTypes");
            case CatalogCodes.INDUSTRY_CLUSTERS -> getTranslation("catalog.clusters");
            case CatalogCodes.RECOMMENDING_BODIES -> getTranslation("catalog.bodies");
            default -> catalog.name() == null ? catalog.code() : catalog.name().get(getLocale());
        };
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.catalogs");
    }
}
