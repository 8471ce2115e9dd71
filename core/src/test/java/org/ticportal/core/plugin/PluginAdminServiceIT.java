package org.ticportal.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.policy.SettingChange;

/**
 * Plugin administration on real MariaDB: an upload is validated before anything is installed, installs and stops
 * are recorded and survive a restart, bad uploads are refused with their reasons, and a jurisdiction's active policy
 * and a policy's settings are administrator choices with a history.
 */
@IntegrationTest
class PluginAdminServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    PluginAdminService admin;
    @Autowired
    PolicyProviders providers;
    @Autowired
    PluginStateRepository states;
    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PluginProperties pluginProperties;
    @Autowired
    JurisdictionPolicyService jurisdictions;
    @Autowired
    PolicySettingsService settings;
    @Value("${ticportal.data-dir}")
    Path dataDir;

    private List<String> history(String pluginId) {
        return audit.history(AuditSubject.PLUGIN, pluginId, PageRequest.of(0, 50)).getContent().stream()
                .map(AuditEvent::getAction).toList();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void anUploadIsValidatedThenInstalledAndAStopSurvivesARestart() throws Exception {
        Path jar = TestPluginBuilder.plugin("uploaded").extension("u.UPolicy",
                TestPluginBuilder.policySource("u", "UPolicy", "uploaded")).buildJar(Files.createTempDirectory("up"));

        PluginCandidate candidate;
        try (InputStream in = Files.newInputStream(jar)) {
            candidate = admin.validate("uploaded-1.0.0.jar", in);
        }
        assertThat(candidate.problems()).isEmpty();
        assertThat(candidate.policyId()).isEqualTo("uploaded");
        assertThat(providers.current("uploaded")).as("validation installs nothing").isEmpty();

        PluginInfo installed = admin.install(candidate.token());
        assertThat(installed.status()).isEqualTo(PluginStatus.STARTED);
        assertThat(providers.current("uploaded")).isPresent();

        admin.stop("uploaded");
        assertThat(providers.current("uploaded")).isEmpty();
        assertThat(states.findById("uploaded")).hasValueSatisfying(s -> assertThat(s.isEnabled()).isFalse());

        // a second portal on the same folders and database: the stopped plugin stays stopped
        PolicyProviders restarted = new PolicyProviders(pluginProperties, dataDir, states, audit, transactions);
        restarted.start();
        try {
            assertThat(restarted.verifier().describeAll()).filteredOn(p -> p.id().equals("uploaded"))
                    .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PluginStatus.STOPPED));
            assertThat(restarted.current("example")).as("the others run").isPresent();
        } finally {
            restarted.stop();
        }

        admin.start("uploaded");
        admin.remove("uploaded");
        assertThat(admin.plugins()).extracting(PluginInfo::id).doesNotContain("uploaded");
        assertThat(history("uploaded")).contains("VALIDATED", "INSTALLED", "STOPPED", "STARTED", "REMOVED");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void badUploadsAreRefusedWithTheirReasonsAndNothingIsInstalled() throws Exception {
        PluginCandidate notAJar = admin.validate("notes.txt", new ByteArrayInputStream("hello".getBytes()));
        assertThat(notAJar.problems()).singleElement().asString().contains(".jar");

        PluginCandidate broken = admin.validate("broken.jar", new ByteArrayInputStream("not a zip".getBytes()));
        assertThat(broken.installable()).isFalse();

        Path dir = Files.createTempDirectory("up");
        Path old = TestPluginBuilder.plugin("oldapi").requires(">=0.1.0 & <0.2.0").extension("o.OPolicy",
                TestPluginBuilder.policySource("o", "OPolicy", "oldapi")).buildJar(dir);
        PluginCandidate oldApi;
        try (InputStream in = Files.newInputStream(old)) {
            oldApi = admin.validate("oldapi-1.0.0.jar", in);
        }
        assertThat(oldApi.problems()).anySatisfy(p -> assertThat(p.en()).contains(">=0.1.0 & <0.2.0"));
        assertThatThrownBy(() -> admin.install(oldApi.token())).isInstanceOf(BusinessException.class)
                .hasMessageContaining("plugin.upload.invalid");

        Path sameVersion = TestPluginBuilder.fromTemplate("example", "1.0.0", s -> s).buildJar(dir);
        PluginCandidate again;
        try (InputStream in = Files.newInputStream(sameVersion)) {
            again = admin.validate("example-1.0.0.jar", in);
        }
        assertThat(again.problems()).anySatisfy(p -> assertThat(p.en()).contains("not newer"));

        Path clash = TestPluginBuilder.plugin("clash").extension("c.CPolicy",
                TestPluginBuilder.policySource("c", "CPolicy", "example")).buildJar(dir);
        PluginCandidate idClash;
        try (InputStream in = Files.newInputStream(clash)) {
            idClash = admin.validate("clash-1.0.0.jar", in);
        }
        assertThat(idClash.problems()).anySatisfy(p -> assertThat(p.en())
                .contains("already provided by plugin example"));
        assertThat(admin.plugins()).extracting(PluginInfo::id).doesNotContain("oldapi", "clash");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void theActivePolicyOfAJurisdictionAndAPolicysSettingsAreChosenByAnAdministrator() {
        assertThat(jurisdictions.activePolicy("990100")).hasValueSatisfying(p ->
                assertThat(p.policyId()).isEqualTo("example"));
        assertThatThrownBy(() -> jurisdictions.assign("990100", "faulty"))
                .hasMessageContaining("policy.otherJurisdiction");
        jurisdictions.assign("990100", "example");

        var contact = settings.settings("example").get(0);
        assertThat(contact.overridden()).isFalse();
        settings.save("example", List.of(new SettingChange("call.contact", "0350-1234567", -1)));
        assertThat(settings.settings("example").get(0).value()).isEqualTo("0350-1234567");
        assertThatThrownBy(() -> settings.save("example", List.of(new SettingChange("call.contact", "x", -1))))
                .as("a stale version is refused").isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(audit.history(AuditSubject.POLICY, "example", PageRequest.of(0, 10)).getContent())
                .extracting(AuditEvent::getAction).contains("SETTING_CHANGED");
    }
}
