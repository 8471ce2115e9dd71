package org.ticportal.core.notification;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.common.BusinessException;

/**
 * The logged-in user's notifications: newest first, paged in the database, the unread ones counted for the bell;
 * marking them read. A user reaches only their own.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** One page of the user's notifications (only the unread ones when asked), newest first unless sorted. */
    @PreAuthorize("isAuthenticated()")
    public Page<Notification> mine(boolean unreadOnly, Pageable pageable) {
        String me = AuditService.currentActor();
        Pageable sorted = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        return unreadOnly ? notifications.findByRecipientAndReadAtIsNull(me, sorted)
                : notifications.findByRecipient(me, sorted);
    }

    /** How many of the user's notifications are unread. */
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(AuditService.currentActor());
    }

    /** Marks one of the user's notifications read; refused for another user's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Notification markRead(long id) {
        Notification n = notifications.findById(id)
                .filter(x -> x.getRecipient().equals(AuditService.currentActor()))
                .orElseThrow(() -> new BusinessException("notification.notFound", id));
        n.markRead(clock.instant());
        return notifications.saveAndFlush(n);
    }

    /** Marks all of the user's notifications read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(AuditService.currentActor(), clock.instant());
    }
}
