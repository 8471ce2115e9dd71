package org.ticportal.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.ticportal.core.plugin.TestPluginBuilder.fromTemplate;
import static org.ticportal.core.plugin.TestPluginBuilder.plugin;
import static org.ticportal.core.plugin.TestPluginBuilder.policySource;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditService;
import org.ticportal.policy.api.PolicyApi;

/** The plugin runtime with real plugin jars built in a temporary folder. */
class PolicyPluginRuntimeTest {

    @TempDir
    Path plugins;
    @TempDir
    Path data;

    private final List<PolicyProviders> started = new ArrayList<>();

    private PolicyProviders start(PluginProperties.Mode mode) {
        PolicyProviders providers = new PolicyProviders(new PluginProperties(plugins, mode, null), data,
                mock(PluginStateRepository.class), mock(AuditService.class), mock(TransactionTemplate.class));
        providers.start();
        started.add(providers);
        return providers;
    }

    @AfterEach
    void stopAll() {
        started.forEach(PolicyProviders::stop);
    }

    private static PluginInfo info(PolicyProviders providers, String id) {
        return providers.verifier().describeAll().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aGoodPolicyPluginStartsAndItsPolicyRuns() {
        plugin("testcity").extension("t.TestPolicy", policySource("t", "TestPolicy", "testcity")).buildJar(plugins);

        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);

        PluginInfo info = info(providers, "testcity");
        assertThat(info.status()).isEqualTo(PluginStatus.STARTED);
        assertThat(info.policyId()).isEqualTo("testcity");
        assertThat(info.policyTitle().zh()).isEqualTo("测试市技术创新中心管理办法");
        assertThat(providers.started()).singleElement().satisfies(p -> {
            assertThat(p.identity().documentNumber()).isEqualTo("测科发〔2026〕1号");
            assertThat(p.pin()).isEqualTo(new PolicyPin("testcity", "testcity", "1.0.0"));
        });
    }

    @Test
    void theTemplateAnOutsideDeveloperCopiesBuildsFromTheApiAloneAndStarts() {
        fromTemplate("example", "1.0.0", UnaryOperator.identity()).buildJar(plugins);

        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);

