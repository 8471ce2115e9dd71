package org.ticportal.core.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationMailRepository extends JpaRepository<NotificationMail, Long> {

    /** The mails due to be (tried again to be) sent, oldest first. */
    @Query("select m.id from NotificationMail m where m.state = 'PENDING' and m.nextAttemptAt <= ?1 order by m.id")
    List<Long> findDue(Instant now, Pageable pageable);

    List<NotificationMail> findByNotificationId(long notificationId);
}
