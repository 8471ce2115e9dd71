package org.ticportal.core.common;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Beans shared by all core features. Method security is on: every service method states who may call it. Scheduled
 * work (closing public notices) runs as the portal itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableScheduling
@ConfigurationPropertiesScan("org.ticportal.core")
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
