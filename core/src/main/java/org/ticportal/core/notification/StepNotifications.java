package org.ticportal.core.notification;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.application.ApplicationStepTaken;
import org.ticportal.core.application.WaitingWork;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.expert.PanelSeatsAssigned;

/**
 * After an application's step is committed, tells the users who may take the next step ({@link Notifier}), in a
 * transaction of its own: the step is done whatever happens here, and a failure is logged, never shown to the actor.
 * It only writes rows; the e-mails go out with the {@link MailOutbox}, so that no SMTP server slows a step. Filing a
 * draft and steps that stay in their stage tell nobody. Experts seated on a panel (drawn or replacing a member) are
 * told that their declaration waits; when a step ends the procedure, the lead unit's users are told its outcome.
 */
@Component
class StepNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(StepNotifications.class);

    private final WaitingWork waiting;
    private final Notifier notifier;
    private final TransactionTemplate transactions;

    StepNotifications(WaitingWork waiting, Notifier notifier, PlatformTransactionManager transactionManager) {
        this.waiting = waiting;
        this.notifier = notifier;
        // a new transaction: after the commit the step's own is still bound to the thread, and joining it would
        // write nothing
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Experts seated on a panel are told that their declaration waits (they reach the case only through it). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void seated(PanelSeatsAssigned seats) {
        try {
            SystemAuthentication.run(() -> transactions.executeWithoutResult(tx ->
                    waiting.facts(seats.applicationId()).ifPresent(f -> notifier.seated(f, seats.usernames()))));
        } catch (RuntimeException e) {
            LOG.warn("Could not notify the experts seated on the panel of application {}: {}", seats.applicationId(),
                    e.toString(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void stepTaken(ApplicationStepTaken step) {
        if (step.fromStage() == null || Objects.equals(step.fromStage(), step.toStage())) {
            return;
        }
        try {
            SystemAuthentication.run(() -> transactions.executeWithoutResult(tx ->
                    waiting.facts(step.applicationId()).ifPresent(facts -> {
                        if (facts.closed()) {
                            notifier.outcome(facts, step.actor());
                        } else {
                            notifier.stepTaken(facts, step.actor());
                        }
                    })));
        } catch (RuntimeException e) {
            LOG.warn("Could not notify the next actors of application {} after step {}: {}", step.applicationId(),
                    step.transitionCode(), e.toString(), e);
        }
    }
}
