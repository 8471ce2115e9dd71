package org.ticportal.core.plugin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pf4j.PluginManager;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.PolicyProvider;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.call.CallRules;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.policy.api.setting.SettingType;

/**
 * Reads a provider's whole policy once, so that a plugin that cannot answer (throws, returns nothing, ships a
 * document it does not contain, repeats an id) is reported when it starts rather than when a user needs it.
 */
final class PolicyChecks {

    private PolicyChecks() {
    }

    /** The problem that makes the started plugin unusable, or {@code null} when it is fine. */
    static @Nullable String check(PluginManager manager, String pluginId) {
        try {
            List<PolicyProvider> providers = manager.getExtensions(PolicyProvider.class, pluginId);
            if (providers.isEmpty()) {
                return "the plugin provides no " + PolicyProvider.class.getSimpleName()
                        + " extension (is META-INF/extensions.idx missing?)";
            }
            for (PolicyProvider provider : providers) {
                List<String> problems = problems(provider);
                if (!problems.isEmpty()) {
                    return "the policy is incomplete: " + String.join("; ", problems);
                }
                String policyId = provider.identity().id();
                for (var other : manager.getStartedPlugins()) {
                    if (other.getPluginId().equals(pluginId)) {
                        continue;
                    }
                    for (PolicyProvider p : manager.getExtensions(PolicyProvider.class, other.getPluginId())) {
                        if (p.identity().id().equals(policyId)) {
                            return "policy id '" + policyId + "' is already provided by plugin " + other.getPluginId();
                        }
                    }
                }
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return "the policy could not be read: " + PluginFailures.describe(e);
        }
    }

    /** Everything wrong with a provider's answers; empty when it is complete. */
    static List<String> problems(PolicyProvider provider) {
        List<String> problems = new ArrayList<>();
        require(problems, "identity", provider.identity());
        require(problems, "catalogs", provider.catalogs());
        require(problems, "naming", provider.naming());
        require(problems, "procedure", provider.procedure());
        require(problems, "notice", provider.notice());
        require(problems, "evaluation", provider.evaluation());
        List<EligibilityRule> rules = provider.eligibilityRules();
        Set<String> ruleIds = new HashSet<>();
        for (EligibilityRule rule : rules) {
            if (!ruleIds.add(rule.id())) {
                problems.add("duplicate rule id " + rule.id());
            }
            if (rule.article() == null || rule.article().isBlank()) {
                problems.add("rule " + rule.id() + " cites no article");
            }
        }
        Set<String> settingKeys = new HashSet<>();
        java.util.Map<String, SettingType> settingTypes = new java.util.HashMap<>();
        for (SettingDefinition s : provider.settings()) {
            if (!settingKeys.add(s.key())) {
                problems.add("duplicate setting " + s.key());
            }
            settingTypes.put(s.key(), s.type());
        }
        // what a transition, a guard, a deadline or the call rules read from a setting must be a setting of the right type
        Procedure procedure = provider.procedure();
        if (procedure != null) {
            for (Transition t : procedure.transitions()) {
                requireSetting(problems, settingTypes, t.setting(), SettingType.BOOLEAN, "transition " + t.code());
                for (Guard g : t.guards()) {
                    requireSetting(problems, settingTypes, g.setting(), SettingType.BOOLEAN,
                            "guard of transition " + t.code());
                }
            }
            for (Stage st : procedure.stages()) {
                requireSetting(problems, settingTypes, st.deadlineSetting(), SettingType.INTEGER,
                        "deadline of stage " + st.code());
            }
        }
        CallRules calls = provider.calls();
        require(problems, "calls", calls);
        if (calls != null) {
            requireSetting(problems, settingTypes, calls.rollingFilingSetting(), SettingType.BOOLEAN,
                    "rolling filing");
        }
        Set<String> documentCodes = new HashSet<>();
        ClassLoader loader = provider.getClass().getClassLoader();
        for (DocumentTemplate d : provider.documents()) {
            if (!documentCodes.add(d.code())) {
                problems.add("duplicate document " + d.code());
            }
            if (loader.getResource(d.resource()) == null) {
                problems.add("document " + d.code() + " names a resource the plugin does not contain: "
                        + d.resource());
            }
        }
        provider.changeTypes();
        provider.conversionSources();
        provider.rewards();
        provider.messages();
        return problems;
    }

    private static void requireSetting(List<String> problems, java.util.Map<String, SettingType> types, String key,
                                       SettingType type, String what) {
        if (!key.isEmpty() && types.get(key) != type) {
            problems.add("the " + what + " reads setting " + key + ", which is no " + type + " setting of the policy");
        }
    }

    private static void require(List<String> problems, String what, @Nullable Object value) {
        if (value == null) {
            problems.add(what + "() returned nothing");
        }
    }
}
