package org.ticportal.core.change;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.notification.DirectNotifications;
import org.ticportal.core.notification.NotificationKind;
import org.ticportal.core.notification.NotificationTarget;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserService;

/**
 * After a change request's step is committed, tells whoever acts next (the users who may take its current step) or,
 * when it was returned, approved or refused, the lead unit's users; in a transaction of its own, as the portal. A
 * failure is logged: the step is done whatever happens here.
 */
@Component
class ChangeNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifications.class);

    private final ChangeRequestRepository requests;
    private final UserService users;
    private final DirectNotifications notifications;
    private final TransactionTemplate transactions;

    ChangeNotifications(ChangeRequestRepository requests, UserService users, DirectNotifications notifications,
                        PlatformTransactionManager transactionManager) {
        this.requests = requests;
        this.users = users;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void moved(ChangeRequestMoved moved) {
        try {
            SystemAuthentication.run(() -> transactions.executeWithoutResult(tx ->
                    requests.findById(moved.requestId()).ifPresent(r -> tell(r, moved.actor()))));
        } catch (RuntimeException e) {
            LOG.warn("Could not notify about change request {}: {}", moved.requestId(), e.toString(), e);
        }
    }

    private void tell(ChangeRequest r, String actor) {
        for (UserAccount user : users.concernedBy(r.getUnitId(), r.getRecommendingBodyCode(),
                r.getJurisdictionCode())) {
            if (user.getUsername().equals(actor)) {
                continue;
            }
            if (r.getState() == ChangeRequestState.REVIEWING) {
                if (ChangeAccess.mayAct(user.scope(), r)) {
                    notifications.tell(user, NotificationKind.CHANGE, NotificationTarget.CHANGE_REQUEST, r.getId(),
                            CoreMessages.text("change.notify.waiting.subject", r.getCenterName(), r.getTypeName()),
                            CoreMessages.text("change.notify.waiting.body", r.getCenterName(), r.getTypeName(),
                                    r.getReason()));
                }
            } else if (user.getRole() == Role.APPLICANT && user.getUnitId() != null
                    && user.getUnitId() == r.getUnitId()) {
                notifications.tell(user, NotificationKind.CHANGE, NotificationTarget.CHANGE_REQUEST, r.getId(),
                        CoreMessages.text("change.notify.outcome.subject", r.getCenterName(), r.getTypeName(),
                                CoreMessages.text("change.state." + r.getState().name())),
                        CoreMessages.text("change.notify.outcome.body", r.getCenterName(), r.getTypeName(),
                                CoreMessages.text("change.state." + r.getState().name())));
            }
        }
    }
}
