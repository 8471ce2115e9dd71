package org.ticportal.core.expert;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.policy.api.panel.Avoidance;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * Draws the experts who score a center's performance evaluation (art. 14 of the Xinzhou measures) from the same pool
 * and by the same draw as a recognition panel ({@link PanelDraw}: seed, seats of the policy's composition first, then
 * the rest): active experts of the jurisdiction with a login, leaving out those of the center's lead unit and
 * co-builders where the rules avoid them. The evaluation keeps who was drawn and the seed.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationDraws {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExpertRepository experts;

    EvaluationDraws(ExpertRepository experts) {
        this.experts = experts;
    }

    /**
     * An expert drawn.
     *
     * @param expertId the expert's id
     * @param name     the expert's name
     * @param username the expert's login
     * @param skipped  the experts left out, by name, with the reason ({@code APPLICANT_UNIT:…}, {@code CO_BUILDERS:…})
     */
    public record Drawn(long expertId, String name, String username, List<String> skipped) {
    }

    /** A fresh seed for a draw. */
    public static long seed() {
        return SEEDS.nextLong();
    }

    /**
     * The experts drawn for the evaluation of a center of this lead unit and these co-builders, in the draw's order;
     * refused ({@code panel.tooFewExperts}, {@code panel.seatUnfilled}) when the pool cannot serve the rules.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'SYSTEM')")
    public List<Drawn> draw(String jurisdictionCode, ExpertPanelRules rules, String leadUnitName,
                            List<String> coBuilders, long seed) {
        List<DrawRecord.Candidate> candidates = new ArrayList<>();
        List<DrawRecord.Skip> skipped = new ArrayList<>();
        List<Expert> pool = experts.findByJurisdictionCodeAndActiveTrueOrderByIdAsc(jurisdictionCode).stream()
                .filter(e -> e.getUsername() != null).toList();
        for (Expert e : pool) {
            candidates.add(new DrawRecord.Candidate(e.getId(), e.getName(), e.getUnitName(), e.fieldList()));
            String reason = avoidance(e, rules, leadUnitName, coBuilders);
            if (reason != null) {
                skipped.add(new DrawRecord.Skip(e.getId(), e.getName(), reason.substring(0, reason.indexOf(':')),
                        reason.substring(reason.indexOf(':') + 1)));
            }
        }
        List<DrawRecord.Seat> seats = rules.composition().stream()
                .map(s -> new DrawRecord.Seat(s.field(), s.minimum())).toList();
        List<Long> order = PanelDraw.order(candidates, skipped.stream().map(DrawRecord.Skip::expertId).toList(), seed);
        DrawRecord record = new DrawRecord(seed, rules.size(), seats, null, candidates, skipped, order, List.of());
        List<Long> drawn = PanelDraw.select(record);
        Map<Long, Expert> byId = pool.stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
        List<String> skips = skipped.stream().map(s -> org.ticportal.core.common.CoreMessages.text("evaluation.draw.skipped", s.name(), s.reason()).zh()).toList();
        return drawn.stream().map(id -> {
            Expert e = byId.get(id);
            return new Drawn(id, e.getName(), java.util.Objects.requireNonNull(e.getUsername()), skips);
        }).toList();
    }

    private static @Nullable String avoidance(Expert e, ExpertPanelRules rules, String leadUnit,
                                              List<String> coBuilders) {
        if (rules.avoids(Avoidance.APPLICANT_UNIT) && same(e.getUnitName(), leadUnit)) {
            return Avoidance.APPLICANT_UNIT.name() + ":" + leadUnit;
        }
        if (rules.avoids(Avoidance.CO_BUILDERS)) {
            Set<String> names = new HashSet<>();
            coBuilders.forEach(b -> names.add(normalize(b)));
            if (names.contains(normalize(e.getUnitName()))) {
                return Avoidance.CO_BUILDERS.name() + ":" + e.getUnitName();
            }
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String name) {
        return name.replaceAll("[\\s\\uff08\\uff09()]", "").toLowerCase(Locale.ROOT);
    }
}
