package org.ticportal.core.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.user.UserAccount;
import org.ticportal.policy.api.LocalizedText;

/**
 * Notifications that concern no application, written by other features that decide themselves whom to tell (a
 * center's change request tells its next approvers and, at the end, its lead unit): the bell and list, and the e-mail
 * through the outbox when an SMTP server is configured. Runs as the portal.
 */
@Service
public class DirectNotifications {

    private final Notifier notifier;

    DirectNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    /** Tells the user, with the subject and body in both languages. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void tell(UserAccount user, NotificationKind kind, LocalizedText subject, LocalizedText body) {
        notifier.tell(user, kind, subject, body);
    }

    /** Tells the user about a target that is not an application; the notification links to its page. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void tell(UserAccount user, NotificationKind kind, NotificationTarget target, long targetId,
                     LocalizedText subject, LocalizedText body) {
        notifier.tell(user, kind, target, targetId, subject, body);
    }
}
