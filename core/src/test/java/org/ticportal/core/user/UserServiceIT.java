package org.ticportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;

import jakarta.validation.ConstraintViolationException;

@IntegrationTest
class UserServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AuthenticationProvider provider;
    @Autowired
    AuthenticationEventPublisher events;

    /** The login as the web layer performs it: the portal's provider (user details, bcrypt, lock-out), events. */
    private AuthenticationManager login() {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserDraft expert(String username) {
        return new UserDraft(username, "评审专家 " + username, null, null, Role.EXPERT, null, null);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void anAdministratorCreatesAUserWhoMustChangeTheOneTimePasswordAtFirstLogin() {
        String name = unique("expert");
        CreatedCredentials created = users.create(expert(name));

        assertThat(created.user().isMustChangePassword()).isTrue();
        assertThat(created.oneTimePassword()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(accounts.findByUsername(name).orElseThrow().getPasswordHash())
                .startsWith("{bcrypt}").doesNotContain(created.oneTimePassword());

        AuthenticationManager manager = login();
        var auth = manager.authenticate(new UsernamePasswordAuthenticationToken(name, created.oneTimePassword()));
        SecurityContextHolder.getContext().setAuthentication(auth);
        assertThat(users.passwordState().changeRequired()).isTrue();

        users.changeOwnPassword(created.oneTimePassword(), "Xinzhou#Tic2026");
        assertThat(users.passwordState().changeRequired()).isFalse();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void recentPasswordsCannotBeReusedAndWeakOnesAreRefused() {
        String name = unique("reuse");
        CreatedCredentials created = users.create(expert(name));
        var auth = login()
                .authenticate(new UsernamePasswordAuthenticationToken(name, created.oneTimePassword()));
        SecurityContextHolder.getContext().setAuthentication(auth);

        users.changeOwnPassword(created.oneTimePassword(), "First#Password1");
        users.changeOwnPassword("First#Password1", "Second#Password2");
        assertThatThrownBy(() -> users.changeOwnPassword("Second#Password2", "First#Password1"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("password.reused");
        assertThatThrownBy(() -> users.changeOwnPassword("Second#Password2", "short"))
                .hasMessageContaining("password.tooShort");
        assertThatThrownBy(() -> users.changeOwnPassword("wrong-current", "Third#Password3"))
                .hasMessageContaining("password.currentWrong");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void fiftyParallelLoginsToOneAccountAllSucceedAndAreAllRecorded() throws Exception {
        String name = unique("parallel");
        CreatedCredentials created = users.create(expert(name));
        AuthenticationManager manager = login();
        int logins = 50;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(25);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < logins; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return manager.authenticate(
                            new UsernamePasswordAuthenticationToken(name, created.oneTimePassword()));
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get(); // throws if that login failed
            }
        } finally {
            pool.shutdownNow();
        }

        UserAccount account = accounts.findByUsername(name).orElseThrow();
        assertThat(account.getLastLoginAt()).isNotNull();
        assertThat(account.getPreviousLoginAt()).as("the login before the last one").isNotNull();
        assertThat(account.getVersion()).as("logins do not touch the versioned account")
                .isEqualTo(created.user().getVersion());
        var actions = audit.history(AuditSubject.USER, account.getId().toString(), PageRequest.of(0, 200))
                .map(AuditEvent::getAction).getContent();
        assertThat(actions).filteredOn("LOGIN"::equals).hasSize(logins);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void anEditBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        String name = unique("stale");
        UserAccount user = users.create(expert(name)).user();
        long seen = user.getVersion();
        users.update(user.getId(), seen, new UserDraft(name, "新姓名", null, null, Role.EXPERT, null, null));

        assertThatThrownBy(() -> users.update(user.getId(), seen,
                new UserDraft(name, "覆盖", null, null, Role.EXPERT, null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(users.get(user.getId()).getDisplayName()).isEqualTo("新姓名");
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void aCountyReviewerIsScopedToARecommendingBodyOfThePolicyInForce() {
        assertThatThrownBy(() -> users.create(new UserDraft(unique("county"), "县审核", null, null, Role.COUNTY,
                null, null))).isInstanceOf(BusinessException.class).hasMessageContaining("user.body.required");
        assertThatThrownBy(() -> users.create(new UserDraft(unique("county"), "县审核", null, null, Role.COUNTY,
                "999999", null))).hasMessageContaining("user.body.unknown");

        UserAccount reviewer = users.create(new UserDraft(unique("county"), "县审核", null, null, Role.COUNTY,
                "990101", 42L)).user();
        assertThat(reviewer.getRecommendingBodyCode()).isEqualTo("990101");
        assertThat(reviewer.getUnitId()).as("a county reviewer has no unit").isNull();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void theServerValidatesWhatTheFormValidates() {
        assertThatThrownBy(() -> users.create(new UserDraft("x", "", null, null, Role.EXPERT, null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("username").hasMessageContaining("displayName");
    }

    @Test
    @WithMockUser(username = "someone", roles = "APPLICANT")
    void onlyAdministratorsManageUsers() {
        assertThatThrownBy(() -> users.create(expert(unique("x")))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.list(UserFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void theUsersGridFiltersAndPagesInTheDatabase() {
        String tag = unique("grid");
        for (int i = 0; i < 3; i++) {
            users.create(expert(tag + i));
        }
        var page = users.list(UserFilter.NONE.withText(tag), PageRequest.of(0, 2, Sort.by("username")));
        assertThat(page.getContent()).extracting(UserAccount::getUsername).containsExactly(tag + 0, tag + 1);
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(users.count(UserFilter.NONE.withText(tag).withRole(Role.COUNTY))).isZero();
    }
}