        assertThat(info(providers, "example").status()).as(info(providers, "example").toString())
                .isEqualTo(PluginStatus.STARTED);
        String name = providers.readCurrent("example", p -> p.naming().fullName("新材料"));
        assertThat(name).isEqualTo("示例市新材料技术创新中心");
    }

    @Test
    void aBrokenJarIsReportedAsFailedAndTheOtherPluginsStillStart() throws Exception {
        plugin("good").extension("g.GoodPolicy", policySource("g", "GoodPolicy", "good")).buildJar(plugins);
        Files.write(plugins.resolve("broken-1.0.jar"), new byte[] {'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r'});

        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);

        assertThat(info(providers, "good").status()).isEqualTo(PluginStatus.STARTED);
        PluginInfo broken = info(providers, "broken-1.0.jar");
        assertThat(broken.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(broken.failureReason()).isNotBlank();
    }

    @Test
    void aPluginBuiltForAnotherApiVersionIsRefusedWithBothVersionsNamed() {
        plugin("old").requires(">=0.1.0 & <0.2.0")
                .extension("f.OldPolicy", policySource("f", "OldPolicy", "old")).buildJar(plugins);

        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);

        PluginInfo old = info(providers, "old");
        assertThat(old.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(old.failureReason()).contains(">=0.1.0 & <0.2.0").contains(PolicyApi.VERSION);
        assertThat(providers.started()).isEmpty();
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

        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);

        PluginInfo throwing = info(providers, "throwing");
        assertThat(throwing.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(throwing.failureReason()).contains("licence file missing");
    }

    @Test
    void aPluginWithoutAPolicyExtensionOrWhosePolicyThrowsOrIsIncompleteIsFailed() {
        plugin("empty").source("e.Nothing", "package e; public class Nothing {}").buildJar(plugins);
        plugin("faulty").extension("q.QPolicy", policySource("q", "QPolicy", "faulty")
                .replace("return new PolicyIdentity(", "if (true) throw new UnsupportedOperationException(\"bad "
                        + "identity\"); return new PolicyIdentity(")).buildJar(plugins);
        plugin("nodocs").extension("n.NPolicy", policySource("n", "NPolicy", "nodocs")
                .replace("public List<EligibilityRule> eligibilityRules()", """
                        public List<DocumentTemplate> documents() {
                            return List.of(DocumentTemplate.form("APPLICATION", t("申请书"), "forms/missing.json"));
                        }
                        public List<EligibilityRule> eligibilityRules()""")).buildJar(plugins);

        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);

        assertThat(info(providers, "empty").status()).isEqualTo(PluginStatus.FAILED);
        assertThat(info(providers, "empty").failureReason()).contains("PolicyProvider");
        assertThat(info(providers, "faulty").status()).isEqualTo(PluginStatus.FAILED);
        assertThat(info(providers, "faulty").failureReason()).contains("bad identity");
        assertThat(info(providers, "nodocs").status()).isEqualTo(PluginStatus.FAILED);
        assertThat(info(providers, "nodocs").failureReason()).contains("forms/missing.json");
    }

    @Test
    void developmentModeLoadsBuiltModulesAndUploadedJarsAndIgnoresFoldersWithoutADescriptor() throws Exception {
        plugin("devcity").extension("d.DevPolicy", policySource("d", "DevPolicy", "devcity"))
                .buildDevelopmentFolder(plugins);
        Files.createDirectories(plugins.resolve("api/target/classes/org/ticportal"));
        Path uploads = Files.createDirectories(data.resolve("plugins"));
        plugin("uploaded").extension("u.UPolicy", policySource("u", "UPolicy", "uploaded")).buildJar(uploads);

        PolicyProviders providers = start(PluginProperties.Mode.DEVELOPMENT);

        assertThat(providers.verifier().describeAll()).extracting(PluginInfo::id)
                .containsExactly("devcity", "uploaded");
        assertThat(info(providers, "devcity").status()).isEqualTo(PluginStatus.STARTED);
        assertThat(info(providers, "devcity").fromSource()).isTrue();
        assertThat(info(providers, "uploaded").status()).isEqualTo(PluginStatus.STARTED);
        assertThatThrownBy(() -> providers.installer().remove("devcity")).isInstanceOf(PluginInstallException.class);
    }

    @Test
    void anUpgradeKeepsTheOldVersionArchivedForTheCasesPinnedToIt() throws Exception {
        fromTemplate("example", "1.0.0", UnaryOperator.identity()).buildJar(plugins);
        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);
        PolicyPin v1 = providers.current("example").orElseThrow().pin();

        Path staged = Files.createDirectories(data.resolve("staged"));
        Path v2 = fromTemplate("example", "1.1.0", src -> src.replace("Threshold.of(300)", "Threshold.of(400)"))
                .buildJar(staged);
        providers.installer().install(v2, "example", "1.1.0", true);

        PolicyPin current = providers.current("example").orElseThrow().pin();
        assertThat(current.pluginVersion()).isEqualTo("1.1.0");
        assertThat(requirementOfAreaRule(providers, current)).contains("400");
        assertThat(requirementOfAreaRule(providers, v1)).as("the archived 1.0.0 still answers").contains("300");
        assertThat(Files.exists(plugins.resolve("example-1.0.0.jar"))).isFalse();
    }

    @Test
    void anUpgradeThatFailsToStartPutsThePreviousVersionBack() throws Exception {
        fromTemplate("example", "1.0.0", UnaryOperator.identity()).buildJar(plugins);
        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);
        Path staged = Files.createDirectories(data.resolve("staged"));
        Path broken = fromTemplate("example", "2.0.0", src -> src.replace("return new PolicyIdentity(\"example\"",
                "if (true) throw new IllegalStateException(\"broken release\"); return new PolicyIdentity(\"example\""))
                .buildJar(staged);

        assertThatThrownBy(() -> providers.installer().install(broken, "example", "2.0.0", true))
                .isInstanceOf(PluginInstallException.class).hasMessageContaining("rolledBack");

        assertThat(info(providers, "example").status()).isEqualTo(PluginStatus.STARTED);
        assertThat(info(providers, "example").version()).isEqualTo("1.0.0");
    }

    @Test
    void aRemovedPluginsClassLoaderCanBeCollected() throws Exception {
        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);
        Path staged = Files.createDirectories(data.resolve("staged"));
        Path jar = plugin("gone").extension("z.ZPolicy", policySource("z", "ZPolicy", "gone")).buildJar(staged);
        providers.installer().install(jar, "gone", "1.0.0", true);
        // use the policy the way the portal does: through a function, keeping only API values
        String id = providers.readCurrent("gone", p -> p.identity().id());
        assertThat(id).isEqualTo("gone");
        WeakReference<ClassLoader> loader = new WeakReference<>(providers.readCurrent("gone",
                p -> p.getClass().getClassLoader()));

        providers.installer().remove("gone");
        providers.verifier().stop("gone");

        for (int i = 0; i < 50 && loader.get() != null; i++) {
            System.gc();
            List<byte[]> pressure = List.of(new byte[1 << 20]);
            assertThat(pressure).isNotEmpty();
        }
        assertThat(loader.get()).as("plugin class loader collected after removal").isNull();
        assertThat(providers.started()).isEmpty();
    }

    @Test
    void aReconcileWaitingForAnAdministratorsStopReadsTheStatesOnlyAfterTheStopCommittedAndLeavesThePluginStopped()
            throws Exception {
        plugin("testcity").extension("t.TestPolicy", policySource("t", "TestPolicy", "testcity")).buildJar(plugins);
        PolicyProviders providers = start(PluginProperties.Mode.DEPLOYMENT);
        PluginRuntime runtime = providers.runtime();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicBoolean readEarly = new AtomicBoolean();
        CountDownLatch held = new CountDownLatch(1);

        // the administrator's stop on this node: runtime stopped, the state not yet committed, the lock held
        Runnable release = runtime.holdChanges();
        providers.verifier().stop("testcity");
        Thread poll = new Thread(() -> providers.installer().reconcile(() -> {
            readEarly.set(held.getCount() > 0);
            return Set.copyOf(committed);
        }));
        poll.start();
        poll.join(300);
        committed.add("testcity");
        held.countDown();
        release.run();
        poll.join(10_000);

        assertThat(poll.isAlive()).isFalse();
        assertThat(readEarly).as("states read before the administrator's change was committed").isFalse();
        assertThat(info(providers, "testcity").status()).isEqualTo(PluginStatus.STOPPED);
    }

    private static String requirementOfAreaRule(PolicyProviders providers, PolicyPin pin) {
        return providers.read(pin, p -> p.eligibilityRules().stream().filter(r -> r.id().equals("3.2")).findFirst()
                .orElseThrow().requirement().zh());
    }
}
