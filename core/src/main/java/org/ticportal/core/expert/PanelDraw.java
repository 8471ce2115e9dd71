package org.ticportal.core.expert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;

/**
 * The draw itself, without a database: the seed shuffles the eligible candidates (in the pool's order), the seats are
 * filled first from that order, then the remaining places, experts of the application's field before others. Run
 * again on a {@link DrawRecord}'s candidates, skips and seed, it gives the same panel.
 */
final class PanelDraw {

    private PanelDraw() {
    }

    /** The eligible candidates (candidates not skipped), shuffled by the seed. */
    static List<Long> order(List<DrawRecord.Candidate> candidates, Collection<Long> skipped, long seed) {
        List<Long> eligible = new ArrayList<>(candidates.stream().map(DrawRecord.Candidate::expertId)
                .filter(id -> !skipped.contains(id)).toList());
        Collections.shuffle(eligible, new Random(seed));
        return eligible;
    }

    /** The panel a record's rules, candidates, skips and seed give, the head first; refused when too few are left. */
    static List<Long> select(DrawRecord record) {
        List<Long> order = order(record.candidates(), record.skipped().stream().map(DrawRecord.Skip::expertId).toList(),
                record.seed());
        Set<Long> drawn = new LinkedHashSet<>();
        for (DrawRecord.Seat seat : record.seats()) {
            int have = (int) drawn.stream().filter(id -> hasField(record, id, seat.field())).count();
            for (Long id : order) {
                if (have >= seat.minimum()) {
                    break;
                }
                if (!drawn.contains(id) && hasField(record, id, seat.field())) {
                    drawn.add(id);
                    have++;
                }
            }
            if (have < seat.minimum()) {
                throw new BusinessException("panel.seatUnfilled", seat.field(), seat.minimum(), have);
            }
        }
        for (boolean ofField : new boolean[] {true, false}) {
            for (Long id : order) {
                if (drawn.size() >= record.size()) {
                    break;
                }
                if (!drawn.contains(id) && (!ofField || record.field() == null || hasField(record, id, record.field()))) {
                    drawn.add(id);
                }
            }
        }
        if (drawn.size() < record.size()) {
            throw new BusinessException("panel.tooFewExperts", record.size(), drawn.size());
        }
        List<Long> panel = new ArrayList<>(drawn);
        // the head is the first drawn in the seed's order
        panel.sort(java.util.Comparator.comparingInt(order::indexOf));
        return panel;
    }

    /**
     * Who replaces a member: the next eligible candidate in the draw's order who has not sat on the panel, keeping the
     * member's seat filled when they held one.
     */
    static Optional<Long> replacement(DrawRecord record, long outId, Collection<Long> everOnPanel,
                                      Collection<Long> current, @Nullable String seatField) {
        for (Long id : record.order()) {
            if (everOnPanel.contains(id)) {
                continue;
            }
            if (seatField != null && !hasField(record, id, seatField)) {
                continue;
            }
            return Optional.of(id);
        }
        return Optional.empty();
    }

    static boolean hasField(DrawRecord record, long expertId, String field) {
        return record.candidates().stream().filter(c -> c.expertId() == expertId).findFirst()
                .map(c -> c.fields().contains(field)).orElse(false);
    }
}
