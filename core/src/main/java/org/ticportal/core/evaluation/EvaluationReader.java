package org.ticportal.core.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;

/**
 * Reading the evaluations (绩效评估, art. 14 of the Xinzhou measures) within the user's scope: the grid's pages,
 * filtered and sorted in the database; an evaluation's page (its procedure's steps, history, files, the experts'
 * scores as far as the user may see them, and what the user may do now); its files; a center's grade history.
 *
 * <p>Every public method has its roles and applies the row-level scope ({@link EvaluationAccess}): the bureau its
 * jurisdiction, a county body the centers it supervises, a lead unit its own, an expert only the evaluations they were
 * drawn for; an evaluation outside it is {@code evaluation.notFound}.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationReader {

    private static final Set<String> SORTABLE = Set.of("centerName", "leadUnitName", "state", "stepDue", "score",
            "decidedOn", "outcome");
    private static final int PAGE = 200;

    private final EvaluationRoundRepository rounds;
    private final EvaluationRepository evaluations;
    private final EvaluationStepRecordRepository history;
    private final EvaluationFileRepository files;
    private final EvaluationSeatRepository seats;
    private final EvaluationFiles storage;
    private final EvaluationAccess access;
    private final EvaluationEngine engine;
    private final UserService users;
    private final AnnualReportService reports;

    EvaluationReader(EvaluationRoundRepository rounds, EvaluationRepository evaluations,
                     EvaluationStepRecordRepository history, EvaluationFileRepository files,
                     EvaluationSeatRepository seats, EvaluationFiles storage, EvaluationAccess access,
                     EvaluationEngine engine, UserService users, AnnualReportService reports) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.history = history;
        this.files = files;
        this.seats = seats;
        this.storage = storage;
        this.access = access;
        this.engine = engine;
        this.users = users;
        this.reports = reports;
    }

    /** One page of the evaluations the user may see, filtered and sorted in the database. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT', 'API_CLIENT')")
    public List<EvaluationViews.Row> list(EvaluationFilter filter, Pageable pageable) {
        return evaluations.findAll(specification(filter), sortable(pageable)).map(engine::row).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT', 'API_CLIENT')")
    public long count(EvaluationFilter filter) {
        return evaluations.count(specification(filter));
    }

    /** The filter's rows in the user's scope; those to score only at a scoring step of their policy's procedure. */
    private Specification<Evaluation> specification(EvaluationFilter filter) {
        Specification<Evaluation> rows = filter.toSpecification(users.currentScope(), AuditService.currentActor());
        return filter.toScore() ? rows.and(engine.atStepOf(EvaluationStepKind.PANEL_SCORING)) : rows;
    }

    private static Pageable sortable(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        sort = sort.isUnsorted() ? Sort.by(Sort.Order.desc("id")) : sort.and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), PAGE), sort);
    }

    /** A center's grade history (its decided evaluations, oldest first), for those who may see the center. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<EvaluationViews.Grade> gradeHistory(long centerId) {
        AccessScope scope = users.currentScope();
        List<EvaluationViews.Grade> out = new ArrayList<>();
        for (Evaluation e : evaluations.findDecidedOf(centerId)) {
            if (!access.sees(scope, e)) {
                continue;
            }
            String title = rounds.findById(e.getRoundId()).map(EvaluationRound::getTitle).orElse("");
            out.add(new EvaluationViews.Grade(e.getId(), title, java.util.Objects.requireNonNull(e.getDecidedOn()),
                    e.getScore(), java.util.Objects.requireNonNull(e.getGradeName()),
                    java.util.Objects.requireNonNull(e.getOutcome()), e.isOutstanding(), e.isRecommendUpward(),
                    e.isSubmissionMissing(), java.util.Objects.requireNonNull(e.getReason()), e.getArticle(),
                    e.getRecheckPassed()));
        }
        return out;
    }

    /** An evaluation's page; {@code evaluation.notFound} outside the user's scope. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT')")
    public EvaluationViews.Detail get(long id) {
        Evaluation e = access.visible(id);
        EvaluationScheme scheme = engine.scheme(e.getPin());
        AccessScope scope = users.currentScope();
        String me = AuditService.currentActor();
        boolean staff = scope.role() == org.ticportal.core.user.Role.ADMIN
                || scope.role() == org.ticportal.core.user.Role.BUREAU;
        List<EvaluationViews.Step> steps = scheme.procedure().steps().stream().map(s -> new EvaluationViews.Step(
                s.code(), s.name(), s.actor(), s.kind(), s.workingDays(), s.formCode(), s.article(), s.mayReturn(),
                s.code().equals(e.getStepCode()))).toList();
        List<EvaluationViews.History> rows = history.findByEvaluationIdOrderByAtAscIdAsc(id).stream()
                .map(h -> new EvaluationViews.History(h.getAt(), h.getActor(), h.getAction(),
                        EvaluationEngine.stepName(scheme, h.getFromStep()),
                        EvaluationEngine.stepName(scheme, h.getToStep()), h.getComment(), h.getFiles())).toList();
        List<EvaluationViews.File> fileRows = files.findByEvaluationIdOrderByIdAsc(id).stream()
                .filter(f -> !f.isDeleted()).map(f -> new EvaluationViews.File(f.getId(), f.getKind().name(),
                        f.getFileName(), f.getSize(), f.getUploadedAt(), f.getUploadedBy())).toList();
        List<EvaluationViews.Seat> seatRows = seats.findByEvaluationIdOrderBySeatOrderAsc(id).stream()
                .filter(s -> staff || s.getUsername().equals(me))
                .map(s -> new EvaluationViews.Seat(s.getExpertName(), s.getUsername(), s.getTotal(),
                        s.getScoresJson() == null ? Map.of() : EvaluationJson.read(s.getScoresJson()), s.getOpinion(),
                        s.getScoredAt())).toList();
        List<EvaluationViews.Indicator> indicators = scheme.scoredIndicators().stream()
                .map(i -> new EvaluationViews.Indicator(i.code(), i.name(), i.weight())).toList();
        String roundTitle = rounds.findById(e.getRoundId()).map(EvaluationRound::getTitle).orElse("");
        return new EvaluationViews.Detail(engine.row(e), roundTitle, steps, rows, e.getSelfSummary(),
                e.getSelfScoresJson() == null ? Map.of() : EvaluationJson.read(e.getSelfScoresJson()), fileRows,
                indicators, seatRows, e.getReason(), e.getArticle(), e.getEffectiveOn(), e.getRectifyDue(),
                e.getRectificationReport(), e.getRecheckPassed(), e.isSubmissionMissing(), scheme.mappingSummary(),
                scheme.article(), access.actions(e, scheme, scope, me), reports.figuresInScope(e.getCenterId()));
    }

    /** A file of an evaluation the user may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT')")
    public Path file(long evaluationId, long fileId) {
        access.visible(evaluationId);
        EvaluationFile f = files.findById(fileId).filter(x -> x.getEvaluationId() == evaluationId)
                .orElseThrow(() -> new BusinessException("evaluation.fileMissing"));
        Path path = storage.open(f.getStored());
        if (path == null) {
            throw new BusinessException("evaluation.fileMissing");
        }
        return path;
    }
}
