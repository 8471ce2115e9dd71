package org.ticportal.ui.centers;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.ticportal.core.center.CenterFilter;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.PublicCenter;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.LanguageSwitch;

/**
 * 技术创新中心名录: the public registry of recognised centers, without login — the page a bureau links from its website.
 * Name, type, lead unit, cluster, date and document number; searched by name or lead unit and paged in the database.
 */
@Route(value = "public/centers", autoLayout = false)
@AnonymousAllowed
public class PublicCentersView extends VerticalLayout implements HasDynamicTitle {

    private CenterFilter filter = CenterFilter.ALL;

    PublicCentersView(CenterService centers, org.ticportal.core.center.CenterStanding standing) {
        addClassName("public-centers-view");
        setSizeFull();
        Locale locale = getLocale();
        H1 title = new H1(getTranslation("registry.title"));
        title.addClassName("registry-title");
        Paragraph intro = new Paragraph(getTranslation("registry.intro"));
        TextField search = new TextField();
        search.setId("registry-search");
        search.setPlaceholder(getTranslation("registry.search"));
        search.setAriaLabel(getTranslation("registry.search"));
        search.setPrefixComponent(Icons.create(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 28em)");
        search.setValueChangeMode(ValueChangeMode.LAZY);

        Grid<PublicCenter> grid = new Grid<>();
        grid.setId("registry-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        var name = grid.addColumn(c -> c.provisional() ? getTranslation("centers.public.provisional", c.name())
                : c.name()).setHeader(getTranslation("centers.name")).setKey("name")
                .setSortable(true).setSortProperty("name").setFlexGrow(3).setResizable(true);
        grid.addColumn(c -> c.typeName() == null ? "" : c.typeName().get(locale))
                .setHeader(getTranslation("centers.type")).setSortable(true).setSortProperty("typeNameZh")
                .setAutoWidth(true);
        grid.addColumn(PublicCenter::leadUnitName).setHeader(getTranslation("centers.leadUnit"))
                .setSortable(true).setSortProperty("leadUnitName").setFlexGrow(2).setResizable(true);
        grid.addColumn(c -> c.clusterName() == null ? "" : c.clusterName().get(locale))
                .setHeader(getTranslation("centers.cluster")).setSortable(true).setSortProperty("clusterNameZh")
                .setAutoWidth(true);
        var date = grid.addColumn(c -> Formats.date(c.recognizedOn(), locale))
                .setHeader(getTranslation("centers.recognizedOn")).setSortable(true).setSortProperty("recognizedOn")
                .setAutoWidth(true);
        grid.addColumn(PublicCenter::decisionNumber).setHeader(getTranslation("centers.number"))
                .setSortable(true).setSortProperty("decisionNumber").setAutoWidth(true);
        grid.setItems(query -> centers.registry(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, centers.registryCount(filter)));
        grid.setEmptyStateText(getTranslation("registry.empty"));
        grid.sort(List.of(new GridSortOrder<>(date, SortDirection.DESCENDING)));
        name.setTooltipGenerator(PublicCenter::name);
        search.addValueChangeListener(e -> {
            filter = filter.withText(e.getValue());
            grid.getDataProvider().refreshAll();
        });

        Anchor login = new Anchor("login", getTranslation("registry.login"));
        login.setId("registry-login");
        Anchor resultNotices = new Anchor("public/evaluations", getTranslation("resultNotices.link"));
        resultNotices.setId("registry-result-notices");
        HorizontalLayout top = new HorizontalLayout(resultNotices, login, new LanguageSwitch());
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.END);
        top.setAlignItems(Alignment.CENTER);
        add(top, title, intro, search, grid);
        expand(grid);
        addRevoked(standing);
    }

    /** The revoked centers (art. 14: 撤销), published too: their names can never be given again. */
    private void addRevoked(org.ticportal.core.center.CenterStanding standing) {
        if (standing.revokedCount() == 0) {
            return;
        }
        Grid<PublicCenter> revoked = new Grid<>();
        revoked.setId("registry-revoked-grid");
        revoked.addThemeVariants(GridVariant.LUMO_COMPACT);
        revoked.addColumn(PublicCenter::name).setHeader(getTranslation("centers.name")).setFlexGrow(3);
        revoked.addColumn(PublicCenter::leadUnitName).setHeader(getTranslation("centers.leadUnit")).setFlexGrow(2);
        revoked.addColumn(PublicCenter::decisionNumber).setHeader(getTranslation("centers.number")).setAutoWidth(true);
        revoked.setItems(query -> standing.revokedRegistry(VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, standing.revokedCount()));
        revoked.setHeight("14em");
        Paragraph help = new Paragraph(getTranslation("registry.revoked.help"));
        add(new com.vaadin.flow.component.html.H2(getTranslation("registry.revoked.title")), help, revoked);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registry.title") + " | " + getTranslation("app.title");
    }
}
