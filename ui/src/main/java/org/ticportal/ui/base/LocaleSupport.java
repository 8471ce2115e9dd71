package org.ticportal.ui.base;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

/**
 * The user's language: Chinese by default, English when chosen. The choice is kept in the session and in a cookie,
 * so it survives logout and applies on the login page.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    static final String COOKIE = "tic-locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(fromRequest(e.getRequest())));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }

    private static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .map(c -> PortalI18nProvider.supported(Locale.forLanguageTag(c.getValue())))
                    .orElse(PortalI18nProvider.CHINESE);
        }
        return PortalI18nProvider.CHINESE;
    }

    /** Switches the current session to the locale, remembers it in a cookie, and reloads the page. */
    public static void switchTo(Locale locale) {
        Locale chosen = PortalI18nProvider.supported(locale);
        VaadinSession.getCurrent().setLocale(chosen);
        Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
