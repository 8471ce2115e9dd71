package org.ticportal.core.evaluation;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BulkCheck;
import org.ticportal.core.common.BulkResult;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.procedure.Actor;

/**
 * 发送提醒 on 绩效评估's grid: bureau staff remind the lead units of the ticked evaluations of what waits for them —
 * the self-assessment not yet submitted, or the rectification report — when its time limit is near
 * ({@link #DUE_WITHIN_DAYS} calendar days or fewer). All or nothing, like the bulk actions of 申报管理: every
 * evaluation is checked first (in the sender's scope, at the version the sender saw, waiting for its lead unit, not
 * yet submitted, due and not past its time limit, after which the unit can no longer submit and the nightly job
 * closes it) and either every lead unit is reminded, each audited ({@link AuditAction#EVALUATION_REMINDED}) and told
 * after the commit through {@link EvaluationChase}, or none is and every refused row is reported with its reason.
 * Unlike the morning job ({@link EvaluationReminders}), a reminder by hand may be sent again.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationReminderService {

    /** How near its time limit a step is to be reminded of (calendar days, the last day included). */
    public static final int DUE_WITHIN_DAYS = 30;
    /** The longest message a reminder carries (as 申报管理's 催办). */
    public static final int MAX_MESSAGE = 200;

    private final EvaluationAccess access;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;
    private final ApplicationEventPublisher events;
    private final PolicyProviders providers;

    EvaluationReminderService(EvaluationAccess access, UserService users, AuditService audit, PortalTime time,
                              ApplicationEventPublisher events, PolicyProviders providers) {
        this.providers = providers;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /**
     * Reminds the lead units of the evaluations (批量发送提醒).
     *
     * @param versions the evaluations' ids, in order, each with the version the sender saw
     * @param message  what the sender adds, or {@code null}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public BulkResult remindLeadUnits(Map<Long, Long> versions, @Nullable String message) {
        BulkCheck.requireRows(versions);
        String note = BulkCheck.message(message, MAX_MESSAGE);
        LocalDate today = time.today();
        BulkCheck<Reminder> check = BulkCheck.of(versions, access::findVisible, Evaluation::getVersion,
                Evaluation::getCenterName, e -> reminder(e, today));
        if (check.isRefused()) {
            return check.refusal();
        }
        String sender = users.currentUser().map(u -> u.getDisplayName()).orElse(AuditService.currentActor());
        check.passed().values().forEach(r -> {
            Evaluation e = r.evaluation();
            audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), AuditAction.EVALUATION_REMINDED, null,
                    r.what().zh(), note);
            events.publishEvent(new EvaluationChase(e.getId(), e.getCenterName(), r.what(), r.due(), e.getUnitId(),
                    e.getRecommendingBodyCode(), e.getJurisdictionCode(), sender, note));
        });
        return check.done();
    }

    /** The reminder of one evaluation's lead unit: refused unless what waits for it is due and not past due. */
    private Reminder reminder(Evaluation e, LocalDate today) {
        Waiting waiting = waiting(e);
        LocalDate due = waiting.due();
        if (due == null) {
            throw new BusinessException("evaluation.remind.noTimeLimit", waiting.what());
        }
        if (due.isBefore(today)) {
            throw new BusinessException("evaluation.remind.pastDue", waiting.what(), due);
        }
        if (due.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
            throw new BusinessException("evaluation.remind.notDue", waiting.what(), due, DUE_WITHIN_DAYS);
        }
        return new Reminder(e, waiting.what(), due);
    }

    /** What waits for the lead unit, and until when; refused when nothing does. */
    private Waiting waiting(Evaluation e) {
        if (e.getState() == EvaluationState.RECTIFYING) {
            if (e.getRectificationReport() != null) {
                throw new BusinessException("evaluation.remind.submitted");
            }
            return new Waiting(org.ticportal.core.common.CoreMessages.text("evaluation.remind.rectification"),
                    e.getRectifyDue());
        }
        if (e.getState() != EvaluationState.IN_PROGRESS) {
            throw new BusinessException("evaluation.remind.closed");
        }
        if (e.getSubmittedAt() != null) {
            throw new BusinessException("evaluation.remind.submitted");
        }
        // the provider directly, not through a transactional proxy: a refusal thrown through one would mark this
        // action's transaction rollback-only, and the refusal report would end in UnexpectedRollbackException
        EvaluationStep step = EvaluationEngine.current(e, providers.read(e.getPin(), p -> p.evaluation()));
        if (step.actor() != Actor.APPLICANT && step.actor() != Actor.UNIT_ADMINISTRATOR) {
            throw new BusinessException("evaluation.remind.notUnits", step.name());
        }
        return new Waiting(step.name(), e.getStepDue());
    }

    private record Waiting(LocalizedText what, @Nullable LocalDate due) {
    }

    /** An evaluation whose lead unit is to be reminded, of what and until when. */
    private record Reminder(Evaluation evaluation, LocalizedText what, LocalDate due) {
    }
}
