package org.ticportal.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
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
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", "errorPage.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explain(getTranslation("errorPage.notFound.text", "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
