package org.ticportal.ui.evaluations;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.ticportal.core.evaluation.EvaluationResultNotice;
import org.ticportal.core.evaluation.EvaluationResultNotices;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.LanguageSwitch;
import org.ticportal.ui.base.ViewTitles;

/**
 * 绩效评估结果公示: the evaluation results under their public notice (art. 14 of the Xinzhou measures, where the
 * policy's scheme has a result notice), and those whose notice ended lately, for anyone (no login) — center, lead unit,
 * grade, outcome, the notice period, the article, and where objections go. Paged and sorted in the database.
 */
@Route(value = "public/evaluations", autoLayout = false)
@AnonymousAllowed
public class PublicEvaluationNoticesView extends VerticalLayout implements HasDynamicTitle {

    PublicEvaluationNoticesView(EvaluationResultNotices notices) {
        addClassName("public-evaluation-notices-view");
        setAlignItems(Alignment.CENTER);
        Locale locale = getLocale();
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation("resultNotices.intro", EvaluationResultNotices.RECENT_DAYS));
        intro.setMaxWidth("70em");

        Grid<EvaluationResultNotice> grid = new Grid<>();
        grid.setId("result-notices-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EvaluationResultNotice::centerName).setHeader(getTranslation("centers.name"))
                .setSortable(true).setSortProperty("centerName").setFlexGrow(3).setResizable(true);
        grid.addColumn(EvaluationResultNotice::leadUnitName).setHeader(getTranslation("centers.leadUnit"))
                .setSortable(true).setSortProperty("leadUnitName").setFlexGrow(2).setResizable(true);
        grid.addColumn(n -> n.grade().get(locale)).setHeader(getTranslation("evaluations.grade")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::outcome).setHeader(getTranslation("evaluations.outcome")).setSortable(true)
                .setSortProperty("outcome").setFlexGrow(2);
        var period = grid.addColumn(n -> getTranslation("resultNotices.period.value",
                        Formats.date(n.periodStart(), locale), Formats.date(n.periodEnd(), locale)))
                .setHeader(getTranslation("resultNotices.period")).setSortable(true).setSortProperty("effectiveOn")
                .setFlexGrow(3);
        grid.addColumn(n -> getTranslation(n.ended() ? "resultNotices.state.ended" : "resultNotices.state.open",
                Formats.date(n.effectiveOn(), locale))).setHeader(getTranslation("resultNotices.state"))
                .setFlexGrow(2);
        grid.addColumn(EvaluationResultNotice::article).setHeader(getTranslation("evaluations.article"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::objection).setHeader(getTranslation("resultNotices.objection")).setFlexGrow(3);
        grid.setItems(query -> notices.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, notices.count()));
        grid.setEmptyStateText(getTranslation("resultNotices.empty"));
        grid.sort(List.of(new GridSortOrder<>(period, SortDirection.DESCENDING)));
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("90em");

        Paragraph help = new Paragraph(getTranslation("resultNotices.help"));
        help.addClassName("field-help");
        help.setMaxWidth("70em");
        Anchor registry = new Anchor("public/centers", getTranslation("login.registry"));
        registry.setId("result-notices-registry");
        Anchor recognition = new Anchor("public/notices", getTranslation("public.notices.title"));
        recognition.setId("result-notices-recognition");
        HorizontalLayout links = new HorizontalLayout(registry, recognition,
                new Anchor("login", getTranslation("register.toLogin")), new LanguageSwitch());
        links.setAlignItems(Alignment.CENTER);
        add(title, new H2(getTranslation("resultNotices.title")), intro, grid, help, links);
    }

    /** The outcome in words, with the policy's flags (outstanding, recommended upward). */
    private String outcome(EvaluationResultNotice n) {
        return getTranslation("evaluations.outcome." + n.outcome().name())
                + (n.outstanding() ? getTranslation("resultNotices.flag", getTranslation("evaluations.outstanding"))
                : "")
                + (n.recommendUpward() ? getTranslation("resultNotices.flag",
                getTranslation("evaluations.recommendUpward")) : "");
    }

    /**
     * Where and by when objections go: the policy's issuing authority (else the bureau in general words), with the
     * telephone and address of the bureau's latest published notice when it published one.
     */
    private String objection(EvaluationResultNotice n) {
        if (n.ended()) {
            return getTranslation("resultNotices.objection.closed");
        }
        String to = n.issuer() == null ? getTranslation("resultNotices.objection.authority")
                : n.issuer().get(getLocale());
        String by = getTranslation("resultNotices.objection.to", Formats.date(n.periodEnd(), getLocale()), to);
        return n.contact() == null ? by : by + getTranslation("resultNotices.objection.contact", n.contact().phone(),
                n.contact().address());
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "resultNotices.title");
    }
}
