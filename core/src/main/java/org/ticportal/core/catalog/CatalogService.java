package org.ticportal.core.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.ClusterChanged;
import org.ticportal.core.common.ClusterChanges;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.PolicyUnavailableException;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.PolicyCatalogs;

/**
 * The catalogs of a policy as they are in force: the running plugin's catalogs are the defaults, administrators add
 * entries, rename and retire them, and restore retired ones. Every change is recorded in the audit trail under
 * {@link AuditSubject#CATALOG} with the policy id as subject (actions {@value #ADDED}, {@value #RENAMED},
 * {@value #RETIRED}, {@value #RESTORED}; comment {@code CATALOG/ENTRY}; from and to the names).
 *
 * <p>Overrides belong to the policy, not to a plugin version: they also apply to cases pinned to an archived version,
 * and survive an upgrade. Entry codes are never reused: a retired entry stays in the catalog, offered for no new value
 * but naming the records that hold it.
 *
 * <p>{@link CatalogCodes#CENTER_TYPES} and {@link CatalogCodes#RECOMMENDING_BODIES} take no added entries: the policy's
 * rules and procedure read their codes (who may lead, which channel a unit files through), so an entry the plugin does
 * not know would have no rule. They can be renamed and retired.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    /** Audit actions. */
    public static final String ADDED = "ENTRY_ADDED";
    public static final String RENAMED = "ENTRY_RENAMED";
    public static final String RETIRED = "ENTRY_RETIRED";
    public static final String RESTORED = "ENTRY_RESTORED";

    /** What an added entry's code must look like. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");
    /** The longest name, in either language. */
    public static final int MAX_NAME = 100;

    private final PolicyProviders providers;
    private final CatalogOverrideRepository overrides;
    private final AuditService audit;
    private final Clock clock;
    /** The overrides of each policy, by catalog; dropped when a transaction that changed them ends. */
    private final Map<String, Map<String, List<OverrideRow>>> cache = new ConcurrentHashMap<>();

    private final ClusterChanges changes;

    CatalogService(PolicyProviders providers, CatalogOverrideRepository overrides, AuditService audit, Clock clock,
                   ClusterChanges changes) {
        this.changes = changes;
        this.providers = providers;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether administrators may add entries to a catalog: any but center types and recommending bodies. */
    public static boolean isExtensible(String catalog) {
        return !CatalogCodes.CENTER_TYPES.equals(catalog) && !CatalogCodes.RECOMMENDING_BODIES.equals(catalog);
    }

    /**
     * Whether the current user may change catalogs (add, rename, retire, restore entries): administrators. Screens ask
     * this to show their edit actions; each edit checks it again.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public boolean mayEdit() {
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /** The catalogs of a running policy: center types, industry clusters, recommending bodies, then its lists. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<CatalogInfo> catalogs(String policyId) {
        PolicyCatalogs catalogs = policyCatalogs(policyId);
        List<CatalogInfo> result = new ArrayList<>();
        result.add(new CatalogInfo(CatalogCodes.CENTER_TYPES, null, "", false));
        result.add(new CatalogInfo(CatalogCodes.INDUSTRY_CLUSTERS, null, "", true));
        result.add(new CatalogInfo(CatalogCodes.RECOMMENDING_BODIES, null, "", false));
        catalogs.lists().forEach(c -> result.add(new CatalogInfo(c.code(), c.name(), c.article(), true)));
        return result;
    }

    /**
     * The entries of a catalog of a running policy as they are in force: the plugin's, in its order, then the added
     * ones; retired entries included.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<MergedEntry> entries(String policyId, String catalog) {
        return new CatalogsInForce(policyCatalogs(policyId), cached(policyId)).entries(catalog)
                .orElseThrow(() -> new BusinessException("catalogs.catalog.unknown", catalog));
    }

    /** Adds an entry to a catalog that takes added entries. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MergedEntry add(String policyId, String catalog, @Nullable String code, @Nullable String nameZh,
                           @Nullable String nameEn) {
        List<DefaultEntry> defaults = defaults(policyId, catalog);
        if (!isExtensible(catalog)) {
            throw new BusinessException("catalogs.catalog.fixed", catalog);
        }
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw BusinessException.onField("code", "catalogs.code.pattern", c);
        }
        List<OverrideRow> rows = fresh(policyId, catalog);
        if (CatalogMerge.merge(defaults, rows).stream().anyMatch(e -> e.code().equals(c))
                || rows.stream().anyMatch(r -> r.code().equals(c))) {
            throw BusinessException.onField("code", "catalogs.code.taken", c);
        }
        LocalizedText name = checkedName(nameZh, nameEn, CatalogMerge.merge(defaults, rows), null);
        int position = rows.stream().filter(OverrideRow::added).mapToInt(OverrideRow::position).max().orElse(0) + 1;
        String actor = AuditService.currentActor();
        CatalogOverride row = new CatalogOverride(policyId, catalog, c, true, position, clock.instant(), actor);
        row.rename(name.zh(), name.en().isEmpty() ? null : name.en(), clock.instant(), actor);
        try {
            overrides.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            throw BusinessException.onField("code", "catalogs.code.taken", c);
        }
        audit.record(AuditSubject.CATALOG, policyId, AuditAction.ENTRY_ADDED, null, describe(name), subject(catalog, c));
        return changed(policyId, catalog, defaults, c);
    }

    /**
     * Renames an entry. Giving a default entry its plugin name again removes the rename.
     *
     * @param expectedVersion the {@link MergedEntry#version()} the administrator saw
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MergedEntry rename(String policyId, String catalog, String code, @Nullable String nameZh,
                              @Nullable String nameEn, long expectedVersion) {
        List<DefaultEntry> defaults = defaults(policyId, catalog);
        MergedEntry entry = current(policyId, catalog, defaults, code);
        Optional<CatalogOverride> stored = checkedVersion(policyId, catalog, code, expectedVersion);
        LocalizedText name = checkedName(nameZh, nameEn,
                CatalogMerge.merge(defaults, fresh(policyId, catalog)), code);
        if (name.equals(entry.name())) {
            return entry;
        }
        boolean backToDefault = name.equals(entry.defaultName());
        String actor = AuditService.currentActor();
        CatalogOverride row = stored.orElseGet(() -> new CatalogOverride(policyId, catalog, code, false, 0,
                clock.instant(), actor));
        row.rename(backToDefault ? null : name.zh(), backToDefault || name.en().isEmpty() ? null : name.en(),
                clock.instant(), actor);
        save(row, code);
        audit.record(AuditSubject.CATALOG, policyId, AuditAction.ENTRY_RENAMED, describe(entry.name()), describe(name),
                subject(catalog, code));
        return changed(policyId, catalog, defaults, code);
    }

    /**
     * Retires an entry: new values may no longer choose it, records that hold it still show its name. The last
     * selectable entry of a catalog cannot be retired.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MergedEntry retire(String policyId, String catalog, String code, long expectedVersion) {
        List<DefaultEntry> defaults = defaults(policyId, catalog);
        MergedEntry entry = current(policyId, catalog, defaults, code);
        Optional<CatalogOverride> stored = checkedVersion(policyId, catalog, code, expectedVersion);
        if (entry.retired()) {
            throw new BusinessException("catalogs.entry.alreadyRetired", code);
        }
        if (CatalogMerge.merge(defaults, fresh(policyId, catalog)).stream()
                .noneMatch(e -> e.selectable() && !e.code().equals(code))) {
            throw new BusinessException("catalogs.entry.lastSelectable", code);
        }
        String actor = AuditService.currentActor();
        CatalogOverride row = stored.orElseGet(() -> new CatalogOverride(policyId, catalog, code, false, 0,
                clock.instant(), actor));
        row.retire(clock.instant(), actor);
        save(row, code);
        audit.record(AuditSubject.CATALOG, policyId, AuditAction.ENTRY_RETIRED, describe(entry.name()), null, subject(catalog, code));
        return changed(policyId, catalog, defaults, code);
    }

    /** Offers a retired entry for new values again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MergedEntry restore(String policyId, String catalog, String code, long expectedVersion) {
        List<DefaultEntry> defaults = defaults(policyId, catalog);
        MergedEntry entry = current(policyId, catalog, defaults, code);
        Optional<CatalogOverride> stored = checkedVersion(policyId, catalog, code, expectedVersion);
        if (!entry.retired() || stored.isEmpty()) {
            throw new BusinessException("catalogs.entry.notRetired", code);
        }
        CatalogOverride row = stored.get();
        row.restore(clock.instant(), AuditService.currentActor());
        save(row, code);
        audit.record(AuditSubject.CATALOG, policyId, AuditAction.ENTRY_RESTORED, null, describe(entry.name()), subject(catalog, code));
        return changed(policyId, catalog, defaults, code);
    }

    /**
     * The catalogs of the policy version a case is pinned to as they are in force, for forms: reading, validating and
     * offering choices. Cheap (overrides cached per policy).
     */
    @PreAuthorize("isAuthenticated()")
    public CatalogsInForce inForce(PolicyPin pin) {
        return new CatalogsInForce(providers.read(pin, p -> p.catalogs()), cached(pin.policyId()));
    }

    private PolicyCatalogs policyCatalogs(String policyId) {
        return providers.current(policyId).map(StartedPolicy::catalogs)
                .orElseThrow(() -> new PolicyUnavailableException("policy.notRunning", policyId));
    }

    /** The plugin's entries of a catalog of a running policy; refused for a catalog the policy lacks. */
    private List<DefaultEntry> defaults(String policyId, String catalog) {
        return DefaultEntry.of(policyCatalogs(policyId), catalog)
                .orElseThrow(() -> new BusinessException("catalogs.catalog.unknown", catalog));
    }

    private MergedEntry current(String policyId, String catalog, List<DefaultEntry> defaults, String code) {
        return CatalogMerge.merge(defaults, fresh(policyId, catalog)).stream().filter(e -> e.code().equals(code))
                .findFirst().orElseThrow(() -> new BusinessException("catalogs.entry.unknown", code, catalog));
    }

    private Optional<CatalogOverride> checkedVersion(String policyId, String catalog, String code, long expected) {
        Optional<CatalogOverride> stored = overrides.findByPolicyIdAndCatalogCodeAndEntryCode(policyId, catalog, code);
        long actual = stored.map(CatalogOverride::getVersion).orElse(-1L);
        if (actual != expected) {
            throw new OptimisticLockingFailureException("entry " + code + " of catalog " + catalog + " of policy "
                    + policyId + " was changed by someone else");
        }
        return stored;
    }

    /** The names, checked: Chinese required, both at most {@value #MAX_NAME} characters, Chinese unique in the catalog. */
    private static LocalizedText checkedName(@Nullable String nameZh, @Nullable String nameEn,
                                             List<MergedEntry> entries, @Nullable String ownCode) {
        String zh = nameZh == null ? "" : nameZh.strip();
        String en = nameEn == null ? "" : nameEn.strip();
        if (zh.isEmpty()) {
            throw BusinessException.onField("nameZh", "catalogs.name.required");
        }
        if (zh.length() > MAX_NAME) {
            throw BusinessException.onField("nameZh", "catalogs.name.tooLong", MAX_NAME);
        }
        if (en.length() > MAX_NAME) {
            throw BusinessException.onField("nameEn", "catalogs.name.tooLong", MAX_NAME);
        }
        for (MergedEntry e : entries) {
            if (!e.code().equals(ownCode) && e.name().zh().equals(zh)) {
                throw BusinessException.onField("nameZh", "catalogs.name.taken", zh, e.code());
            }
        }
        return new LocalizedText(zh, en);
    }

    /** The entry after a change, read in the changing transaction; the cache is dropped when it ends. */
    private MergedEntry changed(String policyId, String catalog, List<DefaultEntry> defaults, String code) {
        evictAfterTransaction(policyId);
        return CatalogMerge.merge(defaults, fresh(policyId, catalog)).stream().filter(e -> e.code().equals(code))
                .findFirst().orElseThrow();
    }

    private void evictAfterTransaction(String policyId) {
        cache.remove(policyId);
        changes.bump(ClusterChanges.CATALOGS);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(policyId);
                }
            });
        }
    }

    private List<OverrideRow> fresh(String policyId, String catalog) {
        return overrides.findByPolicyIdAndCatalogCode(policyId, catalog).stream().map(CatalogOverride::row).toList();
    }

    /**
     * Another node changed a catalog (issue 14): every policy's overrides are read again at their next use. Cheap (a
     * few rows per policy), and catalog edits are rare.
     */
    @EventListener
    void onClusterChange(ClusterChanged change) {
        if (ClusterChanges.CATALOGS.equals(change.topic())) {
            cache.clear();
        }
    }

    /** The overrides of a policy by catalog. */
    private Map<String, List<OverrideRow>> cached(String policyId) {
        return cache.computeIfAbsent(policyId, id -> overrides.findByPolicyId(id).stream().map(CatalogOverride::row)
                .collect(Collectors.groupingBy(OverrideRow::catalog)));
    }

    private static String describe(LocalizedText name) {
        return name.en().isBlank() ? name.zh() : name.zh() + " / " + name.en();
    }

    private static String subject(String catalog, String code) {
        return catalog + "/" + code;
    }

    /** The catalog and entry an audit event of this service concerns (read from its comment), if it is one. */
    public static Optional<EntryRef> entryOf(@Nullable String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        int slash = comment.indexOf('/');
        return slash <= 0 || slash == comment.length() - 1 ? Optional.empty()
                : Optional.of(new EntryRef(comment.substring(0, slash), comment.substring(slash + 1)));
    }

    /** A catalog entry by catalog code and entry code. */
    public record EntryRef(String catalog, String code) {
    }

    /** Writes a changed row; a row another administrator created meanwhile is a concurrent change. */
    private void save(CatalogOverride row, String code) {
        try {
            overrides.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            throw new OptimisticLockingFailureException("entry " + code + " was changed by someone else", e);
        }
    }
}
