package org.ticportal.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.ticportal.core.plugin.TestPluginBuilder.plugin;
import static org.ticportal.core.plugin.TestPluginBuilder.policySource;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;
import org.pf4j.RuntimeMode;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditService;
import org.ticportal.policy.api.PolicyApi;

/** The plugin runtime with real plugin jars built in a temporary folder. */
class PolicyPluginRuntimeTest {

    @TempDir
    Path plugins;

    private PolicyService start(PluginProperties.Mode mode, String active) {
        PolicyService service = new PolicyService(new PluginProperties(plugins, mode, active), mock(AuditService.class),
                mock(TransactionTemplate.class));
        service.start();
        return service;
    }

    private PluginInfo info(PolicyService service, String id) {
        return service.plugins().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aGoodPolicyPluginStartsAndItsPolicyIsActive() {
        plugin("testcity").extension("t.TestPolicy", policySource("t", "TestPolicy", "testcity")).buildJar(plugins);

        PolicyService service = start(PluginProperties.Mode.DEPLOYMENT, null);

        PluginInfo info = info(service, "testcity");
        assertThat(info.status()).isEqualTo(PluginStatus.STARTED);
        assertThat(info.policyId()).isEqualTo("testcity");
        assertThat(info.policyTitle().zh()).isEqualTo("测试市技术创新中心管理办法");
        assertThat(service.findActivePolicy()).hasValueSatisfying(p -> {
            assertThat(p.identity().documentNumber()).isEqualTo("测科发〔2026〕1号");
            assertThat(p.catalogs().recommendingBodies()).hasSize(1);
        });
        service.stop();
    }

    @Test
    void aBrokenJarIsReportedAsFailedAndTheOtherPluginsStillStart() throws Exception {
        plugin("good").extension("g.GoodPolicy", policySource("g", "GoodPolicy", "good")).buildJar(plugins);
        Files.write(plugins.resolve("broken-1.0.jar"), new byte[] {'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r'});

        PolicyService service = start(PluginProperties.Mode.DEPLOYMENT, null);

        assertThat(info(service, "good").status()).isEqualTo(PluginStatus.STARTED);
        PluginInfo broken = info(service, "broken-1.0.jar");
        assertThat(broken.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(broken.failureReason()).isNotBlank();
        service.stop();
    }

    @Test
    void aPluginBuiltForAnotherApiVersionIsRefusedWithBothVersionsNamed() {
        plugin("future").requires(">=0.2.0 & <0.3.0")
                .extension("f.FuturePolicy", policySource("f", "FuturePolicy", "future")).buildJar(plugins);

        PolicyService service = start(PluginProperties.Mode.DEPLOYMENT, null);

        PluginInfo future = info(service, "future");
        assertThat(future.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(future.failureReason()).contains(">=0.2.0 & <0.3.0").contains(PolicyApi.VERSION);
        assertThat(service.findActivePolicy()).isEmpty();
        service.stop();
    }

    @Test
    void aPluginThatThrowsWhileStartingIsFailedWithItsReason() {
        plugin("throwing")
                .pluginClass("x.ThrowingPlugin", """
                        package x;
                        public class ThrowingPlugin extends org.pf4j.Plugin {
                            @Override public void start() { throw new IllegalStateException("licence file missing"); }
                        }
                        """)
                .extension("x.XPolicy", policySource("x", "XPolicy", "throwing")).buildJar(plugins);

        PolicyService service = start(PluginProperties.Mode.DEPLOYMENT, null);

        PluginInfo throwing = info(service, "throwing");
        assertThat(throwing.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(throwing.failureReason()).contains("licence file missing");
        service.stop();
    }

    @Test
    void aPluginWithoutAPolicyExtensionOrWhosePolicyThrowsIsFailed() {
        plugin("empty").source("e.Nothing", "package e; public class Nothing {}").buildJar(plugins);
        plugin("faulty").extension("q.QPolicy", """
                package q;
                import org.ticportal.policy.api.*;
                @org.pf4j.Extension
                public class QPolicy implements PolicyProvider {
                    public PolicyIdentity identity() { throw new UnsupportedOperationException("bad identity"); }
                    public PolicyCatalogs catalogs() { return null; }
                }
                """).buildJar(plugins);

        PolicyService service = start(PluginProperties.Mode.DEPLOYMENT, null);

        assertThat(info(service, "empty").status()).isEqualTo(PluginStatus.FAILED);
        assertThat(info(service, "empty").failureReason()).contains("PolicyProvider");
        assertThat(info(service, "faulty").status()).isEqualTo(PluginStatus.FAILED);
        assertThat(info(service, "faulty").failureReason()).contains("bad identity");
        service.stop();
    }

    @Test
    void developmentModeLoadsBuiltModulesAndIgnoresFoldersWithoutADescriptor() throws Exception {
        plugin("devcity").extension("d.DevPolicy", policySource("d", "DevPolicy", "devcity"))
                .buildDevelopmentFolder(plugins);
        Files.createDirectories(plugins.resolve("api/target/classes/org/ticportal"));

        PolicyService service = start(PluginProperties.Mode.DEVELOPMENT, null);

        assertThat(service.plugins()).as(service.plugins().toString()).extracting(PluginInfo::id)
                .containsExactly("devcity");
        assertThat(info(service, "devcity").status()).isEqualTo(PluginStatus.STARTED);
        service.stop();
    }

    @Test
    void theConfiguredActivePolicyWinsOverTheFirstStarted() {
        plugin("alpha").extension("a.APolicy", policySource("a", "APolicy", "alpha")).buildJar(plugins);
        plugin("beta").extension("b.BPolicy", policySource("b", "BPolicy", "beta")).buildJar(plugins);

        assertThat(start(PluginProperties.Mode.DEPLOYMENT, null).findActivePolicy())
                .hasValueSatisfying(p -> assertThat(p.identity().id()).isEqualTo("alpha"));
        assertThat(start(PluginProperties.Mode.DEPLOYMENT, "beta").findActivePolicy())
                .hasValueSatisfying(p -> assertThat(p.identity().id()).isEqualTo("beta"));
    }

    @Test
    void anUnloadedPluginsClassLoaderCanBeCollected() {
        plugin("gone").extension("z.ZPolicy", policySource("z", "ZPolicy", "gone")).buildJar(plugins);
        PolicyPluginManager manager = new PolicyPluginManager(plugins, RuntimeMode.DEPLOYMENT, PolicyApi.VERSION);
        manager.loadPlugins();
        manager.startPlugins();
        assertThat(manager.getPlugin("gone").getPluginState()).isEqualTo(PluginState.STARTED);
        // use an extension the way the portal does: look it up, call it, keep nothing
        assertThat(manager.getExtensions(org.ticportal.policy.api.PolicyProvider.class, "gone"))
                .singleElement().satisfies(p -> assertThat(p.identity().id()).isEqualTo("gone"));
        WeakReference<ClassLoader> loader = new WeakReference<>(manager.getPluginClassLoader("gone"));

        manager.stopPlugin("gone");
        manager.unloadPlugin("gone");

        for (int i = 0; i < 50 && loader.get() != null; i++) {
            System.gc();
            List<byte[]> pressure = List.of(new byte[1 << 20]);
            assertThat(pressure).isNotEmpty();
        }
        assertThat(loader.get()).as("plugin class loader collected after unload").isNull();
    }
}
