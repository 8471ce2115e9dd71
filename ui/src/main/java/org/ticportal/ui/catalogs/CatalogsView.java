package org.ticportal.ui.catalogs;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.plugin.ActivePolicy;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.IndustryGroup;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.ui.base.ViewTitles;

/** 政策目录: center types, industry clusters and recommending bodies of the policy in force, each with its article. */
@Route("admin/catalogs")
@Menu(title = "nav.catalogs", order = 30, icon = "vaadin:list")
@RolesAllowed({"ADMIN", "BUREAU"})
public class CatalogsView extends VerticalLayout implements HasDynamicTitle {

    CatalogsView(PolicyService policies) {
        addClassName("catalogs-view");
        setSizeFull();
        ActivePolicy policy = policies.activePolicy().orElse(null);
        if (policy == null) {
            add(new Paragraph(getTranslation("home.policy.none")));
            return;
        }
        Locale locale = getLocale();
        Paragraph source = new Paragraph(getTranslation("catalog.source", policy.identity().title().get(locale),
                policy.pluginId(), policy.pluginVersion()));
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
        bodies.addColumn(RecommendingBody::article).setHeader(getTranslation("catalog.article")).setAutoWidth(true);
        bodies.setItems(policy.catalogs().recommendingBodies());

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("catalog.centerTypes"), types);
        tabs.add(getTranslation("catalog.clusters"), clusters);
        tabs.add(getTranslation("catalog.bodies"), bodies);
        add(source, tabs);
        expand(tabs);
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

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.catalogs");
    }
}
