package org.ticportal.ui.conversion;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.conversion.ConversionSourceInfo;
import org.ticportal.core.conversion.EngineeringCenterRow;
import org.ticportal.core.conversion.EngineeringCenterService;
import org.ticportal.core.conversion.EngineeringCenterStatus;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 申请转建 (art. 16 of the Xinzhou measures: 原有符合条件的市工程技术研究中心，可以申请转成市技术创新中心): the engineering centers
 * of the bureau's registry held under the applicant unit's own credit code; a registered one without an open
 * conversion may be converted, which files a conversion application (the policy's form and procedure) and opens it.
 */
@Route("conversion")
@Menu(title = "nav.conversion", order = 8.6, icon = "vaadin:sign-in")
@RolesAllowed("APPLICANT")
public class ConversionFilingView extends VerticalLayout implements HasDynamicTitle {

    ConversionFilingView(EngineeringCenterService registry, ApplicationService applications) {
        addClassName("conversion-filing-view");
        setSizeFull();
        Locale locale = getLocale();
        List<EngineeringCenterRow> own = registry.ownUnits();
        Paragraph help = new Paragraph(getTranslation("conversion.filing.help"));
        help.addClassName("field-help");
        add(help);
        if (own.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("conversion.filing.none"));
            none.setId("conversion-none");
            add(none);
            return;
        }
        Grid<EngineeringCenterRow> grid = new Grid<>();
        grid.setId("conversion-grid");
        grid.addColumn(EngineeringCenterRow::name).setHeader(getTranslation("engineering.name"))
                .setKey("engineering.name").setAutoWidth(true);
        grid.addColumn(EngineeringCenterRow::divisionName).setHeader(getTranslation("engineering.division"))
                .setKey("engineering.division").setAutoWidth(true);
        grid.addColumn(EngineeringCenterRow::recognizedYear).setHeader(getTranslation("engineering.year"))
                .setKey("engineering.year").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("engineering.status." + r.status().name()))
                .setHeader(getTranslation("engineering.status")).setKey("engineering.status").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            if (r.status() == EngineeringCenterStatus.REGISTERED) {
                Button convert = new Button(getTranslation("conversion.filing.convert"), e -> {
                    try {
                        ApplicationDetail filed = applications.createConversion(r.id(), null);
                        Messages.success(this, "conversion.filing.filed", filed.row().referenceNo());
                        getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                                new RouteParameters("id", Long.toString(filed.row().id()))));
                    } catch (RuntimeException ex) {
                        Messages.error(this, "conversion.filing.refused", Messages.describe(this, ex));
                    }
                });
                convert.setId("conversion-file-" + r.id());
                convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                List<ConversionSourceInfo> sources = registry.sources(r.jurisdictionCode());
                sources.stream().filter(s -> s.code().equals(r.sourceCode())).findFirst().ifPresent(s ->
                        convert.setTooltipText(getTranslation("conversion.filing.tooltip", s.name().get(locale),
                                s.article())));
                if (r.applicationId() == null) {
                    return convert;
                }
                RouterLink open = new RouterLink(getTranslation("conversion.filing.open"), ApplicationView.class,
                        new RouteParameters("id", r.applicationId().toString()));
                open.setId("conversion-open-" + r.id());
                return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(open, convert);
            }
            if (r.centerId() != null) {
                return new RouterLink(getTranslation("engineering.center.open"),
                        org.ticportal.ui.centers.CenterView.class, new RouteParameters("id", r.centerId().toString()));
            }
            return new Span();
        }).setHeader(getTranslation("conversion.filing.action")).setKey("conversion.filing.action")
                .setAutoWidth(true);
        grid.setItems(own);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.conversion");
    }
}
