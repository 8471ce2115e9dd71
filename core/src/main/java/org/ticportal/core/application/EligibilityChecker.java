package org.ticportal.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;
import org.ticportal.policy.api.rule.ApplicationData;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.RuleContext;
import org.ticportal.policy.api.rule.RuleKind;
import org.ticportal.policy.api.rule.RuleResult;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * Runs the pinned policy's eligibility rules and naming rules on an application's data. A rule that throws gives an
 * ERROR result naming the plugin; the other rules still run and the screen does not break.
 */
@Component
class EligibilityChecker {

    /** The id of the naming check, listed first. */
    static final String NAMING = "NAMING";

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityChecker.class);

    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final ApplicationRepository applications;
    private final PlatformHoldingRepository holdings;
    private final Clock clock;

    EligibilityChecker(PolicyProviders providers, PolicySettingsService settings, ApplicationRepository applications,
                       PlatformHoldingRepository holdings, Clock clock) {
        this.providers = providers;
        this.settings = settings;
        this.applications = applications;
        this.holdings = holdings;
        this.clock = clock;
    }

    /** The names recognised centers hold; none when the portal runs without the center feature (unit tests). */
    private CenterNames centers = (name, applicationId) -> false;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setCenters(CenterNames centers) {
        this.centers = centers;
    }

    /** The lead unit's registration day as the application form states it, where it does. */
    private static @org.jspecify.annotations.Nullable LocalDate registeredOn(ApplicationData data) {
        try {
            return data.text(org.ticportal.policy.api.rule.FieldKeys.LEAD_UNIT_REGISTERED_ON)
                    .map(t -> LocalDate.parse(t.strip())).orElse(null);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Checks the case as its file stands: the application form's values, its attachments and their evidence. */
    EligibilityReport check(CaseFile file) {
        return check(file, Map.of());
    }

    /** Checks the case with some of its values replaced (a missing value removes the key), e.g. another lead unit's. */
    EligibilityReport check(CaseFile file, Map<String, Object> replaced) {
        RecognitionApplication app = file.application();
        PolicyPin pin = app.getPin();
        PolicySettings policySettings = settings.settingsFor(pin);
        var host = new PortalHostQueries(applications, holdings, app.getId(), pin.policyId(), centers);
        int year = app.getFiledYear() != null ? app.getFiledYear() : LocalDate.now(clock).getYear();
        Map<String, Object> values = file.values();
        if (!replaced.isEmpty()) {
            values = new java.util.LinkedHashMap<>(values);
            values.putAll(replaced);
            values.values().removeIf(java.util.Objects::isNull);
        }
        ApplicationData data = ApplicationData.of(values, file.evidence());
        // rules count look-backs to the filing day (the submission; today while a draft) and may read the clock
        LocalDate today = LocalDate.now(clock);
        LocalDate filed = app.getSubmittedAt() == null ? today
                : java.time.LocalDate.ofInstant(app.getSubmittedAt(), clock.getZone());
        RuleContext context = new RuleContext(data, host, policySettings, year, filed.isAfter(today) ? today : filed,
                today, registeredOn(data));
        Map<String, String> explanations = file.explanations();
        List<RuleCheck> checks = providers.read(pin, provider -> {
            List<RuleCheck> result = new ArrayList<>();
            result.add(naming(provider.naming(), data, host, app.getUnit().getName()));
            for (EligibilityRule rule : provider.eligibilityRules()) {
                result.add(run(rule, context, pin, explanations.get(rule.id())));
            }
            return result;
        });
        return new EligibilityReport(pin, checks);
    }

    private static RuleCheck run(EligibilityRule rule, RuleContext context, PolicyPin pin, String explanation) {
        try {
            RuleResult r = rule.check(context);
            if (r == null) {
                throw new IllegalStateException("the rule returned no result");
            }
            CheckOutcome outcome = switch (r.outcome()) {
                case PASS -> CheckOutcome.PASS;
                case FAIL -> CheckOutcome.FAIL;
                case WARN -> CheckOutcome.WARN;
                case NEEDS_REVIEW -> CheckOutcome.NEEDS_REVIEW;
                case NOT_APPLICABLE -> CheckOutcome.NOT_APPLICABLE;
            };
            return new RuleCheck(rule.id(), rule.kind(), rule.title(), r.article(), outcome, r.message(),
                    outcome == CheckOutcome.WARN ? explanation : null);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Rule {} of plugin {} {} failed", rule.id(), pin.pluginId(), pin.pluginVersion(), e);
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new RuleCheck(safeId(rule), RuleKind.AUTO, safeTitle(rule), safeArticle(rule), CheckOutcome.ERROR,
                    CoreMessages.text("application.eligibility.ruleError", pin.pluginId(), pin.pluginVersion(),
                            reason), null);
        }
    }

    private static RuleCheck naming(NamingRules naming, ApplicationData data, PortalHostQueries host,
                                    String unitName) {
        LocalizedText title = CoreMessages.text("application.eligibility.naming");
        String core = data.text(FieldKeys.CORE_NAME).orElse("");
        // the naming rule sees the applicant unit's own name (API 0.2.5): its registered name, not what the form says
        List<LocalizedText> problems = new ArrayList<>(naming.problems(core, unitName));
        String full = naming.fullName(core);
        if (problems.isEmpty() && naming.constraints().contains(NamingRules.Constraint.UNIQUE)
                && host.centerNameTaken(full)) {
            problems.add(CoreMessages.text("application.eligibility.nameTaken", full));
        }
        if (problems.isEmpty()) {
            return new RuleCheck(NAMING, RuleKind.AUTO, title, naming.article(), CheckOutcome.PASS,
                    CoreMessages.text("application.eligibility.namedAs", full), null);
        }
        LocalizedText all = problems.get(0);
        for (LocalizedText next : problems.subList(1, problems.size())) {
            all = CoreMessages.text("application.eligibility.andAlso", all, next);
        }
        return new RuleCheck(NAMING, RuleKind.AUTO, title, naming.article(), CheckOutcome.FAIL, all, null);
    }

    private static String safeId(EligibilityRule rule) {
        try {
            return rule.id();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static LocalizedText safeTitle(EligibilityRule rule) {
        try {
            return rule.title();
        } catch (RuntimeException e) {
            return CoreMessages.text("application.eligibility.unnamedRule");
        }
    }

    private static String safeArticle(EligibilityRule rule) {
        try {
            return rule.article();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
