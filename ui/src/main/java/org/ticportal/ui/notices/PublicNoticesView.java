package org.ticportal.ui.notices;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.notice.PublicNoticeService;
import org.ticportal.ui.base.LanguageSwitch;
import org.ticportal.ui.base.ViewTitles;

/** 公示公告: the published notices, newest first, for anyone (no login); a click opens one. */
@Route(value = "public/notices", autoLayout = false)
@AnonymousAllowed
public class PublicNoticesView extends VerticalLayout implements HasDynamicTitle {

    PublicNoticesView(PublicNoticeService notices) {
        addClassName("public-notices-view");
        setAlignItems(Alignment.CENTER);
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Grid<NoticeSummary> grid = new Grid<>();
        grid.setId("public-notices-grid");
        grid.addColumn(new ComponentRenderer<>(n -> {
            Anchor a = new Anchor("public/notices/" + n.id(), n.title());
            a.addClassName("public-notice-link");
            return a;
        })).setHeader(getTranslation("notices.title")).setFlexGrow(3);
        grid.addColumn(NoticeSummary::periodText).setHeader(getTranslation("notices.period")).setFlexGrow(2);
        grid.addColumn(n -> getTranslation("notices.state." + n.state().name()))
                .setHeader(getTranslation("notices.state"));
        grid.setItems(query -> notices.published(PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(Sort.Direction.DESC, "publishedAt", "id"))).stream());
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("70em");
        Paragraph help = new Paragraph(getTranslation("public.notices.help"));
        help.addClassName("field-help");
        Anchor resultNotices = new Anchor("public/evaluations", getTranslation("resultNotices.link"));
        resultNotices.setId("public-notices-result-notices");
        add(title, new H2(getTranslation("public.notices.title")), help, grid, resultNotices,
                new Anchor("login", getTranslation("register.toLogin")), new LanguageSwitch());
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "public.notices.title");
    }
}
