package org.ticportal.core.expert;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.application.PanelCase;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * What the panel services share: the application's panel rules, looked up from its pinned policy at each call, and
 * the panel as the bureau's screens show it. No role checks here: each public service checks its caller first.
 */
@Component
class PanelSupport {

    private final ExpertRepository experts;
    private final PanelMemberRepository members;
    private final PolicyProviders providers;

    PanelSupport(ExpertRepository experts, PanelMemberRepository members, PolicyProviders providers) {
        this.experts = experts;
        this.members = members;
        this.providers = providers;
    }

    /**
     * The policy's panel rules for the case; a conversion whose source has a scoring sheet of its own
     * ({@link PanelCase#conversionSheet()}) is scored on that sheet, under the same panel rules otherwise.
     */
    @Nullable ExpertPanelRules rules(PanelCase c) {
        ExpertPanelRules rules = providers.read(c.pin(), p -> p.expertPanel()).orElse(null);
        if (rules == null || c.conversionSheet().isEmpty()) {
            return rules;
        }
        return new ExpertPanelRules(rules.size(), rules.composition(), rules.aggregation(), rules.avoidance(),
                c.conversionSheet(), rules.expertFields(), rules.article(), rules.conclusion());
    }

    ExpertPanelRules requireRules(PanelCase c) {
        ExpertPanelRules rules = rules(c);
        if (rules == null) {
            throw new BusinessException("panel.noRules", c.pin().policyId());
        }
        return rules;
    }

    PanelViews.Panel view(ExpertPanel panel, ExpertPanelRules rules) {
        List<PanelViews.Member> list = members.findByPanelIdOrderByPositionAsc(panel.getId()).stream()
                .map(this::member).toList();
        return new PanelViews.Panel(panel.getApplicationId(), panel.getDrawnAt(), panel.getDrawnBy(),
                panel.getRecord(), list, rules.aggregation(), panel.getScore(), panel.getConclusion(),
                panel.getConcludedAt());
    }

    PanelViews.Member member(PanelMember m) {
        Expert e = experts.findById(m.getExpertId()).orElseThrow();
        return new PanelViews.Member(m.getId(), m.getVersion(), e.getId(), e.getName(), e.getUnitName(), m.isLeader(),
                m.getState(), m.getSiteVisitDate(), m.getDefenseDate(), m.getTotal(), m.getOpinion(),
                m.getConflictNote(), m.getReplacedReason());
    }

    /** The login names of the experts who have one, in the given order. */
    List<String> usernames(List<Long> ids) {
        java.util.Map<Long, Expert> byId = new java.util.HashMap<>();
        experts.findAllById(ids).forEach(e -> byId.put(e.getId(), e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(Expert::getUsername)
                .filter(java.util.Objects::nonNull).toList();
    }

    String name(long expertId) {
        return experts.findById(expertId).map(Expert::getName).orElse("#" + expertId);
    }

    List<String> names(List<Long> ids) {
        return ids.stream().map(this::name).toList();
    }
}
