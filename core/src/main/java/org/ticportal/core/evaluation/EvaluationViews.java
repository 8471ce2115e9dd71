package org.ticportal.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.procedure.Actor;

/**
 * What the evaluation screens show; records returned within the user's scope by {@link EvaluationReader},
 * {@link EvaluationService}, {@link EvaluationRoundService} and {@link EvaluationInbox} (a row built by
 * {@code EvaluationEngine.row}, the actions offered by {@code EvaluationAccess.actions}).
 */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /** What an evaluation waits for from the user (我的待办). */
    public enum Task {
        /** The lead unit files its self-assessment (before the step's deadline). */
        SELF_ASSESSMENT,
        /** The supervising department or the bureau reviews or accepts it. */
        REVIEW,
        /** A drawn expert scores it. */
        SCORE,
        /** The bureau records the result, every expert having scored. */
        DECIDE,
        /** The lead unit reports its rectification (by the rectification's deadline). */
        REPORT,
        /** The bureau re-checks the rectification. */
        RECHECK
    }

    /**
     * An evaluation that waits for the logged-in user (我的待办).
     *
     * @param id           the evaluation
     * @param centerName   the center
     * @param leadUnitName its lead unit
     * @param task         what the user is to do
     * @param stepName     the current step's name in the policy (none while rectifying)
     * @param since        since when it waits (the step entered, the report filed, the decision applied)
     * @param due          the time limit, if any (the step's, or the rectification's)
     * @param daysLeft     the working days left after today until {@code due} (0 on its last day and after)
     * @param overdue      whether the time limit has passed
     */
    public record Waiting(long id, String centerName, String leadUnitName, Task task,
                          @Nullable LocalizedText stepName, Instant since, @Nullable LocalDate due,
                          @Nullable Integer daysLeft, boolean overdue) {
        public Waiting {
            if (id < 1 || centerName.isBlank()) {
                throw new IllegalArgumentException("an evaluation waits with its id and center");
            }
            if ((due == null) != (daysLeft == null) || due == null && overdue) {
                throw new IllegalArgumentException("a time limit comes with the days left");
            }
        }
    }

    /**
     * The evaluations waiting for the user, at most the limit asked for, longest waiting first.
     *
     * @param rows the evaluations
     * @param more whether more wait than the list holds (the user finds them in 绩效评估)
     */
    public record WaitingList(List<Waiting> rows, boolean more) {
        public WaitingList {
            rows = List.copyOf(rows);
        }
    }

    /** A round in the rounds grid. */
    public record RoundRow(long id, String title, LocalDate dueBy, LocalDate openedOn, @Nullable LocalDate submissionDue,
                           int centers, String openedBy) {
    }

    /** An evaluation in the grid. */
    public record Row(long id, long version, long roundId, long centerId, String centerName, String leadUnitName,
                      EvaluationState state, @Nullable LocalizedText stepName, @Nullable LocalDate stepDue,
                      boolean overdue, @Nullable BigDecimal score, @Nullable LocalizedText grade,
                      @Nullable Outcome outcome, boolean outstanding, boolean recommendUpward,
                      @Nullable LocalDate decidedOn) {
    }

    /** A step of the policy's evaluation procedure. */
    public record Step(String code, LocalizedText name, Actor actor, EvaluationStepKind kind, int workingDays,
                       @Nullable String formCode, String article, boolean mayReturn, boolean current) {
    }

    /** A row of the history. */
    public record History(Instant at, String actor, String action, @Nullable LocalizedText from,
                          @Nullable LocalizedText to, @Nullable String comment, @Nullable String files) {
    }

    /** A file of the evaluation. */
    public record File(long id, String kind, String fileName, long size, Instant uploadedAt, String uploadedBy) {
    }

    /** An indicator experts score (a leaf of the scheme's tree). */
    public record Indicator(String code, LocalizedText name, BigDecimal weight) {
    }

    /** An expert's seat; the scores only for the bureau and the expert themself. */
    public record Seat(String expertName, String username, @Nullable BigDecimal total,
                       Map<String, BigDecimal> scores, @Nullable String opinion, @Nullable Instant scoredAt) {
    }

    /** What the user may do now. */
    public enum Action { SUBMIT, UPLOAD, APPROVE, RETURN, SCORE, DECIDE, REPORT, RECHECK }

    /** An evaluation's page, with the figures of the center's submitted annual reports (where its policy asks for them). */
    public record Detail(Row row, String roundTitle, List<Step> steps, List<History> history,
                         @Nullable String selfSummary, Map<String, BigDecimal> selfScores, List<File> files,
                         List<Indicator> indicators, List<Seat> seats, @Nullable LocalizedText reason,
                         @Nullable String article, @Nullable LocalDate effectiveOn, @Nullable LocalDate rectifyDue,
                         @Nullable String rectificationReport, @Nullable Boolean recheckPassed,
                         boolean submissionMissing, LocalizedText mappingSummary, String schemeArticle,
                         Set<Action> actions, List<org.ticportal.core.report.ReportFigure> reportFigures) {
    }

    /** One evaluation in a center's grade history. */
    public record Grade(long evaluationId, String roundTitle, LocalDate decidedOn, @Nullable BigDecimal score,
                        LocalizedText grade, Outcome outcome, boolean outstanding, boolean recommendUpward,
                        boolean submissionMissing, LocalizedText reason, @Nullable String article,
                        @Nullable Boolean recheckPassed) {
    }
}
