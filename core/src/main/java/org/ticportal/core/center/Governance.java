package org.ticportal.core.center;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A center's governance (art. 11 of the Xinzhou measures: 依照章程管理，实行理事会（董事会）决策制、中心主任（总经理）负责制、
 * 专家委员会咨询制); the director is the profile's own field. Every part is optional: what is not known stays
 * {@code null}.
 *
 * @param description         the internal governance mechanism as the center describes it (内部治理机制)
 * @param boardChair          the chair of the board (理事长/董事长)
 * @param boardMembers        the board's members, as a summary (names and units)
 * @param committeeChair      the chair of the expert committee (专家委员会主任)
 * @param committeeSize       the number of the expert committee's members
 * @param charterName         the charter's file name (中心章程)
 * @param charterDate         the day the charter was adopted or filed
 */
public record Governance(@Nullable String description, @Nullable String boardChair, @Nullable String boardMembers,
                         @Nullable String committeeChair, @Nullable Integer committeeSize,
                         @Nullable String charterName, @Nullable LocalDate charterDate) {

    /** Nothing known. */
    public static final Governance NONE = new Governance(null, null, null, null, null, null, null);

    public Governance {
        description = clean(description, 3000, "a governance description");
        boardChair = clean(boardChair, 100, "a board chair's name");
        boardMembers = clean(boardMembers, 1000, "a board's member summary");
        committeeChair = clean(committeeChair, 100, "an expert committee chair's name");
        charterName = clean(charterName, 255, "a charter's file name");
        if (committeeSize != null && (committeeSize < 1 || committeeSize > 999)) {
            throw new IllegalArgumentException("an expert committee has 1 to 999 members");
        }
        if (charterDate != null && charterName == null) {
            throw new IllegalArgumentException("a charter's date needs the charter");
        }
    }

    /** Whether nothing is known. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static @Nullable String clean(@Nullable String s, int max, String what) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String out = s.strip();
        if (out.length() > max) {
            throw new IllegalArgumentException(what + " has at most " + max + " characters");
        }
        return out;
    }
}
