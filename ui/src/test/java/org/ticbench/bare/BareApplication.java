package org.ticbench.bare;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The bare Vaadin application the start-up benchmark ({@code org.ticportal.bench.StartupBench}, issue 13 P3/P8)
 * compares the portal with: the same Spring Boot, Vaadin and Spring Security versions (it runs on the portal's test
 * class path), form login with one in-memory user, a landing view behind the login and a grid view to navigate to, and
 * nothing else (no database). It lives outside {@code org.ticportal} so that neither application's component or route
 * scan sees the other's classes; {@code spring.config.name=bare} keeps it from reading the portal's
 * {@code application.yml}, and the data source, JPA and Flyway auto-configurations the class path offers are left out
 * ({@code bare.properties}).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class BareApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    /**
     * No translations: Vaadin's default provider would read the portal's bundles from the shared class path (and
     * fails on their names).
     */
    @Bean
    I18NProvider bareI18n() {
        return new I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return List.of(Locale.SIMPLIFIED_CHINESE);
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                return key;
            }
        };
    }
}
