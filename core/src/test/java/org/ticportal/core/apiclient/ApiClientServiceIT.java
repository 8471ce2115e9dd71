package org.ticportal.core.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.ApiPrincipal;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;

/**
 * API clients on real MariaDB: an administrator creates one and sees its token once, the token authenticates the
 * client with its scope (a jurisdiction, or one division of it), only the token's SHA-256 is stored, a revoked client
 * is refused, creation, revocation and each call are in the audit trail, and nobody but an administrator manages them.
 */
@IntegrationTest
class ApiClientServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApiClientService clients;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCreatedClientsTokenAuthenticatesItWithItsScopeAndOnlyTheHashIsStored() {
        String name = "省科技厅-" + UUID.randomUUID().toString().substring(0, 8);
        CreatedApiClient created = as("admin", Role.ADMIN,
                () -> clients.create(new ApiClientDraft(name, "990100", "990101")));

        assertThat(created.token()).startsWith("ticp_").hasSizeGreaterThan(40);
        assertThat(created.toString()).doesNotContain(created.token());
        Map<String, Object> row = jdbc.queryForMap("select * from api_client where id = ?", created.client().id());
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(created.token()));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(created.token()));

        Optional<ApiPrincipal> client = clients.authenticate(created.token());
        assertThat(client).hasValueSatisfying(p -> {
            assertThat(p.clientId()).isEqualTo(created.client().id());
            assertThat(p.getName()).isEqualTo("api:" + created.client().id());
            assertThat(p.scope()).isEqualTo(new AccessScope(Role.COUNTY, "990101", null, "990100"));
        });
        assertThat(clients.authenticate(created.token() + "x")).isEmpty();
        assertThat(clients.authenticate("ticp_" + "A".repeat(43))).isEmpty();
        assertThat(clients.authenticate(null)).isEmpty();
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_client where id = ?", Boolean.class,
                created.client().id())).isTrue();

        assertThat(audit(created.client().id())).containsExactly("API_CLIENT_CREATED");
    }

    @Test
    void theServicesSeeTheClientsScopeAndEachCallIsAudited() {
        CreatedApiClient created = as("admin", Role.ADMIN,
                () -> clients.create(new ApiClientDraft("门户网站", "990100", null)));
        ApiPrincipal client = clients.authenticate(created.token()).orElseThrow();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(client.authentication());
        SecurityContextHolder.setContext(context);
        try {
            assertThat(users.currentScope()).isEqualTo(new AccessScope(Role.BUREAU, null, null, "990100"));
            clients.recordCall("/api/v1/centers", "text=中心", 3);
            // the read-only authority manages nothing
            assertThatThrownBy(() -> clients.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clients.revoke(created.client().id(), created.client().version()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        assertThat(jdbc.queryForList("select comment from audit_event where subject_type = 'API_CLIENT'"
                + " and subject_id = ? and action = 'API_CALL' and actor = ?", String.class,
                String.valueOf(created.client().id()), "api:" + created.client().id()))
                .containsExactly("门户网站 GET /api/v1/centers?text=中心 rows=3");
    }

    @Test
    void aRevokedClientIsRefused() {
        CreatedApiClient created = as("admin", Role.ADMIN,
                () -> clients.create(new ApiClientDraft("revoked-" + UUID.randomUUID(), "990100", null)));
        // a call after the administrator's list was read does not make the revocation a concurrent change
        assertThat(clients.authenticate(created.token())).isPresent();
        long version = created.client().version();

        ApiClientRow revoked = as("admin", Role.ADMIN, () -> clients.revoke(created.client().id(), version));

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("admin");
        assertThat(clients.authenticate(created.token())).isEmpty();
        assertThat(audit(created.client().id())).containsExactly("API_CLIENT_CREATED", "API_CLIENT_REVOKED");
        assertThat(as("admin", Role.ADMIN, () -> clients.list(PageRequest.of(0, 200, Sort.by("id"))).getContent()))
                .filteredOn(r -> r.id() == created.client().id()).singleElement()
                .satisfies(r -> assertThat(r.revokedAt()).isNotNull());
    }

    @Test
    void aScopeThePortalDoesNotServeIsRefusedAndOnlyAnAdministratorManagesClients() {
        assertThatThrownBy(() -> as("admin", Role.ADMIN,
                () -> clients.create(new ApiClientDraft("x", "123456", null))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("apiClient.jurisdictionUnknown"));
        assertThatThrownBy(() -> as("admin", Role.ADMIN,
                () -> clients.create(new ApiClientDraft("x", "990100", "990999"))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("apiClient.divisionUnknown"));
        assertThatThrownBy(() -> as("bureau", Role.BUREAU,
                () -> clients.create(new ApiClientDraft("x", "990100", null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> audit(long id) {
        return jdbc.queryForList("select action from audit_event where subject_type = 'API_CLIENT' and subject_id = ?"
                + " and action <> 'API_CALL' order by id", String.class, String.valueOf(id));
    }
}
