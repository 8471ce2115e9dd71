package org.ticportal.ui;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Properties for tests that start the whole portal: a fresh embedded MariaDB under {@code target/}, the policy plugins
 * of this checkout in development mode ({@code plugins/*&#47;target/classes}), and the demo accounts.
 */
public final class PortalTestProperties {

    /** The password of every demo account in tests. */
    public static final String DEMO_PASSWORD = "TicDemo#2026";

    private PortalTestProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Path root = Path.of(System.getProperty("portal.root", "..")).toAbsolutePath().normalize();
        Path data = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
        registry.add("ticportal.data-dir", data::toString);
        registry.add("ticportal.plugins.dir", () -> root.resolve("plugins").toString());
        registry.add("ticportal.plugins.mode", () -> "development");
        registry.add("ticportal.demo-data.enabled", () -> "true");
        registry.add("ticportal.demo-data.password", () -> DEMO_PASSWORD);
        registry.add("logging.level.ch.vorburger", () -> "warn");
    }
}
