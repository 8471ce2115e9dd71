package org.ticportal.core.expert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.CreatedCredentials;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.IndustryCluster;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * The expert pool (专家库) of each jurisdiction: bureau staff and administrators list, add and edit experts; an expert's
 * fields and title level are checked against the jurisdiction's active policy; each expert may get a login.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ExpertService {

    private final ExpertRepository experts;
    private final JurisdictionPolicyService jurisdictions;
    private final PolicyProviders providers;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    ExpertService(ExpertRepository experts, JurisdictionPolicyService jurisdictions, PolicyProviders providers,
                  UserService users, AuditService audit, Clock clock) {
        this.experts = experts;
        this.jurisdictions = jurisdictions;
        this.providers = providers;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the pool, filtered and sorted in the database. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<Expert> list(ExpertFilter filter, Pageable pageable) {
        return experts.findAll(scoped(filter).toSpecification(), pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long count(ExpertFilter filter) {
        return experts.count(scoped(filter).toSpecification());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Expert get(long id) {
        return experts.findById(id).filter(e -> covers(e.getJurisdictionCode()))
                .orElseThrow(() -> new BusinessException("expert.notFound", id));
    }

    /**
     * The fields an expert of the jurisdiction may have, by code: the active policy's industry clusters, its
     * panel's expert fields and those of its evaluation panel (API 0.2.5).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'EXPERT')")
    public Map<String, LocalizedText> fields(String jurisdictionCode) {
        Map<String, LocalizedText> fields = new LinkedHashMap<>();
        StartedPolicy policy = policy(jurisdictionCode);
        for (IndustryCluster c : policy.catalogs().allClusters()) {
            fields.put(c.code(), c.name());
        }
        providers.read(policy.pin(), p -> p.expertPanel()).map(ExpertPanelRules::expertFields).orElse(List.of())
                .forEach(c -> fields.put(c.code(), c.name()));
        providers.read(policy.pin(), p -> p.evaluation().panelRules().expertFields())
                .forEach(c -> fields.putIfAbsent(c.code(), c.name()));
        return fields;
    }

    /** The title levels of the jurisdiction's policy, by code. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'EXPERT')")
    public Map<String, LocalizedText> titleLevels(String jurisdictionCode) {
        Map<String, LocalizedText> levels = new LinkedHashMap<>();
        policy(jurisdictionCode).catalogs().list(Catalog.TITLE_LEVELS)
                .ifPresent(c -> c.entries().forEach(e -> levels.put(e.code(), e.name())));
        return levels;
    }

    /**
     * Adds an expert to a jurisdiction's pool; with a user name, also their login (role 评审专家) with a one-time
     * password, which is returned.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public Created create(String jurisdictionCode, @Valid ExpertDraft draft, @Nullable String username) {
        check(jurisdictionCode, draft);
        Expert expert = experts.saveAndFlush(new Expert(jurisdictionCode, draft, clock.instant()));
        CreatedCredentials login = null;
        if (username != null && !username.isBlank()) {
            login = users.createExpertLogin(new UserDraft(username.trim(), draft.name(), draft.email(), draft.phone(),
                    Role.EXPERT, null, null, null));
            expert.linkLogin(login.user().getUsername());
            experts.saveAndFlush(expert);
        }
        audit.record(AuditSubject.EXPERT, expert.getId().toString(), AuditAction.CREATED, null,
                expert.isActive() ? "ACTIVE" : "INACTIVE", describe(expert));
        return new Created(expert, login);
    }

    /** Changes an expert; refused when someone else changed them meanwhile. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public Expert update(long id, long expectedVersion, @Valid ExpertDraft draft) {
        Expert expert = get(id);
        if (expert.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Expert.class, id);
        }
        check(expert.getJurisdictionCode(), draft);
        String before = describe(expert);
        boolean wasActive = expert.isActive();
        expert.apply(draft);
        experts.saveAndFlush(expert);
        audit.record(AuditSubject.EXPERT, expert.getId().toString(), AuditAction.UPDATED, wasActive ? "ACTIVE" : "INACTIVE",
                expert.isActive() ? "ACTIVE" : "INACTIVE", before + " → " + describe(expert));
        return expert;
    }

    /** Checks a draft against the jurisdiction's policy; problems name their field. */
    void check(String jurisdictionCode, ExpertDraft draft) {
        Map<String, LocalizedText> fields = fields(jurisdictionCode);
        List<String> unknown = new ArrayList<>(draft.fields().stream().filter(f -> !fields.containsKey(f)).toList());
        if (!unknown.isEmpty()) {
            throw BusinessException.onField("fields", "expert.fields.unknown", String.join(", ", unknown));
        }
        Map<String, LocalizedText> levels = titleLevels(jurisdictionCode);
        if (!levels.isEmpty() && !levels.containsKey(draft.titleLevel())) {
            throw BusinessException.onField("titleLevel", "expert.titleLevel.unknown", draft.titleLevel());
        }
        if (draft.unitCreditCode() != null && !org.ticportal.policy.api.CreditCode.isValid(draft.unitCreditCode())) {
            throw BusinessException.onField("unitCreditCode", "expert.creditCode.invalid", draft.unitCreditCode());
        }
    }

    private StartedPolicy policy(String jurisdictionCode) {
        return jurisdictions.activePolicy(jurisdictionCode)
                .orElseThrow(() -> BusinessException.onField("jurisdiction", "application.noPolicy",
                        jurisdictionCode));
    }

    private ExpertFilter scoped(ExpertFilter filter) {
        String own = users.currentScope().jurisdictionCode();
        return own == null ? filter : new ExpertFilter(own, filter.nameOrUnit(), filter.field(), filter.active());
    }

    private boolean covers(String jurisdictionCode) {
        return users.currentScope().coversJurisdiction(jurisdictionCode);
    }

    private static String describe(Expert e) {
        return e.getName() + " / " + e.getUnitName() + " / " + e.getTitleLevel() + " / "
                + String.join(",", e.fieldList());
    }

    /**
     * An expert just added, with the login made for them.
     *
     * @param expert the expert
     * @param login  their login and one-time password, or {@code null} when none was asked for
     */
    public record Created(Expert expert, @Nullable CreatedCredentials login) {
    }
}
