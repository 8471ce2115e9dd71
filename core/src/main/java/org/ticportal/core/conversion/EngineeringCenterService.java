package org.ticportal.core.conversion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.change.ConversionSource;
import org.ticportal.policy.api.change.Reward;

/**
 * The registry of engineering technology research centers (市工程技术研究中心, art. 16 of the Xinzhou measures): the bureau
 * lists its jurisdiction's (administrators every jurisdiction's), paged, sorted and filtered in the database; an
 * applicant unit sees the registered ones whose unified social credit code is its own, which it may convert.
 */
@Service
@Transactional(readOnly = true)
public class EngineeringCenterService {

    private static final Set<String> SORTABLE = Set.of("name", "unitName", "creditCode", "divisionCode",
            "recognizedYear", "documentNumber", "field", "status", "importedAt");

    private final EngineeringCenterRepository centers;
    private final JurisdictionPolicyService jurisdictions;
    private final PolicyProviders providers;
    private final UserService users;
    private final UnitService units;

    EngineeringCenterService(EngineeringCenterRepository centers, JurisdictionPolicyService jurisdictions,
                             PolicyProviders providers, UserService users, UnitService units) {
        this.centers = centers;
        this.jurisdictions = jurisdictions;
        this.providers = providers;
        this.users = users;
        this.units = units;
    }

    /** One page of the registry within the user's jurisdiction. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<EngineeringCenterRow> list(EngineeringCenterFilter filter, Pageable pageable) {
        Map<String, Map<String, LocalizedText>> divisions = new java.util.HashMap<>();
        return centers.findAll(filter.toSpecification(users.currentScope().jurisdictionCode()), sortable(pageable))
                .map(e -> row(e, divisions.computeIfAbsent(e.getJurisdictionCode(), this::divisionsOf)))
                .getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long count(EngineeringCenterFilter filter) {
        return centers.count(filter.toSpecification(users.currentScope().jurisdictionCode()));
    }

    /** The registered engineering centers of the applicant's own unit (same credit code), which it may convert. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<EngineeringCenterRow> ownUnits() {
        AccessScope scope = users.currentScope();
        if (scope.unitId() == null) {
            return List.of();
        }
        return units.find(scope.unitId()).map(u -> centers.findByCreditCodeOrderByName(u.getCreditCode()).stream()
                .map(this::row).toList()).orElse(List.of());
    }

    /** An engineering center the user may see: the bureau's jurisdiction's, or the applicant unit's own. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'APPLICANT')")
    public EngineeringCenterRow get(long id) {
        return row(visible(id));
    }

    /** The jurisdiction the bureau user works for (administrators: the one given), checked. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public String jurisdictionOf(@Nullable String requested) {
        AccessScope scope = users.currentScope();
        String j = scope.role() == Role.BUREAU && scope.jurisdictionCode() != null ? scope.jurisdictionCode()
                : requested;
        if (j == null || !scope.coversJurisdiction(j)) {
            throw new BusinessException("conversion.noJurisdiction");
        }
        return j;
    }

    /** The divisions (recommending bodies) of the jurisdiction's active policy, by code. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'APPLICANT')")
    public Map<String, LocalizedText> divisions(String jurisdictionCode) {
        return divisionsOf(jurisdictionCode);
    }

    /** The kinds of older platforms the jurisdiction's active policy lets convert; empty when it has none. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'APPLICANT')")
    public List<ConversionSourceInfo> sources(String jurisdictionCode) {
        StartedPolicy policy = jurisdictions.activePolicy(jurisdictionCode).orElse(null);
        if (policy == null) {
            return List.of();
        }
        return providers.read(policy.pin(), p -> {
            Map<String, Reward> rewards = new LinkedHashMap<>();
            p.rewards().forEach(r -> rewards.put(r.code(), r));
            return p.conversionSources().stream().map(s -> info(s, rewards)).toList();
        });
    }

    private static ConversionSourceInfo info(ConversionSource s, Map<String, Reward> rewards) {
        return new ConversionSourceInfo(s.code(), s.name(), s.simplifiedProcedure(), !s.scoringSheet().isEmpty(),
                s.rewards().stream().map(rewards::get).filter(java.util.Objects::nonNull).map(Reward::description)
                        .toList(), s.article());
    }

    Map<String, LocalizedText> divisionsOf(String jurisdictionCode) {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        jurisdictions.activePolicy(jurisdictionCode).ifPresent(p -> {
            for (RecommendingBody b : p.catalogs().recommendingBodies()) {
                out.put(b.code(), b.name());
            }
        });
        return out;
    }

    EngineeringCenter visible(long id) {
        AccessScope scope = users.currentScope();
        EngineeringCenter e = centers.findById(id).orElse(null);
        boolean sees = e != null && switch (scope.role()) {
            case ADMIN, BUREAU -> scope.coversJurisdiction(e.getJurisdictionCode());
            case APPLICANT -> scope.unitId() != null && units.find(scope.unitId())
                    .map(u -> u.getCreditCode().equalsIgnoreCase(e.getCreditCode())).orElse(false);
            default -> false;
        };
        if (!sees) {
            throw new BusinessException("conversion.notFound", id);
        }
        return e;
    }

    /** The row of an engineering center the caller has checked the user may see. */
    EngineeringCenterRow rowOf(EngineeringCenter e) {
        return row(e);
    }

    private EngineeringCenterRow row(EngineeringCenter e) {
        return row(e, divisionsOf(e.getJurisdictionCode()));
    }

    private static EngineeringCenterRow row(EngineeringCenter e, Map<String, LocalizedText> divisions) {
        LocalizedText division = divisions.get(e.getDivisionCode());
        return EngineeringCenterRow.of(e, division == null ? e.getDivisionCode() : division.zh());
    }

    private static Pageable sortable(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        sort = sort.isUnsorted() ? Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")) : sort.and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 200), sort);
    }
}
