package org.ticportal.ui.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the portal refuses traffic (its embedded database is away and being restarted: see
 * {@code EmbeddedDatabaseSupervisor}), a page opened in the browser gets a short localized page "服务暂时不可用，请稍后再试"
 * with HTTP 503 and {@code Retry-After}, instead of a screen that stays blank. The login page, Vaadin's own requests
 * (an open screen shows a notification instead) and static files pass. It runs after Spring Security (order
 * -100), so that an anonymous visitor still goes to the login page and the page gets the security headers.
 */
@Component
@Order(0)
class ServiceUnavailablePage extends OncePerRequestFilter {

    private static final String RETRY_AFTER_SECONDS = "10";

    private final ApplicationAvailability availability;
    private final PortalI18nProvider i18n;

    ServiceUnavailablePage(ApplicationAvailability availability, PortalI18nProvider i18n) {
        this.availability = availability;
        this.i18n = i18n;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean file = path.lastIndexOf('.') > path.lastIndexOf('/');
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || path.startsWith("/login") || path.startsWith("/VAADIN/") || file;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() != ReadinessState.REFUSING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locale(request);
        String title = HtmlUtils.htmlEscape(i18n.getTranslation("errorPage.unavailable.title", locale));
        String text = HtmlUtils.htmlEscape(i18n.getTranslation("errorPage.unavailable.text", locale));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag()
                + "\"><head><meta charset=\"UTF-8\"><meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS
                + "\"><title>" + title + "</title></head><body id=\"service-unavailable\"><h2>" + title
                + "</h2><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static Locale locale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return PortalI18nProvider.CHINESE;
        }
        return Arrays.stream(cookies).filter(c -> LocaleSupport.COOKIE.equals(c.getName())).findFirst()
                .map(c -> PortalI18nProvider.supported(Locale.forLanguageTag(c.getValue())))
                .orElse(PortalI18nProvider.CHINESE);
    }
}
