package org.ticportal.core.expert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.application.PanelCase;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.panel.Aggregation;

/** What the panel screens show; plain records read from one load. */
public final class PanelViews {

    private PanelViews() {
    }

    /**
     * A drawn panel, for the bureau.
     *
     * @param applicationId the application
     * @param drawnAt       when it was drawn
     * @param drawnBy       by whom
     * @param record        the draw's record
     * @param members       its members, replaced ones included, in the draw's order
     * @param aggregation   how the policy aggregates
     * @param score         the panel's score once concluded
     * @param conclusion    the conclusion (the step taken) once concluded
     * @param concludedAt   when
     */
    public record Panel(long applicationId, Instant drawnAt, String drawnBy, DrawRecord record, List<Member> members,
                        Aggregation aggregation, @Nullable BigDecimal score, @Nullable String conclusion,
                        @Nullable Instant concludedAt) {
        public Panel {
            members = List.copyOf(members);
        }
    }

    /**
     * A member of a panel.
     *
     * @param memberId       the seat's id
     * @param version        the seat's version, for optimistic locking
     * @param expertId       the expert
     * @param name           their name
     * @param unitName       where they work
     * @param leader         whether they head the panel
     * @param state          where they stand
     * @param siteVisitDate  the site visit they recorded
     * @param defenseDate    the defense they recorded
     * @param total          their total score once submitted
     * @param opinion        their opinion once submitted
     * @param conflictNote   the conflict they declared
     * @param replacedReason why the bureau replaced them
     */
    public record Member(long memberId, long version, long expertId, String name, String unitName, boolean leader,
                         MemberState state, @Nullable LocalDate siteVisitDate, @Nullable LocalDate defenseDate,
                         @Nullable BigDecimal total, @Nullable String opinion, @Nullable String conflictNote,
                         @Nullable String replacedReason) {
    }

    /**
     * One row of an expert's landing page.
     *
     * @param applicationId the application
     * @param referenceNo   its reference number
     * @param centerName    the center's name, if given
     * @param unitName      the applicant
     * @param state         the expert's own state
     * @param leader        whether they head the panel
     * @param concluded     whether the panel concluded
     */
    public record Assignment(long applicationId, String referenceNo, @Nullable String centerName, String unitName,
                             MemberState state, boolean leader, boolean concluded) {
    }

    /**
     * An indicator the expert scores.
     *
     * @param code   its code
     * @param name   its name
     * @param weight the most it gives
     */
    public record ScoreItem(String code, LocalizedText name, BigDecimal weight) {
    }

    /**
     * An expert's own assignment: the case (whole only after the declaration), their seat, the score sheet, and for
     * the head the panel's progress and the possible conclusions.
     *
     * @param panelCase   what a declaration needs
     * @param memberId    the seat
     * @param version     its version
     * @param state       where the expert stands
     * @param leader      whether they head the panel
     * @param sheet       the score sheet's indicators
     * @param fullScore   the sheet's full score
     * @param scores      their scores so far
     * @param siteVisit   the site visit they recorded
     * @param defense     the defense they recorded
     * @param visitNotes  their notes
     * @param opinion     their opinion
     * @param panel       the panel's members (for the head; otherwise empty)
     * @param aggregation how the policy aggregates
     * @param preview     the panel's score as submitted so far (for the head), or {@code null}
     * @param conclusion  the conclusion once recorded
     * @param score       the panel's score once concluded
     */
    public record MyAssignment(PanelCase panelCase, long memberId, long version, MemberState state, boolean leader,
                               List<ScoreItem> sheet, BigDecimal fullScore, Map<String, BigDecimal> scores,
                               @Nullable LocalDate siteVisit, @Nullable LocalDate defense, @Nullable String visitNotes,
                               @Nullable String opinion, List<Member> panel, Aggregation aggregation,
                               @Nullable BigDecimal preview, @Nullable String conclusion, @Nullable BigDecimal score) {
        public MyAssignment {
            sheet = List.copyOf(sheet);
            scores = Map.copyOf(scores);
            panel = List.copyOf(panel);
        }
    }

    /**
     * An expert's opinion as the applicant reads it after the conclusion: without the expert's name.
     *
     * @param position the expert's number on the panel (1, 2, …)
     * @param leader   whether it is the head's
     * @param total    the expert's total
     * @param opinion  the opinion
     */
    public record Opinion(int position, boolean leader, @Nullable BigDecimal total, @Nullable String opinion) {
    }
}
