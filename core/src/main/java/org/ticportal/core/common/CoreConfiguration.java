package org.ticportal.core.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;

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

    /**
     * The portal's clock, in the configured zone ({@code ticportal.zone}, default China's time) rather than the JVM's
     * default: "today" and local times are China's even on a server running in UTC (see {@link PortalTime}).
     */
    @Bean
    Clock clock(@Value("${ticportal.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
