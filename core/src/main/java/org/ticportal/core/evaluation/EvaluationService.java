package org.ticportal.core.evaluation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.center.CenterStanding;
import org.ticportal.core.form.FormService;
import org.ticportal.core.center.CenterStandingRow;
import org.ticportal.core.center.CenterStatus;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.expert.EvaluationDraws;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.CycleBasis;
import org.ticportal.policy.api.evaluation.EvaluationDecision;
import org.ticportal.policy.api.evaluation.EvaluationHistory;
import org.ticportal.policy.api.evaluation.EvaluationProcedure;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.policy.api.panel.ExpertPanelRules;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Performance evaluation (绩效评估, art. 14 of the Xinzhou measures), run on the policy's {@link EvaluationScheme}: the
 * bureau opens a round for the centers due (by the scheme's cycle and basis); each center's evaluation goes through
 * the scheme's {@link EvaluationProcedure} — the lead unit's self-assessment with evidence by the deadline, reviews
 * by the supervising department and the bureau (each may send it back one step with a reason), the experts drawn from
 * the pool by the scheme's panel rules scoring the indicators; the bureau then records the result: the total
 * aggregated per the panel rules, the grade, and the outcome the policy's mapping gives for the grade and the center's
 * history (earlier failures in a row and in total, a rectification under way, a provisional center). A center that did
 * not submit by the deadline is decided with the lowest grade and a missing submission ({@link EvaluationCloser}).
 * The outcome takes effect on the center, after the scheme's result notice when it has one: retain (with the
 * outstanding and recommend-upward flags), rectify until a deadline then the bureau's re-check of the lead unit's
 * report (active again or revoked), revoke, or confirm a provisional center.
 *
 * <p>Every public method has its roles and applies the row-level scope: the bureau its jurisdiction, a county body the
 * centers it supervises, a lead unit its own, an expert only the evaluations they were drawn for. Every change is a
 * history row of the evaluation and an audit event; stale edits are refused ({@code evaluation.stale}).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private static final Set<String> SORTABLE = Set.of("centerName", "leadUnitName", "state", "stepDue", "score",
            "decidedOn", "outcome");
    private static final int PAGE = 200;
    /** How names are listed and parts of a history comment joined (Chinese: the list comma and the semicolon). */
    private static final String LIST_SEP = CoreMessages.text("center.coBuilders.separator").zh();
    private static final String PART_SEP = CoreMessages.text("evaluation.history.separator").zh();

    private final EvaluationRoundRepository rounds;
    private final EvaluationRepository evaluations;
    private final EvaluationStepRecordRepository history;
    private final EvaluationFileRepository files;
    private final EvaluationSeatRepository seats;
    private final EvaluationFiles storage;
    private final CenterStanding centers;
    private final EvaluationDraws draws;
    private final PolicyProviders providers;
    private final JurisdictionPolicyService jurisdictions;
    private final PolicySettingsService settings;
    private final WorkingDayCalendar calendar;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    private final AnnualReportService reports;
    private final FormService forms;

    EvaluationService(EvaluationRoundRepository rounds, EvaluationRepository evaluations,
                      EvaluationStepRecordRepository history, EvaluationFileRepository files,
                      EvaluationSeatRepository seats, EvaluationFiles storage, CenterStanding centers,
                      EvaluationDraws draws, PolicyProviders providers, JurisdictionPolicyService jurisdictions,
                      PolicySettingsService settings, WorkingDayCalendar calendar, UserService users,
                      AuditService audit, PortalTime time, ApplicationEventPublisher events,
                      AnnualReportService reports, FormService forms) {
        this.reports = reports;
        this.forms = forms;
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.history = history;
        this.files = files;
        this.seats = seats;
        this.storage = storage;
        this.centers = centers;
        this.draws = draws;
        this.providers = providers;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.calendar = calendar;
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    // ----------------------------------------------------------------------------------------------- rounds

    /** The jurisdiction's active policy, whose scheme a new round runs on; {@code evaluation.noPolicy} if none. */
    private StartedPolicy policyOf(String jurisdictionCode) {
        return jurisdictions.activePolicy(jurisdictionCode)
                .orElseThrow(() -> new BusinessException("evaluation.noPolicy", jurisdictionCode));
    }

    private String bureauJurisdiction() {
        AccessScope scope = users.currentScope();
        if (scope.jurisdictionCode() == null) {
            throw new BusinessException("evaluation.noJurisdiction");
        }
        return scope.jurisdictionCode();
    }

    /** One page of the centers of the bureau's jurisdiction due for evaluation by the day, in the database. */
    @PreAuthorize("hasRole('BUREAU')")
    public List<CenterStandingRow> dueCenters(LocalDate dueBy, Pageable pageable) {
        String jurisdiction = bureauJurisdiction();
        StartedPolicy policy = policyOf(jurisdiction);
        EvaluationScheme scheme = scheme(policy.pin());
        return centers.due(jurisdiction, policy.policyId(), dueBy, scheme.cycleYears(),
                scheme.cycleBasis() == CycleBasis.BATCH, pageable);
    }

    @PreAuthorize("hasRole('BUREAU')")
    public long dueCount(LocalDate dueBy) {
        String jurisdiction = bureauJurisdiction();
        StartedPolicy policy = policyOf(jurisdiction);
        EvaluationScheme scheme = scheme(policy.pin());
        return centers.dueCount(jurisdiction, policy.policyId(), dueBy, scheme.cycleYears(),
                scheme.cycleBasis() == CycleBasis.BATCH);
    }

    /**
     * The bureau opens a round for every center of its jurisdiction due by {@code dueBy} under its active policy:
     * each gets an evaluation at the procedure's first step (the self-assessment) with its time limit counted in
     * working days from today, and its lead unit is told. Refused when no center is due.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public EvaluationViews.RoundRow openRound(String title, LocalDate dueBy) {
        if (title == null || title.isBlank()) {
            throw BusinessException.onField("title", "evaluation.titleRequired");
        }
        String jurisdiction = bureauJurisdiction();
        StartedPolicy policy = policyOf(jurisdiction);
        EvaluationScheme scheme = scheme(policy.pin());
        boolean batch = scheme.cycleBasis() == CycleBasis.BATCH;
        EvaluationStep first = scheme.procedure().first();
        LocalDate today = time.today();
        LocalDate due = dueIn(today, first.workingDays());
        EvaluationRound round = rounds.saveAndFlush(new EvaluationRound(jurisdiction, policy.pin(), title, dueBy, today,
                due, time.now(), AuditService.currentActor()));
        int count = 0;
        // the centers taken leave the due list (their evaluation is open), so the first page is read again each time
        while (true) {
            List<CenterStandingRow> page = centers.due(jurisdiction, policy.policyId(), dueBy, scheme.cycleYears(),
                    batch, PageRequest.of(0, PAGE));
            if (page.isEmpty()) {
                break;
            }
            for (CenterStandingRow c : page) {
                centers.evaluationOpened(c.id(), "round " + round.getId());
                Evaluation e = evaluations.save(new Evaluation(round.getId(), c, policy.pin(), first.code(),
                        time.now(), due));
                evaluations.flush();
                record(e, AuditAction.OPENED, null, first.code(), title, null);
                tell(e, first, due);
                count++;
            }
        }
        if (count == 0) {
            throw new BusinessException("evaluation.noneDue", dueBy);
        }
        round.centers(count);
        rounds.saveAndFlush(round);
        audit.record(AuditSubject.EVALUATION, "round " + round.getId(), AuditAction.ROUND_OPENED, null,
                count + " centers", title + "; due by " + dueBy + "; self-assessment due " + due);
        return roundRow(round);
    }

    /** One page of the rounds of the user's jurisdiction, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<EvaluationViews.RoundRow> rounds(Pageable pageable) {
        return rounds.findAll(roundScope(users.currentScope()), PageRequest.of(pageable.getPageNumber(),
                        Math.min(Math.max(pageable.getPageSize(), 1), PAGE), Sort.by(Sort.Order.desc("openedOn"),
                                Sort.Order.desc("id"))))
                .map(EvaluationService::roundRow).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public long roundCount() {
        return rounds.count(roundScope(users.currentScope()));
    }

    private static org.springframework.data.jpa.domain.Specification<EvaluationRound> roundScope(AccessScope scope) {
        return (root, query, cb) -> scope.jurisdictionCode() == null || scope.role() == org.ticportal.core.user.Role.ADMIN
                ? cb.conjunction() : cb.equal(root.get("jurisdictionCode"), scope.jurisdictionCode());
    }

    private static EvaluationViews.RoundRow roundRow(EvaluationRound r) {
        return new EvaluationViews.RoundRow(r.getId(), r.getTitle(), r.getDueBy(), r.getOpenedOn(),
                r.getSubmissionDue(), r.getCenters(), r.getOpenedBy());
    }

    // ----------------------------------------------------------------------------------------------- lists

    /** One page of the evaluations the user may see, filtered and sorted in the database. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT', 'API_CLIENT')")
    public List<EvaluationViews.Row> list(EvaluationFilter filter, Pageable pageable) {
        return evaluations.findAll(filter.toSpecification(users.currentScope(), AuditService.currentActor()),
                sortable(pageable)).map(this::row).getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT', 'API_CLIENT')")
    public long count(EvaluationFilter filter) {
        return evaluations.count(filter.toSpecification(users.currentScope(), AuditService.currentActor()));
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
            if (!sees(scope, e)) {
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

    // ----------------------------------------------------------------------------------------------- waiting

    /** The most evaluations 我的待办 lists; beyond it, the user works in 绩效评估's grid. */
    public static final int MAX_WAITING = 200;

    /**
     * The evaluations waiting for the logged-in user (我的待办), within their scope and selected in the database,
     * longest waiting first, at most {@code limit}: the lead unit's self-assessment before its deadline and its
     * rectification report, the supervising department's or the bureau's review or acceptance step, the bureau's
     * decision once every drawn expert scored and its re-check of a rectification (reported, or its period ended), an
     * expert's scoring while their seat has no score. The steps are the policy's: each open evaluation's pinned scheme
     * says which of its steps are whose. The administrator, who may act on all, has none waiting.
     */
    @PreAuthorize("isAuthenticated()")
    public EvaluationViews.WaitingList waitingForMe(int limit) {
        if (limit < 1 || limit > MAX_WAITING) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_WAITING + ": " + limit);
        }
        AccessScope scope = users.currentScope();
        String me = AuditService.currentActor();
        if (scope.role() == org.ticportal.core.user.Role.ADMIN) {
            return new EvaluationViews.WaitingList(List.of(), false);
        }
        LocalDate today = time.today();
        Map<PolicyPin, EvaluationScheme> schemes = new LinkedHashMap<>();
        for (Object[] row : evaluations.openPins()) {
            PolicyPin pin = new PolicyPin((String) row[0], (String) row[1], (String) row[2]);
            try {
                schemes.put(pin, scheme(pin));
            } catch (RuntimeException ex) {
                // a policy version that cannot be read now offers no step
            }
        }
        org.springframework.data.jpa.domain.Specification<Evaluation> waiting = (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> any = new ArrayList<>();
            schemes.forEach((pin, scheme) -> {
                for (EvaluationStep step : scheme.procedure().steps()) {
                    EvaluationViews.Task task = taskAt(scope, step);
                    if (task == null) {
                        continue;
                    }
                    jakarta.persistence.criteria.Predicate at = cb.and(
                            cb.equal(root.get("state"), EvaluationState.IN_PROGRESS),
                            cb.equal(root.get("policyId"), pin.policyId()),
                            cb.equal(root.get("pluginId"), pin.pluginId()),
                            cb.equal(root.get("pluginVersion"), pin.pluginVersion()),
                            cb.equal(root.get("stepCode"), step.code()));
                    switch (task) {
                        case SELF_ASSESSMENT -> at = cb.and(at, cb.or(cb.isNull(root.get("stepDue")),
                                cb.greaterThanOrEqualTo(root.get("stepDue"), today)));
                        case SCORE -> {
                            var seat = query.subquery(Long.class);
                            var s = seat.from(EvaluationSeat.class);
                            seat.select(s.get("id")).where(cb.equal(s.get("evaluationId"), root.get("id")),
                                    cb.equal(s.get("username"), me), cb.isNull(s.get("total")));
                            at = cb.and(at, cb.exists(seat));
                        }
                        case DECIDE -> {
                            var seated = query.subquery(Long.class);
                            var s = seated.from(EvaluationSeat.class);
                            seated.select(s.get("id")).where(cb.equal(s.get("evaluationId"), root.get("id")));
                            var unscored = query.subquery(Long.class);
                            var u = unscored.from(EvaluationSeat.class);
                            unscored.select(u.get("id")).where(cb.equal(u.get("evaluationId"), root.get("id")),
                                    cb.isNull(u.get("total")));
                            at = cb.and(at, cb.exists(seated), cb.not(cb.exists(unscored)));
                        }
                        default -> {
                        }
                    }
                    any.add(at);
                }
            });
            jakarta.persistence.criteria.Predicate rectifying = cb.equal(root.get("state"),
                    EvaluationState.RECTIFYING);
            if (scope.role() == org.ticportal.core.user.Role.APPLICANT) {
                any.add(cb.and(rectifying, cb.isNull(root.get("rectificationReport"))));
            } else if (scope.role() == org.ticportal.core.user.Role.BUREAU) {
                any.add(cb.and(rectifying, cb.or(cb.isNotNull(root.get("rectificationReport")),
                        cb.lessThan(root.get("rectifyDue"), today))));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        List<Evaluation> found = evaluations.findAll(EvaluationFilter.ALL.toSpecification(scope, me).and(waiting),
                PageRequest.of(0, limit + 1, Sort.by("updatedAt", "id"))).getContent();
        List<EvaluationViews.Waiting> rows = new ArrayList<>();
        for (Evaluation e : found.subList(0, Math.min(limit, found.size()))) {
            rows.add(waiting(e, scope, schemes.get(e.getPin()), today));
        }
        return new EvaluationViews.WaitingList(rows, found.size() > limit);
    }

    /** What the scope does at the step, if the step is the scope's (as {@link #actions} offers it). */
    private static EvaluationViews.@Nullable Task taskAt(AccessScope scope, EvaluationStep step) {
        org.ticportal.core.user.Role role = scope.role();
        return switch (step.kind()) {
            case SELF_ASSESSMENT -> role == org.ticportal.core.user.Role.APPLICANT
                    ? EvaluationViews.Task.SELF_ASSESSMENT : null;
            case REVIEW, ACCEPTANCE -> switch (step.actor()) {
                case RECOMMENDING_BODY -> role == org.ticportal.core.user.Role.COUNTY
                        ? EvaluationViews.Task.REVIEW : null;
                case AUTHORITY, DECISION_BODY -> role == org.ticportal.core.user.Role.BUREAU
                        ? EvaluationViews.Task.REVIEW : null;
                case APPLICANT, UNIT_ADMINISTRATOR -> role == org.ticportal.core.user.Role.APPLICANT
                        ? EvaluationViews.Task.REVIEW : null;
                case EXPERT_PANEL, SYSTEM -> null;
            };
            case PANEL_SCORING -> role == org.ticportal.core.user.Role.EXPERT ? EvaluationViews.Task.SCORE
                    : role == org.ticportal.core.user.Role.BUREAU ? EvaluationViews.Task.DECIDE : null;
        };
    }

    private EvaluationViews.Waiting waiting(Evaluation e, AccessScope scope, @Nullable EvaluationScheme scheme,
                                            LocalDate today) {
        EvaluationViews.Task task;
        LocalizedText stepName = null;
        Instant since;
        LocalDate due;
        if (e.getState() == EvaluationState.RECTIFYING) {
            boolean bureau = scope.role() == org.ticportal.core.user.Role.BUREAU;
            task = bureau ? EvaluationViews.Task.RECHECK : EvaluationViews.Task.REPORT;
            since = bureau && e.getRectificationAt() != null ? e.getRectificationAt() : e.getUpdatedAt();
            due = bureau ? null : e.getRectifyDue();
        } else {
            EvaluationStep step = scheme == null ? null
                    : scheme.procedure().step(java.util.Objects.requireNonNull(e.getStepCode())).orElse(null);
            task = step == null ? EvaluationViews.Task.REVIEW
                    : java.util.Objects.requireNonNullElse(taskAt(scope, step), EvaluationViews.Task.REVIEW);
            stepName = scheme == null ? null : stepName(scheme, e.getStepCode());
            since = e.getStepSince() == null ? e.getUpdatedAt() : e.getStepSince();
            due = e.getStepDue();
        }
        return new EvaluationViews.Waiting(e.getId(), e.getCenterName(), e.getLeadUnitName(), task, stepName, since,
                due, due == null ? null : calendar.workingDaysAfter(today, due), due != null && due.isBefore(today));
    }

    // ----------------------------------------------------------------------------------------------- one evaluation

    /** An evaluation's page; {@code evaluation.notFound} outside the user's scope. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT')")
    public EvaluationViews.Detail get(long id) {
        Evaluation e = visible(id);
        EvaluationScheme scheme = scheme(e.getPin());
        AccessScope scope = users.currentScope();
        String me = AuditService.currentActor();
        boolean staff = scope.role() == org.ticportal.core.user.Role.ADMIN
                || scope.role() == org.ticportal.core.user.Role.BUREAU;
        List<EvaluationViews.Step> steps = scheme.procedure().steps().stream().map(s -> new EvaluationViews.Step(
                s.code(), s.name(), s.actor(), s.kind(), s.workingDays(), s.formCode(), s.article(), s.mayReturn(),
                s.code().equals(e.getStepCode()))).toList();
        List<EvaluationViews.History> rows = history.findByEvaluationIdOrderByAtAscIdAsc(id).stream()
                .map(h -> new EvaluationViews.History(h.getAt(), h.getActor(), h.getAction(),
                        stepName(scheme, h.getFromStep()), stepName(scheme, h.getToStep()), h.getComment(),
                        h.getFiles())).toList();
        List<EvaluationViews.File> fileRows = files.findByEvaluationIdOrderByIdAsc(id).stream()
                .filter(f -> !f.isDeleted()).map(f -> new EvaluationViews.File(f.getId(), f.getKind().name(), f.getFileName(), f.getSize(),
                        f.getUploadedAt(), f.getUploadedBy())).toList();
        List<EvaluationViews.Seat> seatRows = seats.findByEvaluationIdOrderBySeatOrderAsc(id).stream()
                .filter(s -> staff || s.getUsername().equals(me))
                .map(s -> new EvaluationViews.Seat(s.getExpertName(), s.getUsername(), s.getTotal(),
                        s.getScoresJson() == null ? Map.of() : EvaluationJson.read(s.getScoresJson()), s.getOpinion(),
                        s.getScoredAt())).toList();
        List<EvaluationViews.Indicator> indicators = scheme.scoredIndicators().stream()
                .map(i -> new EvaluationViews.Indicator(i.code(), i.name(), i.weight())).toList();
        String roundTitle = rounds.findById(e.getRoundId()).map(EvaluationRound::getTitle).orElse("");
        return new EvaluationViews.Detail(row(e), roundTitle, steps, rows, e.getSelfSummary(),
                e.getSelfScoresJson() == null ? Map.of() : EvaluationJson.read(e.getSelfScoresJson()), fileRows,
                indicators, seatRows, e.getReason(), e.getArticle(), e.getEffectiveOn(), e.getRectifyDue(),
                e.getRectificationReport(), e.getRecheckPassed(), e.isSubmissionMissing(), scheme.mappingSummary(),
                scheme.article(), actions(e, scheme, scope, me), reports.figuresInScope(e.getCenterId()));
    }

    /** A file of an evaluation the user may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'EXPERT')")
    public Path file(long evaluationId, long fileId) {
        visible(evaluationId);
        EvaluationFile f = files.findById(fileId).filter(x -> x.getEvaluationId() == evaluationId)
                .orElseThrow(() -> new BusinessException("evaluation.fileMissing"));
        Path path = storage.open(f.getStored());
        if (path == null) {
            throw new BusinessException("evaluation.fileMissing");
        }
        return path;
    }

    /**
     * The lead unit files its self-assessment at the procedure's first step, before its deadline: a summary and, per
     * indicator, a self-score not above its weight; its evidence uploaded before ({@link #upload}). The evaluation
     * moves to the next step. Where the step has a form the policy ships, the self-assessment is filed on it instead
     * ({@link SelfAssessmentForms#submit}) and this is refused.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    public EvaluationViews.Row submitSelfAssessment(long id, long version, String summary,
                                                    Map<String, BigDecimal> selfScores) {
        Evaluation e = editable(id, version);
        EvaluationStep step = selfAssessing(e);
        if (onForm(e, step)) {
            throw new BusinessException("evaluation.useForm");
        }
        if (summary == null || summary.isBlank()) {
            throw BusinessException.onField("summary", "evaluation.summaryRequired");
        }
        return fileSelfAssessment(e, step, summary, selfScores);
    }

    /** Whether the step is filled in on a form the policy ships (else a summary, self-scores and evidence files). */
    boolean onForm(Evaluation e, EvaluationStep step) {
        return step.formCode() != null && forms.hasForm(e.getPin(), step.formCode());
    }

    /** The step of an evaluation whose self-assessment the user's own unit may still file; refused otherwise. */
    EvaluationStep selfAssessing(Evaluation e) {
        EvaluationStep step = current(e, scheme(e.getPin()));
        requireActor(e, step, EvaluationStepKind.SELF_ASSESSMENT);
        if (e.getSubmittedAt() != null) {
            throw new BusinessException("evaluation.notYours");
        }
        if (e.getStepDue() != null && time.today().isAfter(e.getStepDue())) {
            throw new BusinessException("evaluation.deadlinePassed", e.getStepDue());
        }
        return step;
    }

    /** Whether {@link #selfAssessing} would let the user's own unit file the self-assessment now (nothing thrown). */
    boolean maySelfAssess(Evaluation e) {
        if (e.getState() != EvaluationState.IN_PROGRESS || e.getStepCode() == null || e.getSubmittedAt() != null
                || e.getStepDue() != null && time.today().isAfter(e.getStepDue())) {
            return false;
        }
        EvaluationStep step = scheme(e.getPin()).procedure().step(e.getStepCode()).orElse(null);
        return step != null && step.kind() == EvaluationStepKind.SELF_ASSESSMENT
                && mayAct(users.currentScope(), e, step);
    }

    /** Files the self-assessment (its self-scores checked against the weights) and moves to the next step. */
    EvaluationViews.Row fileSelfAssessment(Evaluation e, EvaluationStep step, String summary,
                                           Map<String, BigDecimal> selfScores) {
        EvaluationScheme scheme = scheme(e.getPin());
        Map<String, BigDecimal> checked = checkedScores(scheme, selfScores, false);
        e.selfAssessment(summary, EvaluationJson.write(checked), time.now());
        String fileNames = String.join(LIST_SEP, files.findByEvaluationIdOrderByIdAsc(e.getId()).stream()
                .filter(f -> f.getKind() == EvaluationFile.Kind.EVIDENCE && !f.isDeleted())
                .map(EvaluationFile::getFileName).toList());
        advance(e, scheme, step, AuditAction.SUBMITTED, null, fileNames.isEmpty() ? null : fileNames);
        return row(e);
    }

    /** The lead unit uploads evidence (self-assessment) or a rectification file while that is its to do. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    public EvaluationViews.File upload(long id, String fileName, InputStream content) {
        Evaluation e = visible(id);
        AccessScope scope = users.currentScope();
        EvaluationFile.Kind kind;
        if (e.getState() == EvaluationState.RECTIFYING && e.getRectificationReport() == null) {
            kind = EvaluationFile.Kind.RECTIFICATION;
        } else if (e.getState() == EvaluationState.IN_PROGRESS && e.getSubmittedAt() == null
                && current(e, scheme(e.getPin())).kind() == EvaluationStepKind.SELF_ASSESSMENT) {
            if (onForm(e, current(e, scheme(e.getPin())))) {
                throw new BusinessException("evaluation.useForm");
            }
            kind = EvaluationFile.Kind.EVIDENCE;
        } else {
            throw new BusinessException("evaluation.notYours");
        }
        if (!leadUnit(scope, e)) {
            throw new BusinessException("evaluation.notYours");
        }
        EvaluationFiles.Stored stored = storage.store(fileName, content, time.today());
        EvaluationFile f = files.saveAndFlush(new EvaluationFile(id, kind, fileName, stored.path(), stored.sha256(),
                stored.size(), time.now(), AuditService.currentActor()));
        audit.record(AuditSubject.EVALUATION, Long.toString(id), kind == EvaluationFile.Kind.RECTIFICATION
                ? AuditAction.FILE_RECTIFICATION : AuditAction.FILE_EVIDENCE, null, fileName,
                stored.sha256());
        return new EvaluationViews.File(f.getId(), kind.name(), fileName, f.getSize(), f.getUploadedAt(),
                f.getUploadedBy());
    }

    /**
     * The actor of a review or acceptance step passes it on to the next step; entering the panel's scoring draws the
     * experts from the pool by the scheme's panel rules (refused, and nothing moved, when the pool cannot serve them).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public EvaluationViews.Row approve(long id, long version, @Nullable String comment) {
        Evaluation e = editable(id, version);
        EvaluationScheme scheme = scheme(e.getPin());
        EvaluationStep step = current(e, scheme);
        requireActor(e, step, null);
        if (step.kind() != EvaluationStepKind.REVIEW && step.kind() != EvaluationStepKind.ACCEPTANCE) {
            throw new BusinessException("evaluation.notYours");
        }
        advance(e, scheme, step, AuditAction.APPROVED, comment, null);
        return row(e);
    }

    /** The actor of a step that may return sends the evaluation back one step, with a reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public EvaluationViews.Row sendBack(long id, long version, String reason) {
        Evaluation e = editable(id, version);
        EvaluationScheme scheme = scheme(e.getPin());
        EvaluationStep step = current(e, scheme);
        requireActor(e, step, null);
        if (!step.mayReturn()) {
            throw new BusinessException("evaluation.mayNotReturn", step.name().zh());
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "evaluation.reasonRequired");
        }
        EvaluationStep back = scheme.procedure().previous(step.code()).orElseThrow();
        LocalDate due = dueIn(time.today(), back.workingDays());
        e.enter(back.code(), time.now(), due);
        if (back.kind() == EvaluationStepKind.SELF_ASSESSMENT) {
            e.selfAssessmentReturned();
        }
        save(e);
        record(e, AuditAction.RETURNED, step.code(), back.code(), reason, null);
        tell(e, back, due);
        return row(e);
    }

    /** An expert drawn for the evaluation scores each indicator (not above its weight), with an opinion. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public EvaluationViews.Row score(long id, Map<String, BigDecimal> scores, @Nullable String opinion) {
        Evaluation e = visible(id);
        EvaluationScheme scheme = scheme(e.getPin());
        if (e.getState() != EvaluationState.IN_PROGRESS
                || current(e, scheme).kind() != EvaluationStepKind.PANEL_SCORING) {
            throw new BusinessException("evaluation.notAtScoring");
        }
        EvaluationSeat seat = seats.findByEvaluationIdAndUsername(id, AuditService.currentActor())
                .orElseThrow(() -> new BusinessException("evaluation.notFound", id));
        Map<String, BigDecimal> checked = checkedScores(scheme, scores, true);
        BigDecimal total = checked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        seat.scored(EvaluationJson.write(checked), total, opinion, time.now());
        seats.saveAndFlush(seat);
        record(e, AuditAction.SCORED, e.getStepCode(), e.getStepCode(), total.toPlainString()
                + (opinion == null || opinion.isBlank() ? "" : PART_SEP + opinion.strip()), null);
        return row(e);
    }

    /**
     * The bureau records the result once every expert scored (art. 14: 参考评估结果，决定保留、整改或撤销): the total
     * aggregated per the panel rules, the grade, the policy's decision on the grade and the center's history; the
     * outcome takes effect now, or after the scheme's result notice.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public EvaluationViews.Row decide(long id, long version) {
        Evaluation e = editable(id, version);
        EvaluationScheme scheme = scheme(e.getPin());
        EvaluationStep step = current(e, scheme);
        if (step.kind() != EvaluationStepKind.PANEL_SCORING || !authority(users.currentScope(), e)) {
            throw new BusinessException("evaluation.notAtScoring");
        }
        List<EvaluationSeat> panel = seats.findByEvaluationIdOrderBySeatOrderAsc(id);
        if (panel.isEmpty() || panel.stream().anyMatch(s -> s.getTotal() == null)) {
            throw new BusinessException("evaluation.scoresMissing",
                    panel.stream().filter(s -> s.getTotal() == null).map(EvaluationSeat::getExpertName).toList());
        }
        ExpertPanelRules rules = scheme.panelRules();
        BigDecimal total = rules.aggregation().aggregate(panel.stream().map(EvaluationSeat::getTotal)
                .map(java.util.Objects::requireNonNull).toList());
        Grade grade = scheme.gradeFor(total).orElse(scheme.lowestGrade());
        conclude(e, scheme, total, grade, false);
        return row(e);
    }

    /**
     * Decides an evaluation whose self-assessment was not submitted by its deadline: the lowest grade, the history's
     * missing submission, and the policy's decision. Called by {@link EvaluationCloser} as the portal.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean closeMissing(long id) {
        Evaluation e = evaluations.findById(id).orElseThrow();
        EvaluationScheme scheme = scheme(e.getPin());
        if (e.getState() != EvaluationState.IN_PROGRESS || e.getSubmittedAt() != null || e.getStepDue() == null
                || !time.today().isAfter(e.getStepDue())
                || current(e, scheme).kind() != EvaluationStepKind.SELF_ASSESSMENT) {
            return false;
        }
        record(e, AuditAction.MISSING, e.getStepCode(), null, null, null);
        conclude(e, scheme, null, scheme.lowestGrade(), true);
        return true;
    }

    /** Applies the outcome of an evaluation whose result notice ended. Called by {@link EvaluationCloser}. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean applyNoticed(long id) {
        Evaluation e = evaluations.findById(id).orElseThrow();
        if (e.getState() != EvaluationState.NOTICE || e.getEffectiveOn() == null
                || e.getEffectiveOn().isAfter(time.today())) {
            return false;
        }
        apply(e);
        return true;
    }

    /** The lead unit reports its rectification (a text; files uploaded before). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    public EvaluationViews.Row reportRectification(long id, long version, String report) {
        Evaluation e = editable(id, version);
        if (e.getState() != EvaluationState.RECTIFYING || !leadUnit(users.currentScope(), e)) {
            throw new BusinessException("evaluation.notYours");
        }
        if (e.getRectificationReport() != null) {
            throw new BusinessException("evaluation.reportFiled");
        }
        if (report == null || report.isBlank()) {
            throw BusinessException.onField("report", "evaluation.reportRequired");
        }
        e.rectificationReported(report, time.now());
        save(e);
        String names = String.join(LIST_SEP, files.findByEvaluationIdOrderByIdAsc(id).stream()
                .filter(f -> f.getKind() == EvaluationFile.Kind.RECTIFICATION).map(EvaluationFile::getFileName)
                .toList());
        record(e, AuditAction.RECTIFICATION_REPORTED, null, null, report, names.isEmpty() ? null : names);
        events.publishEvent(new EvaluationTask(id, e.getCenterName(), CoreMessages.text("evaluation.task.recheck"),
                null, Actor.AUTHORITY, e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(),
                List.of()));
        return row(e);
    }

    /**
     * The bureau re-checks a rectifying center: after the lead unit's report, or without one once the rectification
     * period has ended. Passed makes the center active again, failed revokes it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public EvaluationViews.Row recheck(long id, long version, boolean passed, String comment) {
        Evaluation e = editable(id, version);
        if (e.getState() != EvaluationState.RECTIFYING || !authority(users.currentScope(), e)) {
            throw new BusinessException("evaluation.notRectifying", e.getCenterName());
        }
        if (e.getRectificationReport() == null && (e.getRectifyDue() == null
                || !time.today().isAfter(e.getRectifyDue()))) {
            throw new BusinessException("evaluation.reportAwaited", e.getRectifyDue());
        }
        if (comment == null || comment.isBlank()) {
            throw BusinessException.onField("comment", "evaluation.reasonRequired");
        }
        e.rechecked(passed, time.now());
        save(e);
        centers.rechecked(e.getCenterId(), passed, "evaluation " + id, comment);
        record(e, passed ? AuditAction.RECHECK_PASSED : AuditAction.RECHECK_FAILED, null, null, comment, null);
        audit.record(AuditSubject.EVALUATION, Long.toString(id), AuditAction.RECHECKED, "RECTIFYING",
                passed ? "ACTIVE" : "REVOKED", comment);
        events.publishEvent(new EvaluationTask(id, e.getCenterName(), CoreMessages.text(
                passed ? "evaluation.task.recheckPassed" : "evaluation.task.recheckFailed"),
                null, null, e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), List.of()));
        return row(e);
    }

    // ----------------------------------------------------------------------------------------------- engine

    private void advance(Evaluation e, EvaluationScheme scheme, EvaluationStep step, AuditAction action,
                         @Nullable String comment, @Nullable String fileNames) {
        EvaluationStep next = scheme.procedure().next(step.code()).orElseThrow();
        LocalDate due = dueIn(time.today(), next.workingDays());
        List<String> experts = List.of();
        if (next.kind() == EvaluationStepKind.PANEL_SCORING && seats.findByEvaluationIdOrderBySeatOrderAsc(
                e.getId()).isEmpty()) {
            experts = drawPanel(e, scheme);
        }
        e.enter(next.code(), time.now(), due);
        save(e);
        record(e, action, step.code(), next.code(), comment, fileNames);
        if (next.kind() == EvaluationStepKind.PANEL_SCORING) {
            events.publishEvent(new EvaluationTask(e.getId(), e.getCenterName(), next.name(), due, Actor.EXPERT_PANEL,
                    e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), experts));
        } else {
            tell(e, next, due);
        }
    }

    private List<String> drawPanel(Evaluation e, EvaluationScheme scheme) {
        CenterStandingRow center = centers.standing(e.getCenterId());
        long seed = EvaluationDraws.seed();
        List<EvaluationDraws.Drawn> drawn = draws.draw(e.getJurisdictionCode(), scheme.panelRules(),
                center.leadUnitName(), center.coBuilderNames(), seed);
        int order = 1;
        for (EvaluationDraws.Drawn d : drawn) {
            seats.save(new EvaluationSeat(e.getId(), d.expertId(), d.username(), d.name(), order++));
        }
        seats.flush();
        e.drawn(seed);
        String skipped = drawn.isEmpty() ? "" : String.join(LIST_SEP, drawn.get(0).skipped());
        record(e, AuditAction.DRAWN, e.getStepCode(), e.getStepCode(), "seed " + seed + PART_SEP
                + String.join(LIST_SEP, drawn.stream().map(EvaluationDraws.Drawn::name).toList())
                + (skipped.isEmpty() ? "" : PART_SEP + CoreMessages.text("evaluation.history.avoided", skipped).zh()), null);
        audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), AuditAction.PANEL_DRAWN, null,
                drawn.stream().map(EvaluationDraws.Drawn::name).toList().toString(), "seed " + seed);
        return drawn.stream().map(EvaluationDraws.Drawn::username).toList();
    }

    /** Total, grade and decision; applied now or after the result notice. */
    private void conclude(Evaluation e, EvaluationScheme scheme, @Nullable BigDecimal total, Grade grade,
                          boolean missing) {
        CenterStandingRow center = centers.standing(e.getCenterId());
        EvaluationHistory past = historyOf(e, center);
        if (missing) {
            past = past.withSubmissionMissing();
        }
        EvaluationDecision decision = scheme.decide(grade, past, settings.settingsFor(e.getPin()));
        LocalDate today = time.today();
        LocalDate effective = scheme.resultNoticeWorkingDays() > 0
                ? calendar.periodFor(today, scheme.resultNoticeWorkingDays(), false).last().plusDays(1) : today;
        LocalDate rectifyUntil = decision.outcome() == Outcome.RECTIFY ? effective.plusMonths(
                decision.rectifyMonths() > 0 ? decision.rectifyMonths() : Math.max(1, scheme.rectifyMonths())) : null;
        String from = e.getStepCode();
        e.decided(total, grade, decision, scheme.article(), missing, today, effective, rectifyUntil, time.now());
        save(e);
        record(e, AuditAction.DECIDED, from, null, (total == null ? "" : total.toPlainString() + PART_SEP) + grade.name().zh() + PART_SEP
                + decision.outcome().name() + PART_SEP + decision.reason().zh(), null);
        audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), AuditAction.DECIDED, null, decision.outcome().name(),
                grade.code() + "; " + total + "; " + past + "; " + decision.reason().zh());
        if (e.getState() == EvaluationState.CLOSED) {
            apply(e);
        }
    }

    private void apply(Evaluation e) {
        centers.evaluated(e.getCenterId(), java.util.Objects.requireNonNull(e.getOutcome()), e.isOutstanding(),
                e.isRecommendUpward(), java.util.Objects.requireNonNull(e.getDecidedOn()),
                java.util.Objects.requireNonNull(e.getGradeName()), e.getRectifyDue(), "evaluation " + e.getId(),
                java.util.Objects.requireNonNull(e.getReason()));
        e.applied(time.now());
        save(e);
        record(e, AuditAction.APPLIED, null, null, e.getOutcome().name(), null);
        events.publishEvent(new EvaluationTask(e.getId(), e.getCenterName(), resultText(e), null, null,
                e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), List.of()));
    }

    private static LocalizedText resultText(Evaluation e) {
        LocalizedText grade = java.util.Objects.requireNonNull(e.getGradeName());
        LocalizedText reason = java.util.Objects.requireNonNull(e.getReason());
        return CoreMessages.text("evaluation.task.result", grade, reason);
    }

    /** The center's history before this evaluation, from its earlier decided evaluations and its status. */
    EvaluationHistory historyOf(Evaluation e, CenterStandingRow center) {
        List<Boolean> passed = evaluations.findDecidedOf(e.getCenterId()).stream()
                .filter(x -> x.getId() != e.getId()).map(x -> Boolean.TRUE.equals(x.getPassing())).toList();
        return EvaluationHistories.of(passed, center.status() == CenterStatus.RECTIFYING,
                center.status() == CenterStatus.PROVISIONAL);
    }

    private Map<String, BigDecimal> checkedScores(EvaluationScheme scheme, Map<String, BigDecimal> given,
                                                  boolean complete) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Indicator i : scheme.scoredIndicators()) {
            BigDecimal v = given == null ? null : given.get(i.code());
            if (v == null) {
                if (complete) {
                    throw BusinessException.onField(i.code(), "evaluation.scoreRequired", i.name().zh());
                }
                continue;
            }
            if (v.signum() < 0 || v.compareTo(i.weight()) > 0) {
                throw BusinessException.onField(i.code(), "evaluation.scoreRange", i.name().zh(),
                        i.weight().toPlainString());
            }
            out.put(i.code(), v);
        }
        return out;
    }

    private @Nullable LocalDate dueIn(LocalDate today, int workingDays) {
        return workingDays > 0 ? calendar.periodFor(today, workingDays, false).last() : null;
    }

    EvaluationScheme scheme(PolicyPin pin) {
        return providers.read(pin, p -> p.evaluation());
    }

    static EvaluationStep current(Evaluation e, EvaluationScheme scheme) {
        if (e.getState() != EvaluationState.IN_PROGRESS || e.getStepCode() == null) {
            throw new BusinessException("evaluation.closed");
        }
        return scheme.procedure().step(e.getStepCode()).orElseThrow(
                () -> new BusinessException("evaluation.unknownStep", e.getStepCode()));
    }

    private static @Nullable LocalizedText stepName(EvaluationScheme scheme, @Nullable String code) {
        return code == null ? null : scheme.procedure().step(code).map(EvaluationStep::name)
                .orElse(new LocalizedText(code, code));
    }

    private void requireActor(Evaluation e, EvaluationStep step, @Nullable EvaluationStepKind kind) {
        if (kind != null && step.kind() != kind || !mayAct(users.currentScope(), e, step)) {
            throw new BusinessException("evaluation.notYours");
        }
    }

    private boolean mayAct(AccessScope scope, Evaluation e, EvaluationStep step) {
        return switch (step.actor()) {
            case APPLICANT, UNIT_ADMINISTRATOR -> leadUnit(scope, e);
            case RECOMMENDING_BODY -> scope.role() == org.ticportal.core.user.Role.ADMIN
                    || scope.role() == org.ticportal.core.user.Role.COUNTY
                    && e.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case AUTHORITY, DECISION_BODY -> authority(scope, e);
            case EXPERT_PANEL -> scope.role() == org.ticportal.core.user.Role.EXPERT;
            case SYSTEM -> false;
        };
    }

    private static boolean leadUnit(AccessScope scope, Evaluation e) {
        return scope.role() == org.ticportal.core.user.Role.ADMIN
                || scope.role() == org.ticportal.core.user.Role.APPLICANT && scope.unitId() != null
                && scope.unitId() == e.getUnitId();
    }

    private static boolean authority(AccessScope scope, Evaluation e) {
        return scope.coversJurisdiction(e.getJurisdictionCode());
    }

    private Set<EvaluationViews.Action> actions(Evaluation e, EvaluationScheme scheme, AccessScope scope, String me) {
        Set<EvaluationViews.Action> out = EnumSet.noneOf(EvaluationViews.Action.class);
        if (e.getState() == EvaluationState.IN_PROGRESS) {
            EvaluationStep step = current(e, scheme);
            switch (step.kind()) {
                case SELF_ASSESSMENT -> {
                    if (leadUnit(scope, e) && (e.getStepDue() == null || !time.today().isAfter(e.getStepDue()))) {
                        out.add(EvaluationViews.Action.SUBMIT);
                        out.add(EvaluationViews.Action.UPLOAD);
                    }
                }
                case REVIEW, ACCEPTANCE -> {
                    if (mayAct(scope, e, step)) {
                        out.add(EvaluationViews.Action.APPROVE);
                        if (step.mayReturn()) {
                            out.add(EvaluationViews.Action.RETURN);
                        }
                    }
                }
                case PANEL_SCORING -> {
                    if (scope.role() == org.ticportal.core.user.Role.EXPERT
                            && seats.findByEvaluationIdAndUsername(e.getId(), me).isPresent()) {
                        out.add(EvaluationViews.Action.SCORE);
                    }
                    if (authority(scope, e)) {
                        out.add(EvaluationViews.Action.DECIDE);
                    }
                }
            }
        } else if (e.getState() == EvaluationState.RECTIFYING) {
            if (leadUnit(scope, e) && e.getRectificationReport() == null) {
                out.add(EvaluationViews.Action.REPORT);
                out.add(EvaluationViews.Action.UPLOAD);
            }
            if (authority(scope, e) && (e.getRectificationReport() != null
                    || e.getRectifyDue() != null && time.today().isAfter(e.getRectifyDue()))) {
                out.add(EvaluationViews.Action.RECHECK);
            }
        }
        return out;
    }

    /** The evaluation if the user may see it; empty otherwise (no refusal, so a caller's transaction goes on). */
    java.util.Optional<Evaluation> findVisible(long id) {
        return evaluations.findById(id).filter(e -> sees(users.currentScope(), e));
    }

    Evaluation visible(long id) {
        Evaluation e = evaluations.findById(id).orElse(null);
        if (e == null || !sees(users.currentScope(), e)) {
            throw new BusinessException("evaluation.notFound", id);
        }
        return e;
    }

    Evaluation editable(long id, long version) {
        Evaluation e = visible(id);
        if (e.getVersion() != version) {
            throw new BusinessException("evaluation.stale");
        }
        return e;
    }

    private boolean sees(AccessScope scope, Evaluation e) {
        return switch (scope.role()) {
            case ADMIN -> true;
            case BUREAU -> scope.coversJurisdiction(e.getJurisdictionCode());
            case COUNTY -> e.getRecommendingBodyCode().equals(scope.recommendingBodyCode());
            case APPLICANT -> scope.unitId() != null && scope.unitId() == e.getUnitId();
            case EXPERT -> seats.findByEvaluationIdAndUsername(e.getId(), AuditService.currentActor()).isPresent();
            case AUDITOR -> false;
        };
    }

    void save(Evaluation e) {
        try {
            evaluations.saveAndFlush(e);
        } catch (ObjectOptimisticLockingFailureException ex) {
            throw new BusinessException("evaluation.stale");
        }
    }

    void record(Evaluation e, AuditAction action, @Nullable String from, @Nullable String to,
                        @Nullable String comment, @Nullable String fileNames) {
        history.save(new EvaluationStepRecord(e.getId(), time.now(), AuditService.currentActor(), action.code(), from, to,
                comment, fileNames));
        audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), action, from, to, comment);
    }

    private void tell(Evaluation e, EvaluationStep step, @Nullable LocalDate due) {
        events.publishEvent(new EvaluationTask(e.getId(), e.getCenterName(), step.name(), due, step.actor(),
                e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), List.of()));
    }

    private EvaluationViews.Row row(Evaluation e) {
        LocalizedText stepName = null;
        if (e.getStepCode() != null) {
            stepName = stepName(scheme(e.getPin()), e.getStepCode());
        }
        boolean overdue = e.getState() == EvaluationState.IN_PROGRESS && e.getStepDue() != null
                && time.today().isAfter(e.getStepDue());
        return new EvaluationViews.Row(e.getId(), e.getVersion(), e.getRoundId(), e.getCenterId(), e.getCenterName(),
                e.getLeadUnitName(), e.getState(), stepName, e.getStepDue(), overdue, e.getScore(), e.getGradeName(),
                e.getOutcome(), e.isOutstanding(), e.isRecommendUpward(), e.getDecidedOn());
    }
}
