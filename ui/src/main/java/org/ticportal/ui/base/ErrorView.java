package org.ticportal.ui.base;

import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticportal.core.db.DatabaseUnavailable;

/**
 * 系统出错: shown, in the portal's frame, when opening a screen failed unexpectedly. The user reads a short message
 * with an incident number; the log holds the exception under the same number. Nothing of the exception is shown.
 * When the database is away, it says so instead (服务暂时不可用, HTTP 503), without an incident: the portal restarts
 * its embedded database by itself, and the page works again after a reload.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        super("error", "errorPage.error.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailable.isCause(parameter.getCaughtException())) {
            LOG.warn("Opening /{} failed: the database is unavailable ({})", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            setId("service-unavailable");
            retitle("errorPage.unavailable.title");
            explain(getTranslation("errorPage.unavailable.text"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Opening /{} failed (incident {})", event.getLocation().getPath(), incident,
                parameter.getCaughtException());
        explain(getTranslation("errorPage.error.text", incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
