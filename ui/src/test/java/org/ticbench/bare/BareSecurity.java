package org.ticbench.bare;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security configurer with a login view, and one user ({@code bare}, password {@value #PASSWORD}) whose hash
 * is made by the same delegating encoder (bcrypt) the portal's accounts use, so that a login costs the same hashing.
 */
@Configuration
@EnableWebSecurity
class BareSecurity {

    static final String PASSWORD = "TicDemo#2026";

    @Bean
    SecurityFilterChain bareFilterChain(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"));
        return http.build();
    }

    @Bean
    PasswordEncoder barePasswordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService bareUsers(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername("bare").password(encoder.encode(PASSWORD))
                .roles("USER").build());
    }
}
