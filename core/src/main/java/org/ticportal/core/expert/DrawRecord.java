package org.ticportal.core.expert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The record of a panel's draw (抽取记录), kept so that anyone can see it was fair and re-run it: the seed, the rules
 * it followed, every candidate with their fields, who was left out and why, the order the seed gave, who was drawn,
 * and every later replacement with its reason.
 *
 * @param seed          the random seed
 * @param size          the panel's size, from the policy
 * @param seats         the seats to fill first, from the policy
 * @param field         the application's industry cluster the draw matched, or {@code null} (any field)
 * @param candidates    the active experts whose fields matched, in the pool's order (by id)
 * @param skipped       candidates left out, with the reason
 * @param order         the eligible candidates' ids in the order the seed shuffled them
 * @param drawn         the ids drawn, the head first
 * @param replacements  replacements since the draw, in order
 * @param headChanges   the bureau's choices of the panel's head (组长) since the draw, in order; the draw itself makes
 *                      the first drawn the head until the bureau chooses another
 */
public record DrawRecord(long seed, int size, List<Seat> seats, @Nullable String field, List<Candidate> candidates,
                         List<Skip> skipped, List<Long> order, List<Long> drawn, List<Replacement> replacements,
                         List<HeadChange> headChanges) {

    public DrawRecord {
        seats = List.copyOf(seats);
        candidates = List.copyOf(candidates);
        skipped = List.copyOf(skipped);
        order = List.copyOf(order);
        drawn = List.copyOf(drawn);
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
        headChanges = headChanges == null ? List.of() : List.copyOf(headChanges);
    }

    /** The record of a draw before anything happened to its panel. */
    DrawRecord(long seed, int size, List<Seat> seats, @Nullable String field, List<Candidate> candidates,
               List<Skip> skipped, List<Long> order, List<Long> drawn) {
        this(seed, size, seats, field, candidates, skipped, order, drawn, List.of(), List.of());
    }

    DrawRecord withDrawn(List<Long> ids) {
        return new DrawRecord(seed, size, seats, field, candidates, skipped, order, ids, replacements, headChanges);
    }

    DrawRecord withHeadChange(HeadChange change) {
        List<HeadChange> all = new java.util.ArrayList<>(headChanges);
        all.add(change);
        return new DrawRecord(seed, size, seats, field, candidates, skipped, order, drawn, replacements, all);
    }

    DrawRecord withReplacement(Replacement replacement) {
        List<Replacement> all = new java.util.ArrayList<>(replacements);
        all.add(replacement);
        return new DrawRecord(seed, size, seats, field, candidates, skipped, order, drawn, all, headChanges);
    }

    /**
     * A seat the draw filled first.
     *
     * @param field   the field's code
     * @param minimum how many experts of it
     */
    public record Seat(String field, int minimum) {
    }

    /**
     * An expert the draw considered.
     *
     * @param expertId the expert
     * @param name     their name
     * @param unitName where they work
     * @param fields   their field codes
     */
    public record Candidate(long expertId, String name, String unitName, List<String> fields) {
        public Candidate {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A candidate the draw left out.
     *
     * @param expertId the expert
     * @param name     their name
     * @param reason   why: {@code APPLICANT_UNIT}, {@code CO_BUILDERS} or {@code DECLARED_CONFLICT}
     * @param detail   the unit or declaration that made it so
     */
    public record Skip(long expertId, String name, String reason, String detail) {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A drawn expert replaced by the next eligible one in the draw's order.
     *
     * @param outId  the expert replaced
     * @param inId   the expert who took the place
     * @param reason why, as the bureau gave it
     * @param by     who replaced
     * @param at     when
     */
    public record Replacement(long outId, long inId, String reason, String by, Instant at) {
    }

    /**
     * The bureau made another member the panel's head (组长), before the conclusion.
     *
     * @param fromId the expert who headed the panel, or {@code null} if none did
     * @param toId   the expert who heads it now
     * @param reason why, as the bureau gave it
     * @param by     who chose
     * @param at     when
     */
    public record HeadChange(@Nullable Long fromId, long toId, String reason, String by, Instant at) {
        public HeadChange {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
