package org.ticportal.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.core.TestUsers.as;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.Await;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.PortalInstances;
import org.ticportal.core.catalog.CatalogCodes;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.catalog.MergedEntry;
import org.ticportal.core.plugin.PluginAdminService;
import org.ticportal.core.plugin.PluginCandidate;
import org.ticportal.core.plugin.PluginInfo;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.plugin.TestPluginBuilder;
import org.ticportal.core.user.Role;

/**
 * Plugin administration reaches the other portal node without a restart (issue 14): two instances on one database and
 * one plugins folder (the upload folder both read); an administrator installs, upgrades, stops, starts and removes a
 * real plugin (built and compiled as a developer would) on the first, and the second, polling {@code cluster_change}
 * every second, runs the same version each time — the upgraded one included, while a case pinned to the old version
 * is still served there from the archive. A catalog entry added on the first is offered by the second too. The waits
 * are for the second instance's scheduled poll (a safety net of a minute; nothing here measures time).
 */
@IntegrationTest
class PluginClusterIT {

    private static final String ID = "clustered";
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    PluginAdminService admin;
    @Autowired
    PolicyProviders providers;
    @Autowired
    CatalogService catalogs;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void installsUpgradesStopsAndRemovalsOnOneNodeReachTheOtherWithinItsPollInterval() throws Exception {
        Path dir = Files.createTempDirectory("cluster-plugins");
        Path v1 = build("1.0.0", dir.resolve("v1"));
        Path v2 = build("1.1.0", dir.resolve("v2"));
        Map<String, Object> properties = PortalInstances.sameDatabase(dataSource, environment);
        properties.put("ticportal.cluster.poll-interval", "PT1S");
        try (ConfigurableApplicationContext second = PortalInstances.start(properties)) {
            PolicyProviders other = second.getBean(PolicyProviders.class);
            assertThat(other).isNotSameAs(providers);
            assertThat(version(other)).as("not installed yet").isEmpty();

            install(v1);
            assertThat(version(providers)).contains("1.0.0");
            Await.until("the second node runs 1.0.0", PATIENCE, () -> version(other).equals(Optional.of("1.0.0")));

            install(v2);
            assertThat(version(providers)).contains("1.1.0");
            Await.until("the second node runs 1.1.0", PATIENCE, () -> version(other).equals(Optional.of("1.1.0")));
            // a case pinned to 1.0.0 is still read there, from the archived copy the second node kept
            String pinned = other.read(new PolicyPin(ID, ID, "1.0.0"), p -> p.identity().id());
            assertThat(pinned).isEqualTo(ID);

            // a catalog entry added on the first node is offered by the second, whose overrides were cached
            CatalogService otherCatalogs = second.getBean(CatalogService.class);
            assertThat(codes(otherCatalogs)).doesNotContain("CLUSTER_NEW");
            as("root", Role.ADMIN, () -> catalogs.add(ID, CatalogCodes.INDUSTRY_CLUSTERS, "CLUSTER_NEW", "集群新增",
                    "Added in a cluster"));
            Await.until("the second node offers the added entry", PATIENCE,
                    () -> codes(otherCatalogs).contains("CLUSTER_NEW"));

            as("root", Role.ADMIN, () -> admin.stop(ID));
            Await.until("the second node stopped it", PATIENCE, () -> version(other).isEmpty());
            as("root", Role.ADMIN, () -> admin.start(ID));
            Await.until("the second node started it again", PATIENCE,
                    () -> version(other).equals(Optional.of("1.1.0")));

            as("root", Role.ADMIN, () -> {
                admin.remove(ID);
                return null;
            });
            PluginAdminService otherAdmin = second.getBean(PluginAdminService.class);
            Await.until("the second node unloaded it", PATIENCE, () -> as("root", Role.ADMIN, otherAdmin::plugins)
                    .stream().noneMatch(p -> p.id().equals(ID)));
            assertThat(version(providers)).isEmpty();
        } finally {
            as("root", Role.ADMIN, () -> {
                if (admin.plugins().stream().anyMatch(p -> p.id().equals(ID))) {
                    admin.remove(ID);
                }
                return null;
            });
        }
    }

    private static Path build(String version, Path dir) throws Exception {
        Files.createDirectories(dir);
        return TestPluginBuilder.plugin(ID).version(version).extension("c.ClusteredPolicy",
                TestPluginBuilder.policySource("c", "ClusteredPolicy", ID)).buildJar(dir);
    }

    private void install(Path jar) throws Exception {
        PluginCandidate candidate;
        try (InputStream in = Files.newInputStream(jar)) {
            candidate = as("root", Role.ADMIN, () -> admin.validate(jar.getFileName().toString(), in));
        }
        assertThat(candidate.installable()).as("problems: %s", candidate.problems()).isTrue();
        PluginInfo installed = as("root", Role.ADMIN, () -> admin.install(candidate.token()));
        assertThat(installed.id()).isEqualTo(ID);
    }

    private static Optional<String> version(PolicyProviders node) {
        return node.current(ID).map(StartedPolicy::pin).map(PolicyPin::pluginVersion);
    }

    private static List<String> codes(CatalogService node) {
        return as("root", Role.ADMIN, () -> node.entries(ID, CatalogCodes.INDUSTRY_CLUSTERS)).stream()
                .map(MergedEntry::code).toList();
    }
}
