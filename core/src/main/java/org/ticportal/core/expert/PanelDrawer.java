package org.ticportal.core.expert;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.PanelCase;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.panel.Avoidance;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * How one panel is drawn (art. 9(2)): {@link #plan} reads the pool and gives the draw's record with who was drawn,
 * writing nothing, or refuses; {@link #save} stores the panel, its members (the first drawn heads it until the bureau
 * chooses another) and the history. Neither checks roles nor opens a transaction: {@link PanelDrawService} (one
 * application) and {@link PanelBatchService} (several, all or nothing) do.
 */
@Component
class PanelDrawer {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExpertRepository experts;
    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelSupport support;
    private final AuditService audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PanelDrawer(ExpertRepository experts, PanelRepository panels, PanelMemberRepository members,
                PanelSupport support, AuditService audit, Clock clock,
                org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.experts = experts;
        this.panels = panels;
        this.members = members;
        this.support = support;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The draw's record for the application, with the panel drawn; refused (a {@link BusinessException}) unless it is
     * at an expert review stage, its policy has panel rules, it has no panel yet and enough experts are left.
     *
     * @param seed the seed, or {@code null} for a fresh random one
     */
    DrawRecord plan(PanelCase c, @Nullable Long seed) {
        ExpertPanelRules rules = support.requireRules(c);
        if (!c.atExpertReview()) {
            throw new BusinessException("panel.notAtExpertReview", c.referenceNo());
        }
        if (panels.existsByApplicationId(c.id())) {
            throw new BusinessException("panel.alreadyDrawn", c.referenceNo());
        }
        DrawRecord record = record(c, rules, seed == null ? SEEDS.nextLong() : seed);
        return record.withDrawn(PanelDraw.select(record));
    }

    /** Stores a planned panel, in the batch if one is given, and records it in the application's history. */
    ExpertPanel save(PanelCase c, DrawRecord record, @Nullable Long batchId) {
        List<Long> drawn = record.drawn();
        ExpertPanel panel = panels.saveAndFlush(new ExpertPanel(c.id(), record, clock.instant(),
                AuditService.currentActor(), batchId));
        for (int i = 0; i < drawn.size(); i++) {
            members.save(new PanelMember(panel.getId(), c.id(), drawn.get(i), i + 1, i == 0));
        }
        members.flush();
        events.publishEvent(new PanelSeatsAssigned(c.id(), support.usernames(drawn)));
        audit.record(AuditSubject.EXPERT_PANEL, Long.toString(c.id()), AuditAction.DRAWN, null, "DRAWN",
                (batchId == null ? "" : "batch " + batchId + "; ") + "seed " + record.seed() + "; drawn "
                        + support.names(drawn) + "; skipped " + record.skipped().stream()
                        .map(s -> s.name() + " (" + s.reason() + ")").toList());
        return panel;
    }

    private DrawRecord record(PanelCase c, ExpertPanelRules rules, long seed) {
        Set<String> seatFields = new HashSet<>();
        rules.composition().forEach(s -> seatFields.add(s.field()));
        List<DrawRecord.Candidate> candidates = new ArrayList<>();
        List<DrawRecord.Skip> skipped = new ArrayList<>();
        String field = c.industryCluster();
        for (Expert e : experts.findByJurisdictionCodeAndActiveTrueOrderByIdAsc(c.jurisdictionCode())) {
            List<String> fields = e.fieldList();
            boolean matches = field == null || fields.contains(field) || fields.stream().anyMatch(seatFields::contains);
            if (!matches) {
                continue;
            }
            candidates.add(new DrawRecord.Candidate(e.getId(), e.getName(), e.getUnitName(), fields));
            String reason = avoidance(e, c, rules);
            if (reason != null) {
                skipped.add(new DrawRecord.Skip(e.getId(), e.getName(), reason.substring(0, reason.indexOf(':')),
                        reason.substring(reason.indexOf(':') + 1)));
            }
        }
        List<DrawRecord.Seat> seats = rules.composition().stream()
                .map(s -> new DrawRecord.Seat(s.field(), s.minimum())).toList();
        List<Long> order = PanelDraw.order(candidates, skipped.stream().map(DrawRecord.Skip::expertId).toList(), seed);
        return new DrawRecord(seed, rules.size(), seats, field, candidates, skipped, order, List.of());
    }

    /** Why the expert must stand aside ("REASON:detail"), or {@code null}. */
    private static @Nullable String avoidance(Expert e, PanelCase c, ExpertPanelRules rules) {
        if (rules.avoids(Avoidance.APPLICANT_UNIT) && sameUnit(e, c.unitName(), c.unitCreditCode())) {
            return Avoidance.APPLICANT_UNIT.name() + ":" + c.unitName();
        }
        if (rules.avoids(Avoidance.CO_BUILDERS)) {
            for (PanelCase.CoBuilder b : c.coBuilders()) {
                if (sameUnit(e, b.name(), b.creditCode())) {
                    return Avoidance.CO_BUILDERS.name() + ":" + b.name();
                }
            }
        }
        return null;
    }

    private static boolean sameUnit(Expert e, String unitName, @Nullable String creditCode) {
        if (creditCode != null && creditCode.equalsIgnoreCase(e.getUnitCreditCode())) {
            return true;
        }
        return normalize(unitName).equals(normalize(e.getUnitName()));
    }

    private static String normalize(String name) {
        return name.replaceAll("[\\s\\uff08\\uff09()]", "").toLowerCase(Locale.ROOT);
    }
}
