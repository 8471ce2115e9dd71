package org.ticportal.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ticportal.core.common.AttemptWindow;

/**
 * Limits the calls of the token-free public API ({@code /api/public/**}) per source address: at most
 * {@link ApiProperties#publicRequestsPerWindow()} within {@link ApiProperties#publicWindow()} (a sliding window); the
 * next is answered {@code 429 Too Many Requests} with {@code Retry-After} (seconds) and a JSON body, and reaches no
 * service. Every answer carries {@code X-RateLimit-Limit}. The bureau's website or a crawler reading the registry
 * cannot so tie up the database the staff's screens share. Behind a reverse proxy the address is the client's only if
 * the portal trusts the proxy's {@code X-Forwarded-For} (README "Behind a reverse proxy"). In memory, per node.
 */
final class PublicApiRateLimit extends OncePerRequestFilter {

    static final String PUBLIC_PATH = "/api/public/";

    private final ApiProperties properties;
    private final AttemptWindow window;

    PublicApiRateLimit(ApiProperties properties, Clock clock) {
        this.properties = properties;
        this.window = new AttemptWindow(clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith(PUBLIC_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = properties.publicRequestsPerWindow();
        String address = request.getRemoteAddr();
        response.setHeader("X-RateLimit-Limit", limit + ";w=" + properties.publicWindow().toSeconds());
        if (window.tryAttempt(address, limit, properties.publicWindow())) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (window.wait(address, limit, properties.publicWindow()).toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":429,\"error\":\"too many requests\",\"message\":\"at most " + limit
                + " calls per " + properties.publicWindow().toSeconds() + " s from one address; retry after "
                + seconds + " s\"}");
    }
}
