package org.ticportal.ui.security;

import java.time.Clock;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.util.unit.DataSize;
import org.ticportal.core.user.SecurityPolicyProperties;
import org.ticportal.core.user.UserService;

/**
 * Web security: Vaadin's configurer with the login view; every view states its roles with {@code @RolesAllowed} or
 * {@code @PermitAll}. The session id changes at login (Spring Security's default session-fixation protection); a
 * session whose account was disabled ends at its next check ({@link InactiveAccountLogout}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, I18NProvider i18n,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize uploadLimit,
            SecurityPolicyProperties policy, AuthenticationProvider login,
            AuthenticationEventPublisher loginEvents, UserService users, Clock clock) throws Exception {
        // security headers on every response; an oversize body answered with 413 and a sentence, before any filter
        // reads a parameter (which parses a multipart body), and after the header writer, so it gets the headers too
        http.headers(SecurityHeaders::configure);
        http.addFilterAfter(new UploadSizeLimit(uploadLimit, i18n), HeaderWriterFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        // a session whose account was disabled since it signed in ends at its next check (before the anonymous
        // filter, so that the request goes on as anonymous and meets the login page)
        http.addFilterBefore(new InactiveAccountLogout(users, policy.accountCheckInterval(), clock),
                AnonymousAuthenticationFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .addSessionAuthenticationStrategy(new KnownDeviceCookie(policy)));
        // a signed-in user's request for an address that is no route reaches Vaadin and its localized not-found page
        // (the same page as a forbidden screen) instead of a bare 403; anonymous requests still go to the login.
        // Every request is served by Vaadin's servlet, whose route access check applies; the portal has no other
        // controller. One added later must state its roles itself (method security), as the services do.
        // CSRF: Vaadin's configurer would exempt its own requests (which carry Vaadin's CSRF token) and also the whole
        // login path, so a login form POST without a token was accepted. Only Vaadin's own requests are exempt here:
        // the login form POST needs Spring's token, which Vaadin puts in the page (meta _csrf) and its login form
        // sends.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // core's login (lock-out per source and account) as the only authentication manager: without a parent, so
        // that a failed attempt is checked, and counted, once
        ProviderManager logins = new ProviderManager(login);
        logins.setAuthenticationEventPublisher(loginEvents);
        http.authenticationManager(logins);
        // after the Vaadin configurer, so that it sets the login page before form login initialises (else Spring's
        // generated login page would answer /login); the login's origin (address, known-device cookie) goes to core's
        // lock-out, and every refusal gets one answer
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler())
                .authenticationDetailsSource(new LoginOriginDetailsSource()));
        return http.build();
    }
}
