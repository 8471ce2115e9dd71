package org.ticportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.StatementLog;
import org.ticportal.core.TestUsers;

/**
 * The signed-in user's account and scope are read once per web request, however many callers ask (the landing's
 * frame, view and services: benchmark P8), and never kept beyond it: the next request, or the rest of a request that
 * changed the account, reads it again; a read-write transaction reads it fresh.
 */
@IntegrationTest
@Import(StatementLog.Recording.class)
class RequestAccountsIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuthenticationProvider provider;
    @Autowired
    AuthenticationEventPublisher events;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** A new web request, as the request context filter binds one (its attributes only: core has no servlet API). */
    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new Request());
    }

    /** A request's attributes. */
    private static final class Request implements RequestAttributes {

        private final Map<String, Object> attributes = new ConcurrentHashMap<>();

        @Override
        public Object getAttribute(String name, int scope) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value, int scope) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name, int scope) {
            attributes.remove(name);
        }

        @Override
        public String[] getAttributeNames(int scope) {
            return attributes.keySet().toArray(String[]::new);
        }

        @Override
        public void registerDestructionCallback(String name, Runnable callback, int scope) {
        }

        @Override
        public Object resolveReference(String key) {
            return null;
        }

        @Override
        public String getSessionId() {
            return "none";
        }

        @Override
        public Object getSessionMutex() {
            return this;
        }
    }

    private CreatedCredentials expert() {
        String name = "req" + UUID.randomUUID().toString().substring(0, 8);
        return TestUsers.as("root-admin", Role.ADMIN, () -> users.create(
                new UserDraft(name, "评审专家 " + name, null, null, Role.EXPERT, null, null)));
    }

    private void makeAuditor(String username) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        TestUsers.as("root-admin", Role.ADMIN, () -> users.update(account.getId(), account.getVersion(),
                new UserDraft(username, "审计 " + username, null, null, Role.AUDITOR, null, null)));
    }

    @Test
    void oneRequestReadsTheAccountOnceForAllItsCallers() {
        String name = expert().user().getUsername();
        newRequest();
        List<StatementLog.Sent> sent = StatementLog.record(() -> TestUsers.as(name, Role.EXPERT, () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(users.currentUser()).get().extracting(UserAccount::getUsername).isEqualTo(name);
                assertThat(users.currentScope().role()).isEqualTo(Role.EXPERT);
            }
            assertThat(users.passwordState().changeRequired()).isTrue();
            return null;
        }));
        assertThat(sent).as(StatementLog.describe(sent)).hasSize(1);
        assertThat(sent.getFirst().reads("app_user")).isTrue();
    }

    /** The login reads the account once: recording it takes the id from the signed-in user. */
    @Test
    void aLoginReadsTheAccountOnce() {
        CreatedCredentials created = expert();
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(created.user().getUsername(),
                created.oneTimePassword());
        token.setDetails(LoginOrigin.of("10.250.0.1", null));
        List<StatementLog.Sent> sent = StatementLog.record(() -> manager.authenticate(token));
        assertThat(StatementLog.count(sent, s -> s.reads("app_user"))).as(StatementLog.describe(sent)).isEqualTo(1);
        assertThat(sent).as(StatementLog.describe(sent)).anyMatch(s -> s.sql().startsWith("update app_user"));
    }

    @Test
    void withoutARequestEveryCallReads() {
        String name = expert().user().getUsername();
        List<StatementLog.Sent> sent = StatementLog.record(() -> TestUsers.as(name, Role.EXPERT, () -> {
            users.currentScope();
            users.currentScope();
            return users.currentUser();
        }));
        assertThat(StatementLog.count(sent, s -> s.reads("app_user"))).as(StatementLog.describe(sent)).isEqualTo(3);
    }

    @Test
    void theNextRequestSeesAChangedRole() {
        String name = expert().user().getUsername();
        newRequest();
        assertThat(TestUsers.as(name, Role.EXPERT, () -> users.currentScope().role())).isEqualTo(Role.EXPERT);
        // changed behind the portal's back (another instance, the database by hand): this request may not notice
        jdbc.update("update app_user set role = 'AUDITOR' where username = ?", name);

        newRequest();
        assertThat(TestUsers.as(name, Role.EXPERT, () -> users.currentScope().role())).isEqualTo(Role.AUDITOR);
        assertThat(TestUsers.as(name, Role.EXPERT, () -> users.currentUser().orElseThrow().getRole()))
                .isEqualTo(Role.AUDITOR);
    }

    @Test
    void aChangeMadeInTheRequestIsReadAgainInIt() {
        String name = expert().user().getUsername();
        newRequest();
        assertThat(TestUsers.as(name, Role.EXPERT, () -> users.currentScope().role())).isEqualTo(Role.EXPERT);
        makeAuditor(name);
        assertThat(TestUsers.as(name, Role.EXPERT, () -> users.currentScope().role())).isEqualTo(Role.AUDITOR);
    }

    @Test
    void aPasswordChangedInTheRequestIsNotAskedForAgain() {
        CreatedCredentials created = expert();
        String name = created.user().getUsername();
        newRequest();
        TestUsers.as(name, Role.EXPERT, () -> {
            assertThat(users.passwordState().changeRequired()).isTrue();
            users.changeOwnPassword(created.oneTimePassword(), "Neu#Passwort-" + UUID.randomUUID());
            assertThat(users.passwordState().changeRequired()).isFalse();
            return null;
        });
    }

    @Test
    void aReadWriteTransactionReadsTheAccountAsItIsNow() {
        String name = expert().user().getUsername();
        newRequest();
        assertThat(TestUsers.as(name, Role.EXPERT, () -> users.currentScope().role())).isEqualTo(Role.EXPERT);
        jdbc.update("update app_user set role = 'AUDITOR' where username = ?", name);
        Role inTransaction = TestUsers.as(name, Role.EXPERT,
                () -> transactions.execute(t -> users.currentScope().role()));
        assertThat(inTransaction).isEqualTo(Role.AUDITOR);
    }

    @Test
    void eachUserOfARequestGetsTheirOwnAccount() {
        String expert = expert().user().getUsername();
        String auditor = expert().user().getUsername();
        makeAuditor(auditor);
        newRequest();
        assertThat(TestUsers.as(expert, Role.EXPERT, () -> users.currentScope().role())).isEqualTo(Role.EXPERT);
        assertThat(TestUsers.as(auditor, Role.AUDITOR, () -> users.currentScope().role())).isEqualTo(Role.AUDITOR);
        assertThat(TestUsers.as(expert, Role.EXPERT, () -> users.currentUser().orElseThrow().getUsername()))
                .isEqualTo(expert);
    }
}
