package org.ticportal.core.common;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Beans shared by all core features. Method security is on: every service method states who may call it. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConfigurationPropertiesScan("org.ticportal.core")
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
