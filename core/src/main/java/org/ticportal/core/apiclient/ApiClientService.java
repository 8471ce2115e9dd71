package org.ticportal.core.apiclient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.registration.RegistrationChoices;
import org.ticportal.core.registration.RegistrationService;
import org.ticportal.core.user.ApiPrincipal;

/**
 * Machine clients of the read-only API (开放接口): an administrator creates one with a scope and hands its token over
 * once, lists them and revokes them; the web layer authenticates each call's bearer token here and records the call.
 * Only the token's SHA-256 is stored; every creation, revocation and call is in the audit trail.
 */
@Service
@Validated
@Transactional
public class ApiClientService {

    /** How often a client's last use is written (a call within this time of the last one writes nothing). */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiClientRepository clients;
    private final RegistrationService registrations;
    private final AuditService audit;
    private final Clock clock;

    ApiClientService(ApiClientRepository clients, RegistrationService registrations, AuditService audit, Clock clock) {
        this.clients = clients;
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a client reading the jurisdiction (or one of its divisions) and returns its token in clear, the only
     * time it is seen: {@code apiClient.jurisdictionUnknown} / {@code apiClient.divisionUnknown} for a scope the
     * portal does not serve.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiClient create(@Valid ApiClientDraft draft) {
        checkScope(draft.jurisdictionCode(), draft.divisionCode());
        String token = ApiTokens.newToken();
        ApiClient client = clients.saveAndFlush(new ApiClient(draft.name(), draft.jurisdictionCode(),
                draft.divisionCode(), ApiTokens.hash(token), clock.instant(), AuditService.currentActor()));
        audit.record(AuditSubject.API_CLIENT, String.valueOf(client.getId()), AuditAction.API_CLIENT_CREATED, null,
                scopeText(client), client.getName());
        return new CreatedApiClient(ApiClientRow.of(client), token);
    }

    /** One page of the clients, newest first unless the page request sorts otherwise. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<ApiClientRow> list(Pageable pageable) {
        Pageable sorted = pageable.isPaged() && pageable.getSort().isUnsorted()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("id")))
                : pageable;
        return clients.findAll(sorted).map(ApiClientRow::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return clients.count();
    }

    /** Revokes a client for good: its token is refused from the next call on. */
    @PreAuthorize("hasRole('ADMIN')")
    public ApiClientRow revoke(long id, long expectedVersion) {
        ApiClient client = clients.findById(id).orElseThrow(() -> new BusinessException("apiClient.notFound", id));
        if (client.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("API client " + id + " was changed by someone else");
        }
        if (!client.isRevoked()) {
            client.revoke(clock.instant(), AuditService.currentActor());
            clients.saveAndFlush(client);
            audit.record(AuditSubject.API_CLIENT, String.valueOf(id), AuditAction.API_CLIENT_REVOKED, scopeText(client),
                    null, client.getName());
        }
        return ApiClientRow.of(client);
    }

    /**
     * The client a bearer token belongs to, unless it is unknown or revoked. The token is hashed and the stored hash
     * compared in constant time; its last use is written at most once a minute, without
     * changing its version.
     */
    @PreAuthorize("permitAll()")
    public Optional<ApiPrincipal> authenticate(@Nullable String token) {
        if (token == null || !token.startsWith(ApiTokens.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = ApiTokens.hash(token);
        Optional<ApiClient> found = clients.findByTokenHash(hash)
                .filter(c -> ApiTokens.sameHash(c.getTokenHash(), hash) && !c.isRevoked());
        found.ifPresent(c -> {
            Instant now = clock.instant();
            if (c.getLastUsedAt() == null || c.getLastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION))) {
                clients.touch(c.getId(), now);
            }
        });
        return found.map(c -> new ApiPrincipal(c.getId(), c.getName(), c.getJurisdictionCode(), c.getDivisionCode()));
    }

    /**
     * Records a call of the current API client: the endpoint, its filter and how many rows it returned (one audit row
     * per call).
     */
    @PreAuthorize("hasRole('API_CLIENT')")
    public void recordCall(String endpoint, String filter, long rows) {
        ApiPrincipal client = ApiPrincipal.current();
        if (client == null) {
            throw new IllegalStateException("no API client is calling");
        }
        String comment = client.clientName() + " GET " + endpoint + (filter.isBlank() ? "" : "?" + filter)
                + " rows=" + rows;
        audit.recordAs(client.getName(), AuditSubject.API_CLIENT, String.valueOf(client.clientId()), AuditAction.API_CALL,
                null, null, comment.length() > 2000 ? comment.substring(0, 2000) : comment);
    }

    private void checkScope(String jurisdictionCode, @Nullable String divisionCode) {
        RegistrationChoices.JurisdictionChoice jurisdiction = registrations.choices().jurisdictions().stream()
                .filter(j -> j.code().equals(jurisdictionCode)).findFirst()
                .orElseThrow(() -> BusinessException.onField("jurisdictionCode", "apiClient.jurisdictionUnknown",
                        jurisdictionCode));
        if (divisionCode != null && jurisdiction.divisions().stream().noneMatch(d -> d.code().equals(divisionCode))) {
            throw BusinessException.onField("divisionCode", "apiClient.divisionUnknown", divisionCode,
                    jurisdictionCode);
        }
    }

    private static String scopeText(ApiClient c) {
        return c.getDivisionCode() == null ? c.getJurisdictionCode() : c.getJurisdictionCode() + "/" + c.getDivisionCode();
    }
}
