package org.ticportal.core.policy;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.setting.PolicySettings;
import org.ticportal.policy.api.setting.SettingDefinition;

/**
 * The values the measures leave open, which the policy declares as settings and administrators set. A setting an
 * administrator never changed has the plugin's default.
 */
@Service
@Transactional(readOnly = true)
public class PolicySettingsService {

    private final PolicyProviders providers;
    private final PolicySettingRepository settings;
    private final AuditService audit;
    private final Clock clock;

    PolicySettingsService(PolicyProviders providers, PolicySettingRepository settings, AuditService audit,
                          Clock clock) {
        this.providers = providers;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings of a running policy with their values. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<SettingValue> settings(String policyId) {
        List<SettingDefinition> definitions = providers.readCurrent(policyId, p -> p.settings());
        Map<String, PolicySetting> stored = stored(policyId);
        return definitions.stream().map(d -> {
            PolicySetting s = stored.get(d.key());
            return s == null ? new SettingValue(d, d.defaultValue(), false, -1)
                    : new SettingValue(d, s.getValue(), true, s.getVersion());
        }).toList();
    }

    /**
     * Saves changed settings: every value is checked against its definition first, and nothing is written when one
     * is wrong or was changed by someone else meanwhile.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<SettingValue> save(String policyId, List<SettingChange> changes) {
        Map<String, SettingDefinition> definitions = new HashMap<>();
        providers.readCurrent(policyId, p -> p.settings()).forEach(d -> definitions.put(d.key(), d));
        Map<String, PolicySetting> stored = stored(policyId);
        for (SettingChange change : changes) {
            SettingDefinition d = definitions.get(change.key());
            if (d == null) {
                throw BusinessException.onField(change.key(), "setting.unknown", change.key());
            }
            if (change.value() != null && change.value().length() > 1000) {
                throw BusinessException.onField(change.key(), "setting.tooLong", 1000);
            }
            var problem = d.problem(change.value());
            if (problem.isPresent()) {
                throw BusinessException.onField(change.key(), "setting.invalid", problem.get().zh(),
                        problem.get().en());
            }
            PolicySetting s = stored.get(change.key());
            long version = s == null ? -1 : s.getVersion();
            if (version != change.expectedVersion()) {
                throw new OptimisticLockingFailureException("setting " + change.key() + " of " + policyId
                        + " was changed by someone else");
            }
        }
        String actor = AuditService.currentActor();
        for (SettingChange change : changes) {
            String value = change.value().strip();
            PolicySetting s = stored.get(change.key());
            String before = s == null ? definitions.get(change.key()).defaultValue() : s.getValue();
            if (before.equals(value)) {
                continue;
            }
            if (s == null) {
                settings.save(new PolicySetting(policyId, change.key(), value, clock.instant(), actor));
            } else {
                s.set(value, clock.instant(), actor);
            }
            audit.record(AuditSubject.POLICY, policyId, AuditAction.SETTING_CHANGED, before, value, change.key());
        }
        settings.flush();
        return settings(policyId);
    }

    /** The settings as the pinned policy's rules read them (for the workflow, also when the portal itself acts). */
    @PreAuthorize("isAuthenticated()")
    public PolicySettings settingsFor(PolicyPin pin) {
        List<SettingDefinition> definitions = providers.read(pin, p -> p.settings());
        Map<String, String> overrides = new HashMap<>();
        stored(pin.policyId()).forEach((k, v) -> overrides.put(k, v.getValue()));
        overrides.keySet().retainAll(definitions.stream().map(SettingDefinition::key).toList());
        return PolicySettings.of(definitions, overrides);
    }

    private Map<String, PolicySetting> stored(String policyId) {
        Map<String, PolicySetting> map = new HashMap<>();
        settings.findByPolicyId(policyId).forEach(s -> map.put(s.getKey(), s));
        return map;
    }
}
