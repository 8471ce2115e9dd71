package org.ticportal.ui.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.ticportal.core.apiclient.ApiClientService;
import org.ticportal.core.user.ApiPrincipal;

/**
 * Security of the API for other systems, in filter chains of their own before the screens' (Vaadin's) chain:
 * <ul>
 *   <li>{@code /api/v1/**}: read-only ({@code GET} only) for machine clients with a bearer token
 *   ({@link BearerTokenFilter}); stateless (no session, no cookie, so no CSRF token either); 401 with
 *   {@code WWW-Authenticate: Bearer} without a token or with an unknown or revoked one.</li>
 *   <li>{@code /api/public/**}: the public registry and the published notices as JSON, {@code GET} without login,
 *   as the public pages show them; calls per source address limited ({@link PublicApiRateLimit}).</li>
 *   <li>The API's documentation ({@code /v3/api-docs}, {@code /swagger-ui.html}, {@code /swagger-ui/**}): readable
 *   without login; it describes the read-only endpoints and holds no data.</li>
 * </ul>
 * Every other method on these paths is refused. The screens' login, CSRF and session rules are untouched.
 */
@Configuration
@EnableConfigurationProperties(ApiProperties.class)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiClientService clients, ApiProperties limits,
                                       Clock clock) throws Exception {
        http.securityMatcher("/api/**");
        http.headers(SecurityHeaders::configure);
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(context -> context.securityContextRepository(
                new RequestAttributeSecurityContextRepository()));
        http.requestCache(cache -> cache.disable());
        http.addFilterBefore(new PublicApiRateLimit(limits, clock), AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new BearerTokenFilter(clients), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(ApiPrincipal.AUTHORITY)
                .anyRequest().denyAll());
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
        http.headers(SecurityHeaders::configure);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll());
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ticportal\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\","
                    + "\"message\":\"a valid bearer token is required (Authorization: Bearer <token>)\"}");
        };
    }
}
