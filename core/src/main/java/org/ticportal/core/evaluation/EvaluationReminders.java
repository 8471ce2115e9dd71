package org.ticportal.core.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.ClusterLocks;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.policy.api.evaluation.EvaluationStep;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.setting.SettingKeys;

/**
 * Reminds the actors of an evaluation's current step that its time limit ends soon (第十四条's evaluation runs on the
 * policy's time limits, like recognition): N working days before the step's last day or fewer, N from the pinned
 * policy's setting {@link SettingKeys#REMINDER_WORKING_DAYS} (none where the policy does not declare it or sets 0).
 * The lead unit is reminded of its self-assessment (not once filed), the supervising department and the bureau of
 * their review, the drawn experts who have not scored of their scores. Once per step entered (the evaluation keeps
 * the day), however often the job runs; once across portal instances (lock {@code evaluation-reminders}), every
 * morning ({@code ticportal.reminders.cron}), each evaluation in its own transaction; the notices go out after it
 * commits, like a step's.
 */
@Component
public class EvaluationReminders {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationReminders.class);

    /** How far ahead (calendar days) the job looks for time limits: more than any N working days a policy sets. */
    static final int LOOK_AHEAD_DAYS = 62;

    private final EvaluationRepository evaluations;
    private final EvaluationSeatRepository seats;
    private final EvaluationEngine engine;
    private final PolicySettingsService settings;
    private final WorkingDayCalendar calendar;
    private final ClusterLocks locks;
    private final TransactionTemplate transactions;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    EvaluationReminders(EvaluationRepository evaluations, EvaluationSeatRepository seats, EvaluationEngine engine,
                        PolicySettingsService settings, WorkingDayCalendar calendar, ClusterLocks locks,
                        TransactionTemplate transactions, PortalTime time, ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.seats = seats;
        this.engine = engine;
        this.settings = settings;
        this.calendar = calendar;
        this.locks = locks;
        this.transactions = transactions;
        this.time = time;
        this.events = events;
    }

    /** Writes the reminders due today; returns how many evaluations' actors were reminded (0 when another runs it). */
    @Scheduled(cron = "${ticportal.reminders.cron:0 0 8 * * *}", zone = "${ticportal.zone:Asia/Shanghai}")
    public int remindDue() {
        return locks.once("evaluation-reminders", Duration.ofMinutes(30), Duration.ZERO, this::run).orElse(0);
    }

    private int run() {
        return SystemAuthentication.call(() -> {
            LocalDate today = time.today();
            int reminded = 0;
            for (Long id : evaluations.findToRemind(today, today.plusDays(LOOK_AHEAD_DAYS))) {
                try {
                    Boolean done = transactions.execute(tx -> remind(id, today));
                    reminded += Boolean.TRUE.equals(done) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warn("Could not remind the actors of evaluation {}: {}", id, e.toString());
                }
            }
            if (reminded > 0) {
                LOG.info("Reminded the actors of {} evaluations of their time limits", reminded);
            }
            return reminded;
        });
    }

    private boolean remind(long id, LocalDate today) {
        Evaluation e = evaluations.findById(id).orElse(null);
        if (e == null || e.getState() != EvaluationState.IN_PROGRESS || e.getStepDue() == null
                || e.getStepRemindedOn() != null) {
            return false;
        }
        int before = reminderDays(e.getPin());
        int left = calendar.workingDaysAfter(today, e.getStepDue());
        if (before <= 0 || left > before) {
            return false;
        }
        EvaluationStep step = EvaluationEngine.current(e, engine.scheme(e.getPin()));
        if (step.kind() == EvaluationStepKind.SELF_ASSESSMENT && e.getSubmittedAt() != null) {
            return false;
        }
        List<String> experts = step.actor() == Actor.EXPERT_PANEL
                ? seats.findByEvaluationIdOrderBySeatOrderAsc(id).stream().filter(s -> s.getScoredAt() == null)
                        .map(EvaluationSeat::getUsername).toList()
                : List.of();
        e.reminded(today);
        evaluations.saveAndFlush(e);
        events.publishEvent(EvaluationTask.reminder(e.getId(), e.getCenterName(), step.name(), e.getStepDue(),
                step.actor(), e.getUnitId(), e.getRecommendingBodyCode(), e.getJurisdictionCode(), experts, left));
        return true;
    }

    /** The policy's N; 0 when it declares no such setting or its value cannot be read. */
    private int reminderDays(PolicyPin pin) {
        try {
            return settings.settingsFor(pin).intValue(SettingKeys.REMINDER_WORKING_DAYS);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
