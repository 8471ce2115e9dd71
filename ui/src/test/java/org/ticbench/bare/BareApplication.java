package org.ticbench.bare;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

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
 *
 * <p>Its routes are registered at start ({@link #bareRoutes()}), not by {@code @Route} or {@code @Layout}: the portal's
 * Browserless view tests scan the whole class path for those and would find two root routes and two layouts. For the
 * same reason it has no {@code AppShellConfigurator}; its layout and login view load Lumo, as the portal's shell does.
 */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    /** The login view, the landing view ({@code ""}) and the grid view ({@code grid}), the last two in the layout. */
    @Bean
    VaadinServiceInitListener bareRoutes() {
        return event -> {
            RouteConfiguration routes = RouteConfiguration.forRegistry(
                    ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
            routes.setRoute("login", BareLoginView.class);
            routes.setRoute("", BareHomeView.class, BareLayout.class);
            routes.setRoute("grid", BareGridView.class, BareLayout.class);
        };
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
