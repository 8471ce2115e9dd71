package org.ticportal.policy.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pf4j.ExtensionPoint;
import org.ticportal.policy.api.call.CallRules;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.change.ConversionSource;
import org.ticportal.policy.api.change.Reward;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.panel.ExpertPanelRules;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.setting.SettingDefinition;

/**
 * The extension point a policy plugin implements: one per policy (one set of written measures).
 *
 * <p>Annotate the implementation with {@code @org.pf4j.Extension}. The portal looks providers up each time it needs
 * one and keeps no instance, so a plugin can be stopped and unloaded at any time; implementations should therefore be
 * cheap to create and hold no state of their own. Everything a provider returns cites the article it comes from.
 *
 * <p>What every policy must say is abstract; what some measures leave out has an empty default.
 */
public interface PolicyProvider extends ExtensionPoint {

    /** Who issued the measures, under which document number, and since when they apply. */
    PolicyIdentity identity();

    /** The lists the measures name: center types, industry clusters, recommending bodies. */
    PolicyCatalogs catalogs();

    /** How a recognised center is named. */
    NamingRules naming();

    /** The eligibility conditions, in the order of the measures. */
    List<EligibilityRule> eligibilityRules();

    /** The recognition procedure. */
    Procedure procedure();

    /** The public notice and objections. */
    NoticeRules notice();

    /** Performance evaluation. */
    EvaluationScheme evaluation();

    /**
     * How experts argue an application (专家论证): panel size and seats, avoidance, score sheet and aggregation; empty
     * when the policy has no expert panel drawn from the portal's pool (its panel conclusion is then recorded by the
     * authority's staff). Since API 0.2.2.
     */
    default Optional<ExpertPanelRules> expertPanel() {
        return Optional.empty();
    }

    /** The change requests a center may file. */
    default List<ChangeType> changeTypes() {
        return List.of();
    }

    /** Older platforms that may convert into a center. */
    default List<ConversionSource> conversionSources() {
        return List.of();
    }

    /** Rewards and support measures. */
    default List<Reward> rewards() {
        return List.of();
    }

    /**
     * Calls for applications: whether applications may be filed outside calls, whether recommending bodies get quotas,
     * whether a unit may hold two open applications in one call. {@link CallRules#DEFAULT} when the measures say
     * nothing.
     *
     * @since 0.2.2
     */
    default CallRules calls() {
        return CallRules.DEFAULT;
    }

    /** Values the measures leave open, which administrators may set. */
    default List<SettingDefinition> settings() {
        return List.of();
    }

    /** Documents and form definitions the policy ships. */
    default List<DocumentTemplate> documents() {
        return List.of();
    }

    /**
     * The policy's own texts by key (e.g. the call for applications, help texts), in Chinese and English. The portal
     * shows them where a screen names the key.
     */
    default Map<String, LocalizedText> messages() {
        return Map.of();
    }
}
