package org.ticportal.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private final EvaluationService service;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;
    private final ApplicationEventPublisher events;
    private final PolicyProviders providers;

    EvaluationReminderService(EvaluationService service, UserService users, AuditService audit, PortalTime time,
                              ApplicationEventPublisher events, PolicyProviders providers) {
        this.providers = providers;
        this.service = service;
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
        if (versions.isEmpty()) {
            throw new BusinessException("bulk.empty");
        }
        String note = message == null || message.isBlank() ? null : message.strip();
        if (note != null && note.length() > MAX_MESSAGE) {
            throw BusinessException.onField("message", "notification.bulk.messageTooLong", MAX_MESSAGE);
        }
        LocalDate today = time.today();
        List<BulkResult.Refusal> refused = new ArrayList<>();
        Map<Evaluation, Waiting> plan = new LinkedHashMap<>();
        versions.forEach((id, seen) -> {
            Evaluation e = service.findVisible(id).orElse(null);
            if (e == null) {
                refused.add(new BulkResult.Refusal(id, "#" + id, "bulk.notVisible"));
                return;
            }
            String name = e.getCenterName();
            if (seen != null && seen != e.getVersion()) {
                refused.add(new BulkResult.Refusal(id, name, "bulk.changed"));
                return;
            }
            try {
                Waiting waiting = waiting(e);
                if (waiting.due() == null) {
                    refused.add(new BulkResult.Refusal(id, name, "evaluation.remind.noTimeLimit", waiting.what()));
                } else if (waiting.due().isBefore(today)) {
                    refused.add(new BulkResult.Refusal(id, name, "evaluation.remind.pastDue", waiting.what(),
                            waiting.due()));
                } else if (waiting.due().isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
                    refused.add(new BulkResult.Refusal(id, name, "evaluation.remind.notDue", waiting.what(),
                            waiting.due(), DUE_WITHIN_DAYS));
                } else {
                    plan.put(e, waiting);
                }
            } catch (BusinessException ex) {
                refused.add(BulkResult.Refusal.of(id, name, ex));
            }
        });
        if (!refused.isEmpty()) {
            return BulkResult.refused(refused);
        }
        String sender = users.currentUser().map(u -> u.getDisplayName()).orElse(AuditService.currentActor());
        plan.forEach((e, waiting) -> {
            audit.record(AuditSubject.EVALUATION, Long.toString(e.getId()), AuditAction.EVALUATION_REMINDED, null,
                    waiting.what().zh(), note);
            events.publishEvent(new EvaluationChase(e.getId(), e.getCenterName(), waiting.what(),
                    java.util.Objects.requireNonNull(waiting.due()), e.getUnitId(), e.getRecommendingBodyCode(),
                    e.getJurisdictionCode(), sender, note));
        });
        return BulkResult.done(plan.keySet().stream().map(Evaluation::getId).toList());
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
        // the provider directly, not EvaluationService.scheme: a refusal thrown through that transactional proxy would
        // mark this action's transaction rollback-only, and the refusal report would end in UnexpectedRollbackException
        EvaluationStep step = EvaluationService.current(e, providers.read(e.getPin(), p -> p.evaluation()));
        if (step.actor() != Actor.APPLICANT && step.actor() != Actor.UNIT_ADMINISTRATOR) {
            throw new BusinessException("evaluation.remind.notUnits", step.name());
        }
        return new Waiting(step.name(), e.getStepDue());
    }

    private record Waiting(LocalizedText what, @Nullable LocalDate due) {
    }
}
