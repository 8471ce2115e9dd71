package org.ticportal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * TIC Portal (技术创新中心认定管理平台). Scans {@code org.ticportal}: the core services and the Vaadin views.
 *
 * <p>Styles come from Lumo and {@code styles/app.css} as plain style sheets, so the production build uses Vaadin's
 * pre-compiled bundle and needs no Node.js.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class TicPortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TicPortalApplication.class, args);
    }
}
