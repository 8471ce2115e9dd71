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

/** What the evaluation screens show; records built by {@link EvaluationService} within the user's scope. */
public final class EvaluationViews {

    private EvaluationViews() {
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
