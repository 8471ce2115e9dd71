package org.ticportal.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ticportal.core.apiclient.ApiClientService;

/**
 * Authenticates a call of the read-only API by its {@code Authorization: Bearer <token>} header: a known, unrevoked
 * client's token puts the client ({@link org.ticportal.core.user.ApiPrincipal}, read-only authority, its own scope)
 * into the security context for this request only; anything else leaves the request anonymous, which the API's
 * filter chain answers with 401. Nothing is kept in a session.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClientService clients;

    BearerTokenFilter(ApiClientService clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            clients.authenticate(header.substring(BEARER.length()).strip()).ifPresent(client -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(client.authentication());
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
