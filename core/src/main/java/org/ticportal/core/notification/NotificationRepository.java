package org.ticportal.core.notification;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipient(String recipient, Pageable pageable);

    Page<Notification> findByRecipientAndReadAtIsNull(String recipient, Pageable pageable);

    long countByRecipientAndReadAtIsNull(String recipient);

    boolean existsByDedupeKey(String dedupeKey);

    /** Marks all of the recipient's unread notifications read, in one statement. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :at, n.version = n.version + 1 where n.recipient = :recipient "
            + "and n.readAt is null")
    int markAllRead(String recipient, Instant at);
}
