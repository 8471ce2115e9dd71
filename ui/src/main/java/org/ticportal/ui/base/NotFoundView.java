package org.ticportal.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;


/**
 * 页面不存在或无权访问: shown, in the portal's frame, for an address that is no screen and for a screen the user may
 * not open. Vaadin reroutes a refused navigation to the not-found error ({@code RouteAccessDeniedError}), so both get
 * this page and it does not tell whether the screen exists.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Paragraph text = new Paragraph();

    public NotFoundView() {
        addClassName("error-view");
        setId("not-found");
        H2 title = new H2(getTranslation("errorPage.notFound.title"));
        title.setId("error-title");
        text.setId("error-text");
        Anchor home = new Anchor(".", getTranslation("errorPage.home"));
        home.getElement().setAttribute("router-link", true);
        home.setId("error-home");
        add(title, text, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        text.setText(getTranslation("errorPage.notFound.text", "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "errorPage.notFound.title");
    }
}
