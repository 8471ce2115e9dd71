package org.ticportal.core.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.evaluation.EvaluationTask;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserService;

/**
 * After an evaluation's step is committed, tells whoever acts now (art. 14 of the Xinzhou measures): the center's
 * lead unit of its self-assessment with the deadline, the supervising department or the bureau of their review, the
 * drawn experts of their scoring; and the lead unit of the result. In a transaction of its own; a failure is logged.
 */
@Component
class EvaluationNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationNotifications.class);

    private final UserService users;
    private final Notifier notifier;
    private final TransactionTemplate transactions;

    EvaluationNotifications(UserService users, Notifier notifier, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.notifier = notifier;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void task(EvaluationTask task) {
        try {
            SystemAuthentication.run(() -> transactions.executeWithoutResult(tx -> tell(task)));
        } catch (RuntimeException e) {
            LOG.warn("Could not notify about evaluation {}: {}", task.evaluationId(), e.toString(), e);
        }
    }

    /** Bureau staff's reminder by hand (催办): the lead unit's users, with the sender and their message. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void chase(org.ticportal.core.evaluation.EvaluationChase chase) {
        try {
            SystemAuthentication.run(() -> transactions.executeWithoutResult(tx -> {
                Object note = chase.message() == null ? ""
                        : NotificationTexts.both("notification.chase.message", chase.message());
                for (UserAccount user : users.concernedBy(chase.unitId(), chase.recommendingBodyCode(),
                        chase.jurisdictionCode())) {
                    if (user.getRole() == Role.APPLICANT && user.getUnitId() != null
                            && user.getUnitId() == chase.unitId()) {
                        notifier.tell(user, NotificationKind.REMINDER, NotificationTarget.EVALUATION,
                                chase.evaluationId(),
                                NotificationTexts.both("notification.evaluation.chase.subject", chase.centerName(),
                                        chase.what(), chase.due()),
                                NotificationTexts.both("notification.evaluation.chase.body", chase.centerName(),
                                        chase.what(), chase.due(), chase.sender(), note));
                    }
                }
            }));
        } catch (RuntimeException e) {
            LOG.warn("Could not remind the lead unit of evaluation {}: {}", chase.evaluationId(), e.toString(), e);
        }
    }

    private void tell(EvaluationTask task) {
        Object due = task.due() == null ? "" : NotificationTexts.both("notification.deadline", task.due());
        if (task.actor() == org.ticportal.policy.api.procedure.Actor.EXPERT_PANEL) {
            for (String username : task.experts()) {
                users.enabledAccount(username).ifPresent(u -> write(u, task, due));
            }
            return;
        }
        for (UserAccount user : users.concernedBy(task.unitId(), task.recommendingBodyCode(),
                task.jurisdictionCode())) {
            if (concerns(task, user)) {
                write(user, task, due);
            }
        }
    }

    private static boolean concerns(EvaluationTask task, UserAccount user) {
        if (task.actor() == null) {
            return user.getRole() == Role.APPLICANT && user.getUnitId() != null && user.getUnitId() == task.unitId();
        }
        return switch (task.actor()) {
            case APPLICANT, UNIT_ADMINISTRATOR -> user.getRole() == Role.APPLICANT && user.getUnitId() != null
                    && user.getUnitId() == task.unitId();
            case RECOMMENDING_BODY -> user.getRole() == Role.COUNTY
                    && task.recommendingBodyCode().equals(user.getRecommendingBodyCode());
            case AUTHORITY, DECISION_BODY -> user.getRole() == Role.BUREAU && (user.getJurisdictionCode() == null
                    || task.jurisdictionCode().equals(user.getJurisdictionCode()));
            default -> false;
        };
    }

    private void write(UserAccount user, EvaluationTask task, Object due) {
        if (task.actor() == null) {
            notifier.tell(user, NotificationKind.OUTCOME, NotificationTarget.EVALUATION, task.evaluationId(),
                    NotificationTexts.both("notification.evaluation.result.subject", task.centerName()),
                    NotificationTexts.both("notification.evaluation.result.body", task.centerName(), task.what()));
        } else if (task.workingDaysLeft() != null) {
            notifier.tell(user, NotificationKind.REMINDER, NotificationTarget.EVALUATION, task.evaluationId(),
                    NotificationTexts.both("notification.evaluation.reminder.subject", task.centerName(), task.what(),
                            task.workingDaysLeft(), task.due()),
                    NotificationTexts.both("notification.evaluation.reminder.body", task.centerName(), task.what(),
                            task.workingDaysLeft(), task.due()));
        } else {
            notifier.tell(user, NotificationKind.STEP, NotificationTarget.EVALUATION, task.evaluationId(),
                    NotificationTexts.both("notification.evaluation.step.subject", task.centerName(), task.what()),
                    NotificationTexts.both("notification.evaluation.step.body", task.centerName(), task.what(), due));
        }
    }
}
