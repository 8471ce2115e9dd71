package org.ticportal.ui.catalogs;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CatalogEntry;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.IndustryGroup;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.ui.base.ViewTitles;

/**
 * 政策目录: the catalogs of a running policy — center types, industry clusters, recommending bodies and the other lists —
 * each entry with its article.
 */
@Route("admin/catalogs")
@Menu(title = "nav.catalogs", order = 30, icon = "vaadin:list")
@RolesAllowed({"ADMIN", "BUREAU"})
public class CatalogsView extends VerticalLayout implements HasDynamicTitle {

    private final Div content = new Div();

    CatalogsView(PolicyService policies, org.ticportal.core.user.UserService users) {
        addClassName("catalogs-view");
        setSizeFull();
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
        String own = users.currentScope().jurisdictionCode();
        policy.setValue(all.stream().filter(p -> p.identity().jurisdictionCode().equals(own)).findFirst()
                .orElse(all.get(0)));
    }

    private void show(StartedPolicy policy) {
        content.removeAll();
        Locale locale = getLocale();
        Paragraph source = new Paragraph(getTranslation("catalog.source", policy.identity().title().get(locale),
                policy.pin().pluginId(), policy.pin().pluginVersion()));
        source.setId("catalog-source");

        Grid<CenterType> types = grid(CenterType.class);
        types.setId("catalog-center-types");
        types.addColumn(CenterType::code).setHeader(getTranslation("catalog.code")).setAutoWidth(true);
        types.addColumn(t -> t.name().get(locale)).setHeader(getTranslation("catalog.name")).setAutoWidth(true);
        types.addColumn(t -> getTranslation(t.hasSpecialisedInstitutes() ? "catalog.yes" : "catalog.no"))
                .setHeader(getTranslation("catalog.institutes")).setAutoWidth(true);
        types.addColumn(t -> t.description().get(locale)).setHeader(getTranslation("catalog.description"))
                .setFlexGrow(3);
        types.addColumn(CenterType::article).setHeader(getTranslation("catalog.article")).setAutoWidth(true);
        types.setItems(policy.catalogs().centerTypes());

        Grid<ClusterRow> clusters = grid(ClusterRow.class);
        clusters.setId("catalog-clusters");
        clusters.addColumn(r -> r.group().name().get(locale)).setHeader(getTranslation("catalog.group")).setAutoWidth(true);
        clusters.addColumn(r -> r.cluster().code()).setHeader(getTranslation("catalog.code")).setAutoWidth(true);
        clusters.addColumn(r -> r.cluster().name().get(locale)).setHeader(getTranslation("catalog.name")).setFlexGrow(2);
        clusters.addColumn(r -> r.group().article()).setHeader(getTranslation("catalog.article")).setAutoWidth(true);
        clusters.setItems(policy.catalogs().industryGroups().stream()
                .flatMap(g -> g.clusters().stream().map(c -> new ClusterRow(g, c))).toList());

        Grid<RecommendingBody> bodies = grid(RecommendingBody.class);
        bodies.setId("catalog-bodies");
        bodies.addColumn(RecommendingBody::code).setHeader(getTranslation("catalog.code")).setAutoWidth(true);
        bodies.addColumn(b -> b.name().get(locale)).setHeader(getTranslation("catalog.name")).setFlexGrow(2);
        bodies.addColumn(b -> getTranslation("catalog.kind." + b.kind().name())).setHeader(getTranslation("catalog.kind"))
                .setAutoWidth(true);
        bodies.addColumn(b -> getTranslation("catalog.channel." + b.channel().name()))
                .setHeader(getTranslation("catalog.channel")).setAutoWidth(true);
        bodies.addColumn(b -> String.join("、", b.divisions())).setHeader(getTranslation("catalog.divisions"))
                .setAutoWidth(true);
        bodies.addColumn(RecommendingBody::article).setHeader(getTranslation("catalog.article")).setAutoWidth(true);
        bodies.setItems(policy.catalogs().recommendingBodies());

        Grid<EntryRow> lists = grid(EntryRow.class);
        lists.setId("catalog-lists");
        lists.addColumn(r -> r.catalog().name().get(locale)).setHeader(getTranslation("catalog.list"))
                .setAutoWidth(true);
        lists.addColumn(r -> r.entry().code()).setHeader(getTranslation("catalog.code")).setAutoWidth(true);
        lists.addColumn(r -> r.entry().name().get(locale)).setHeader(getTranslation("catalog.name")).setFlexGrow(2);
        lists.addColumn(r -> r.entry().article().isBlank() ? r.catalog().article() : r.entry().article())
                .setHeader(getTranslation("catalog.article")).setAutoWidth(true);
        lists.setItems(policy.catalogs().lists().stream()
                .flatMap(c -> c.entries().stream().map(e -> new EntryRow(c, e))).toList());

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("catalog.centerTypes"), types);
        tabs.add(getTranslation("catalog.clusters"), clusters);
        tabs.add(getTranslation("catalog.bodies"), bodies);
        tabs.add(getTranslation("catalog.lists"), lists);
        VerticalLayout layout = new VerticalLayout(source, tabs);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.expand(tabs);
        content.add(layout);
    }

    private static <T> Grid<T> grid(Class<T> type) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        return grid;
    }

    /** One cluster with its group, for the flat clusters grid. */
    private record ClusterRow(IndustryGroup group, IndustryCluster cluster) {
    }

    /** One entry with its catalog, for the flat grid of the other catalogs. */
    private record EntryRow(Catalog catalog, CatalogEntry entry) {
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.catalogs");
    }
}
