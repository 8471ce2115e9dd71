package org.ticportal.core.evaluation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterStanding;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.form.FormService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.evaluation.EvaluationProcedure;
import org.ticportal.policy.api.evaluation.EvaluationScheme;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;
import org.ticportal.policy.api.evaluation.Grade;
import org.ticportal.policy.api.panel.ExpertPanelRules;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Performance evaluation (绩效评估, art. 14 of the Xinzhou measures), run on the policy's {@link EvaluationScheme}: the
 * bureau opens a round for the centers due ({@link EvaluationRoundService}); each center's evaluation goes through
 * the scheme's {@link EvaluationProcedure} — the lead unit's self-assessment with evidence by the deadline, reviews
 * by the supervising department and the bureau (each may send it back one step with a reason), the experts drawn from
 * the pool by the scheme's panel rules scoring the indicators; the bureau then records the result: the total
 * aggregated per the panel rules, the grade, and the outcome the policy's mapping gives for the grade and the center's
 * history (earlier failures in a row and in total, a rectification under way, a provisional center). A center that did
 * not submit by the deadline is decided with the lowest grade and a missing submission ({@link EvaluationCloser}).
 * The outcome takes effect on the center, after the scheme's result notice when it has one: retain (with the
 * outstanding and recommend-upward flags), rectify until a deadline then the bureau's re-check of the lead unit's
 * report (active again or revoked), revoke, or confirm a provisional center. This class takes these steps; how an
 * evaluation moves is {@link EvaluationEngine}'s, reading them {@link EvaluationReader}'s, what waits for the user
 * {@link EvaluationInbox}'.
 *
 * <p>Every public method has its roles and applies the row-level scope ({@link EvaluationAccess}): the bureau its
 * jurisdiction, a county body the centers it supervises, a lead unit its own, an expert only the evaluations they were
 * drawn for. Every change is a history row of the evaluation and an audit event; stale edits are refused
 * ({@code evaluation.stale}).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private final EvaluationFileRepository files;
    private final EvaluationSeatRepository seats;
    private final EvaluationRepository evaluations;
    private final EvaluationFiles storage;
    private final EvaluationAccess access;
    private final EvaluationEngine engine;
    private final CenterStanding centers;
    private final FormService forms;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    EvaluationService(EvaluationFileRepository files, EvaluationSeatRepository seats, EvaluationRepository evaluations,
                      EvaluationFiles storage, EvaluationAccess access, EvaluationEngine engine,
                      CenterStanding centers, FormService forms, UserService users, AuditService audit,
                      PortalTime time, ApplicationEventPublisher events) {
        this.files = files;
        this.seats = seats;
        this.evaluations = evaluations;
        this.storage = storage;
        this.access = access;
        this.engine = engine;
        this.centers = centers;
        this.forms = forms;
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.events = events;
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
        Evaluation e = access.editable(id, version);
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
        EvaluationStep step = EvaluationEngine.current(e, engine.scheme(e.getPin()));
        access.requireActor(e, step, EvaluationStepKind.SELF_ASSESSMENT);
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
        EvaluationStep step = engine.scheme(e.getPin()).procedure().step(e.getStepCode()).orElse(null);
        return step != null && step.kind() == EvaluationStepKind.SELF_ASSESSMENT
                && access.mayAct(users.currentScope(), e, step);
    }

    /** Files the self-assessment (its self-scores checked against the weights) and moves to the next step. */
    EvaluationViews.Row fileSelfAssessment(Evaluation e, EvaluationStep step, String summary,
                                           Map<String, BigDecimal> selfScores) {
        EvaluationScheme scheme = engine.scheme(e.getPin());
        Map<String, BigDecimal> checked = engine.checkedScores(scheme, selfScores, false);
        e.selfAssessment(summary, EvaluationJson.write(checked), time.now());
        String fileNames = String.join(EvaluationEngine.LIST_SEP, files.findByEvaluationIdOrderByIdAsc(e.getId())
                .stream().filter(f -> f.getKind() == EvaluationFile.Kind.EVIDENCE && !f.isDeleted())
                .map(EvaluationFile::getFileName).toList());
        engine.advance(e, scheme, step, AuditAction.SUBMITTED, null, fileNames.isEmpty() ? null : fileNames);
        return engine.row(e);
    }

    /** The lead unit uploads evidence (self-assessment) or a rectification file while that is its to do. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    public EvaluationViews.File upload(long id, String fileName, InputStream content) {
        Evaluation e = access.visible(id);
        AccessScope scope = users.currentScope();
        EvaluationFile.Kind kind;
        if (e.getState() == EvaluationState.RECTIFYING && e.getRectificationReport() == null) {
            kind = EvaluationFile.Kind.RECTIFICATION;
        } else if (e.getState() == EvaluationState.IN_PROGRESS && e.getSubmittedAt() == null
                && EvaluationEngine.current(e, engine.scheme(e.getPin())).kind()
                        == EvaluationStepKind.SELF_ASSESSMENT) {
            if (onForm(e, EvaluationEngine.current(e, engine.scheme(e.getPin())))) {
                throw new BusinessException("evaluation.useForm");
            }
            kind = EvaluationFile.Kind.EVIDENCE;
        } else {
            throw new BusinessException("evaluation.notYours");
        }
        if (!EvaluationAccess.leadUnit(scope, e)) {
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
        Evaluation e = access.editable(id, version);
        EvaluationScheme scheme = engine.scheme(e.getPin());
        EvaluationStep step = EvaluationEngine.current(e, scheme);
        access.requireActor(e, step, null);
        if (step.kind() != EvaluationStepKind.REVIEW && step.kind() != EvaluationStepKind.ACCEPTANCE) {
            throw new BusinessException("evaluation.notYours");
        }
        engine.advance(e, scheme, step, AuditAction.APPROVED, comment, null);
        return engine.row(e);
    }

    /** The actor of a step that may return sends the evaluation back one step, with a reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public EvaluationViews.Row sendBack(long id, long version, String reason) {
        Evaluation e = access.editable(id, version);
        EvaluationScheme scheme = engine.scheme(e.getPin());
        EvaluationStep step = EvaluationEngine.current(e, scheme);
        access.requireActor(e, step, null);
        if (!step.mayReturn()) {
            throw new BusinessException("evaluation.mayNotReturn", step.name().zh());
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "evaluation.reasonRequired");
        }
        EvaluationStep back = scheme.procedure().previous(step.code()).orElseThrow();
        LocalDate due = engine.dueIn(time.today(), back.workingDays());
        e.enter(back.code(), time.now(), due);
        if (back.kind() == EvaluationStepKind.SELF_ASSESSMENT) {
            e.selfAssessmentReturned();
        }
        engine.save(e);
        engine.record(e, AuditAction.RETURNED, step.code(), back.code(), reason, null);
        engine.tell(e, back, due);
        return engine.row(e);
    }

    /** An expert drawn for the evaluation scores each indicator (not above its weight), with an opinion. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public EvaluationViews.Row score(long id, Map<String, BigDecimal> scores, @Nullable String opinion) {
        Evaluation e = access.visible(id);
        EvaluationScheme scheme = engine.scheme(e.getPin());
        if (e.getState() != EvaluationState.IN_PROGRESS
                || EvaluationEngine.current(e, scheme).kind() != EvaluationStepKind.PANEL_SCORING) {
            throw new BusinessException("evaluation.notAtScoring");
        }
        EvaluationSeat seat = seats.findByEvaluationIdAndUsername(id, AuditService.currentActor())
                .orElseThrow(() -> new BusinessException("evaluation.notFound", id));
        Map<String, BigDecimal> checked = engine.checkedScores(scheme, scores, true);
        BigDecimal total = checked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        seat.scored(EvaluationJson.write(checked), total, opinion, time.now());
        seats.saveAndFlush(seat);
        engine.record(e, AuditAction.SCORED, e.getStepCode(), e.getStepCode(), total.toPlainString()
                + (opinion == null || opinion.isBlank() ? "" : EvaluationEngine.PART_SEP + opinion.strip()), null);
        return engine.row(e);
    }

    /**
     * The bureau records the result once every expert scored (art. 14: 参考评估结果，决定保留、整改或撤销): the total
     * aggregated per the panel rules, the grade, the policy's decision on the grade and the center's history; the
     * outcome takes effect now, or after the scheme's result notice.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public EvaluationViews.Row decide(long id, long version) {
        Evaluation e = access.editable(id, version);
        EvaluationScheme scheme = engine.scheme(e.getPin());
        EvaluationStep step = EvaluationEngine.current(e, scheme);
        if (step.kind() != EvaluationStepKind.PANEL_SCORING || !EvaluationAccess.authority(users.currentScope(), e)) {
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
        engine.conclude(e, scheme, total, grade, false);
        return engine.row(e);
    }

    /**
     * Decides an evaluation whose self-assessment was not submitted by its deadline: the lowest grade, the history's
     * missing submission, and the policy's decision. Called by {@link EvaluationCloser} as the portal.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean closeMissing(long id) {
        Evaluation e = evaluations.findById(id).orElseThrow();
        EvaluationScheme scheme = engine.scheme(e.getPin());
        if (e.getState() != EvaluationState.IN_PROGRESS || e.getSubmittedAt() != null || e.getStepDue() == null
                || !time.today().isAfter(e.getStepDue())
                || EvaluationEngine.current(e, scheme).kind() != EvaluationStepKind.SELF_ASSESSMENT) {
            return false;
        }
        engine.record(e, AuditAction.MISSING, e.getStepCode(), null, null, null);
        engine.conclude(e, scheme, null, scheme.lowestGrade(), true);
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
        engine.apply(e);
        return true;
    }

    /** The lead unit reports its rectification (a text; files uploaded before). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'APPLICANT')")
    public EvaluationViews.Row reportRectification(long id, long version, String report) {
        Evaluation e = access.editable(id, version);
        if (e.getState() != EvaluationState.RECTIFYING || !EvaluationAccess.leadUnit(users.currentScope(), e)) {
            throw new BusinessException("evaluation.notYours");
        }
        if (e.getRectificationReport() != null) {
            throw new BusinessException("evaluation.reportFiled");
        }
        if (report == null || report.isBlank()) {
            throw BusinessException.onField("report", "evaluation.reportRequired");
        }
        e.rectificationReported(report, time.now());
        engine.save(e);
        String names = String.join(EvaluationEngine.LIST_SEP, files.findByEvaluationIdOrderByIdAsc(id).stream()
                .filter(f -> f.getKind() == EvaluationFile.Kind.RECTIFICATION).map(EvaluationFile::getFileName)
                .toList());
        engine.record(e, AuditAction.RECTIFICATION_REPORTED, null, null, report, names.isEmpty() ? null : names);
        events.publishEvent(new EvaluationTask(id, e.getCenterName(), CoreMessages.text("evaluation.task.recheck"),
                null, Actor.AUTHORITY, e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(),
                List.of()));
        return engine.row(e);
    }

    /**
     * The bureau re-checks a rectifying center: after the lead unit's report, or without one once the rectification
     * period has ended. Passed makes the center active again, failed revokes it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public EvaluationViews.Row recheck(long id, long version, boolean passed, String comment) {
        Evaluation e = access.editable(id, version);
        if (e.getState() != EvaluationState.RECTIFYING || !EvaluationAccess.authority(users.currentScope(), e)) {
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
        engine.save(e);
        centers.rechecked(e.getCenterId(), passed, "evaluation " + id, comment);
        engine.record(e, passed ? AuditAction.RECHECK_PASSED : AuditAction.RECHECK_FAILED, null, null, comment, null);
        audit.record(AuditSubject.EVALUATION, Long.toString(id), AuditAction.RECHECKED, "RECTIFYING",
                passed ? "ACTIVE" : "REVOKED", comment);
        events.publishEvent(new EvaluationTask(id, e.getCenterName(), CoreMessages.text(
                passed ? "evaluation.task.recheckPassed" : "evaluation.task.recheckFailed"),
                null, null, e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), List.of()));
        return engine.row(e);
    }}
