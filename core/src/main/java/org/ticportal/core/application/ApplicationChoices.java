package org.ticportal.core.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Stage;

/**
 * What the application screens offer to choose from, decided here rather than in the screens: the jurisdictions an
 * applicant may file a new application in (their unit's own first), and the stages applications can be filtered by,
 * by name.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationChoices {

    private final JurisdictionPolicyService jurisdictions;
    private final PolicyProviders providers;
    private final UnitService units;
    private final UserService users;

    private final UnitDivisions divisions;

    ApplicationChoices(JurisdictionPolicyService jurisdictions, PolicyProviders providers, UnitService units,
                       UserService users, UnitDivisions divisions) {
        this.divisions = divisions;
        this.jurisdictions = jurisdictions;
        this.providers = providers;
        this.units = units;
        this.users = users;
    }

    /**
     * The jurisdictions with a policy for new applications, the one to propose first: those whose policy takes
     * applications from the applicant's unit before those that do not, and among them the one closest to the unit's
     * registered division (GB/T 2260: 忻州市 140900 covers 忻府区 140902 more closely than 山西省 140000), then by code.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<Jurisdiction> forNewApplication() {
        AccessScope scope = users.currentScope();
        Unit unit = (scope.unitId() == null ? java.util.Optional.<Unit>empty() : units.find(scope.unitId()))
                .orElseThrow(() -> new BusinessException("application.noUnit"));
        String registered = unit.getRecommendingBodyCode();
        // a development zone's policy-defined code is placed by the division it lies in (API 0.2.5)
        String division = divisions.division(registered);
        List<Jurisdiction> open = new ArrayList<>(jurisdictions.jurisdictions().stream()
                .filter(j -> j.active() != null).toList());
        open.sort(Comparator.comparing((Jurisdiction j) -> divisions.bodyFor(j.active().catalogs(), registered)
                        .isEmpty())
                .thenComparing(j -> -closeness(j.code(), division))
                .thenComparing(Jurisdiction::code));
        return open;
    }

    /**
     * The stages of the policies whose applications the user sees (the running versions), in procedure order, each
     * code once. The policies are those of the list's scope ({@link ApplicationAccess#visibleTo}): bureau staff of a
     * jurisdiction see its policies' stages, a recommending body's reviewer those of the policies that take
     * applications through the body on the recommended channel, everyone else every running policy's.
     */
    @PreAuthorize("isAuthenticated()")
    public List<StageOption> stages() {
        AccessScope scope = users.currentScope();
        Map<String, Set<LocalizedText>> names = new LinkedHashMap<>();
        for (StartedPolicy policy : providers.started()) {
            boolean inScope = switch (scope.role()) {
                case BUREAU -> scope.coversJurisdiction(policy.identity().jurisdictionCode());
                case COUNTY -> policy.catalogs().recommendingBody(String.valueOf(scope.recommendingBodyCode()))
                        .filter(b -> b.channel() == SubmissionChannel.RECOMMENDED).isPresent();
                case ADMIN, APPLICANT, EXPERT -> true;
                case AUDITOR -> false;
            };
            if (!inScope) {
                continue;
            }
            for (Stage s : providers.read(policy.pin(), p -> p.procedure().stages())) {
                names.computeIfAbsent(s.code(), c -> new LinkedHashSet<>()).add(s.name());
            }
        }
        List<StageOption> options = new ArrayList<>();
        names.forEach((code, texts) -> options.add(new StageOption(code, texts.stream()
                .reduce((a, b) -> new LocalizedText(a.zh() + " / " + b.zh(), a.en() + " / " + b.en()))
                .orElseThrow())));
        return options;
    }

    /** How closely a GB/T 2260 jurisdiction covers a division: its significant digits when it does, else 0. */
    static int closeness(String jurisdictionCode, String divisionCode) {
        String prefix = jurisdictionCode;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return divisionCode != null && divisionCode.startsWith(prefix) ? prefix.length() : 0;
    }

    /**
     * Whether the current user may file a new application: an applicant with a confirmed unit that at least one jurisdiction's
     * policy for new applications takes applications from. Screens ask this to offer filing; filing checks again.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayFile() {
        AccessScope scope = users.currentScope();
        if (scope.role() != Role.APPLICANT || scope.unitId() == null) {
            return false;
        }
        return units.find(scope.unitId()).filter(Unit::isConfirmed).map(Unit::getRecommendingBodyCode)
                .map(division -> jurisdictions
                .jurisdictions().stream().anyMatch(j -> j.active() != null
                        && divisions.bodyFor(j.active().catalogs(), division).isPresent())).orElse(false);
    }
}
