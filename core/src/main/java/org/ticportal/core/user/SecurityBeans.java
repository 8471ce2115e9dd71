package org.ticportal.core.user;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing (bcrypt, in a delegating encoder so the algorithm can be upgraded), the login (the one
 * {@link AuthenticationProvider}, which Spring Security's global authentication manager picks up) and login events.
 */
@Configuration(proxyBeanMethods = false)
class SecurityBeans {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider portalAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                        LoginAttempts attempts) {
        return new PortalAuthenticationProvider(users, encoder, attempts);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
