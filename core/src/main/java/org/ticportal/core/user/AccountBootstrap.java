package org.ticportal.core.user;

import static org.ticportal.core.common.CoreMessages.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.StartupSeed;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.policy.api.CreditCode;

/**
 * Makes sure someone can log in after start-up: a {@link StartupSeed}, so the accounts exist before the web server
 * accepts the first login.
 *
 * <ul>
 *   <li>With {@code ticportal.demo-data.enabled=true} (the {@code demo} profile) it creates one demo account per role,
 *       all with the password {@code ticportal.demo-data.password}, and a demo applicant unit. Existing accounts are
 *       left alone.</li>
 *   <li>Otherwise, when no administrator exists (a new installation), it creates {@code admin} with a one-time
 *       password, written to the log and to {@code <data-dir>/initial-admin-password.txt}; it must be changed at first
 *       login.</li>
 * </ul>
 */
@Component
@Order(10)
class AccountBootstrap implements StartupSeed {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);

    /**
     * A demo account: user name, display name, role, and the scope of its role (recommending body for reviewers,
     * jurisdiction for bureau staff). Display names and the demo unit's name are data, stored in Chinese.
     */
    record DemoAccount(String username, String displayName, Role role, @Nullable String body,
                       @Nullable String jurisdiction) {
    }

    static final String DEMO_COUNTY = "140902";

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", text("user.bootstrap.admin").zh(), Role.ADMIN, null, null),
            new DemoAccount("bureau", text("user.bootstrap.demo.bureau").zh(), Role.BUREAU, null, "140900"),
            new DemoAccount("county", text("user.bootstrap.demo.county").zh(), Role.COUNTY, DEMO_COUNTY, null),
            new DemoAccount("applicant", text("user.bootstrap.demo.applicant").zh(), Role.APPLICANT, null, null),
            new DemoAccount("expert", text("user.bootstrap.demo.expert").zh(), Role.EXPERT, null, null),
            new DemoAccount("expert2", text("user.bootstrap.demo.expert2").zh(), Role.EXPERT, null, null),
            new DemoAccount("expert3", text("user.bootstrap.demo.expert3").zh(), Role.EXPERT, null, null),
            new DemoAccount("city", text("user.bootstrap.demo.city").zh(), Role.COUNTY, "140900", null),
            new DemoAccount("province", text("user.bootstrap.demo.province").zh(), Role.BUREAU, null, "140000"),
            new DemoAccount("auditor", text("user.bootstrap.demo.auditor").zh(), Role.AUDITOR, null, null));

    private final UserAccountRepository users;
    private final PasswordHistoryRepository history;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final Clock clock;
    private final boolean demoEnabled;
    private final String demoPassword;
    private final Path dataDir;

    AccountBootstrap(UserAccountRepository users, PasswordHistoryRepository history, UnitService units,
                     PasswordEncoder encoder, PasswordPolicy passwordPolicy, AuditService audit, Clock clock,
                     @Value("${ticportal.demo-data.enabled:false}") boolean demoEnabled,
                     @Value("${ticportal.demo-data.password:TicDemo#2026}") String demoPassword,
                     @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.users = users;
        this.history = history;
        this.units = units;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
        this.demoEnabled = demoEnabled;
        this.demoPassword = demoPassword;
        this.dataDir = dataDir;
    }

    @Override
    @Transactional
    public void seed() {
        if (demoEnabled) {
            createDemoData();
        } else if (!users.existsByRole(Role.ADMIN)) {
            createInitialAdmin();
        }
    }

    private void createDemoData() {
        Unit unit = SystemAuthentication.call(() -> units.registerIfAbsent(text("user.bootstrap.demo.unit").zh(),
                demoCreditCode(), DEMO_COUNTY));
        // one hash for every demo account: they share the published demo password, so a shared salt reveals nothing,
        // and hashing it once instead of per account spares nine BCrypt rounds (about 0.1 s each, more under load) on
        // the way to the first login (issue 13, P3)
        List<DemoAccount> missing = DEMO_ACCOUNTS.stream().filter(demo -> !users.existsByUsername(demo.username()))
                .toList();
        String demoHash = missing.isEmpty() ? "" : encoder.encode(demoPassword);
        for (DemoAccount demo : missing) {
            UserAccount user = newUser(demo.username(), demo.displayName(), demo.role(), demoHash, false);
            user.assignAccess(demo.role(), demo.body(), unit.getId(), demo.jurisdiction());
            // the demo applicant administers the demo unit's users
            user.setUnitAdministrator(demo.role() == Role.APPLICANT);
            audit.record(AuditSubject.USER, user.getId().toString(), AuditAction.CREATED, null, user.describeAccess(),
                    "demo data");
        }
        LOG.warn("Demo data is enabled: demo accounts {} exist with the demo password. Never enable demo data in "
                + "production.", DEMO_ACCOUNTS.stream().map(DemoAccount::username).toList());
    }

    private void createInitialAdmin() {
        String username = users.existsByUsername("admin") ? "admin-" + clock.millis() : "admin";
        String oneTime = passwordPolicy.generateOneTimePassword();
        UserAccount admin = newUser(username, text("user.bootstrap.admin").zh(), Role.ADMIN, encoder.encode(oneTime),
                true);
        audit.record(AuditSubject.USER, admin.getId().toString(), AuditAction.CREATED, null, admin.describeAccess(),
                "initial administrator of a new installation");
        @Nullable Path file = writeInitialPassword(username, oneTime);
        LOG.warn("No administrator existed: created '{}' with the one-time password {} (also in {}). It must be "
                + "changed at first login.", username, oneTime, file);
    }

    /** A new account with the given password hash (see {@link #createDemoData()} for why the caller hashes). */
    private UserAccount newUser(String username, String displayName, Role role, String passwordHash,
                                boolean mustChange) {
        Instant now = clock.instant();
        UserAccount user = users.save(new UserAccount(username, displayName, role, passwordHash, mustChange, now));
        history.save(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), now));
        return user;
    }

    private @Nullable Path writeInitialPassword(String username, String password) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("initial-admin-password.txt");
            Files.writeString(file, username + " " + password + System.lineSeparator(), StandardCharsets.UTF_8);
            return file.toAbsolutePath();
        } catch (IOException e) {
            LOG.error("Could not write the initial administrator password file", e);
            return null;
        }
    }

    /** A valid credit code for the demo unit (region 140902). */
    static String demoCreditCode() {
        String first17 = "91140902MA0DEMX01";
        return first17 + CreditCode.checkCharacter(first17);
    }
}
