package org.ticportal.ui.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response (pages, Vaadin's requests, static resources, downloads, error pages):
 * a Content-Security-Policy, {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and a
 * Referrer-Policy. They are written before the request is handled: Vaadin's pages and requests commit their
 * response in a way that Spring Security's default (writing the headers when the response is committed) misses, so
 * they carried none of them. A handler that sets a header itself (a download's caching, Vaadin's own) still wins.
 *
 * <p>Caching: every response starts as {@value #NO_CACHE}, which a handler that knows its content may be cached
 * replaces (Vaadin's static files: its bundle {@code max-age=3600}, style sheets with a version parameter a year).
 * Spring Security's own cache writer is not used: written eagerly, its {@code Pragma: no-cache} and
 * {@code Expires: 0} stayed beside Vaadin's {@code Cache-Control}, and Chromium treats {@code Pragma: no-cache} as
 * "never fresh" whatever {@code Cache-Control} says, so every page load re-asked the server for each of Vaadin's
 * ~20 scripts and style sheets (a 304 each; issue 13, P8: login → landing).
 */
final class SecurityHeaders {

    /**
     * The Content-Security-Policy. What Vaadin Flow 25 needs (checked in Chromium on every screen, see README):
     * <ul>
     *   <li>{@code script-src 'unsafe-inline'}: the bootstrap page starts Flow's client engine with an inline script;
     *   {@code 'unsafe-eval'}: the engine runs what the server sends ({@code executeJs}, event data expressions) by
     *   constructing functions. Vaadin's nonce-based strict mode is not available for the portal's Flow version and
     *   components, so both stay; everything else is limited to the portal's own origin.</li>
     *   <li>{@code style-src 'unsafe-inline'}: the components and themes set inline styles and style elements.</li>
     *   <li>{@code img-src data:}, {@code font-src data:}: icons and fonts the themes embed as data URLs.</li>
     *   <li>{@code connect-src 'self'}: UIDL requests, heartbeats and uploads go to the portal only.</li>
     *   <li>{@code frame-ancestors 'none'}: no other site may frame the portal (clickjacking);
     *   {@code form-action 'self'}, {@code base-uri 'self'}, {@code object-src 'none'}.</li>
     * </ul>
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** What a response that says nothing about caching gets: not stored, in no cache (pages, Vaadin's requests). */
    static final String NO_CACHE = "no-cache, no-store, max-age=0, must-revalidate";

    private SecurityHeaders() {
    }

    /** Applies the headers to Spring Security's header writers. */
    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter(new StaticHeadersWriter("Cache-Control", NO_CACHE));
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(nosniff -> {
                })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
