package org.ticportal.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.common.ClusterLocks;

/**
 * Sends the e-mails notifications wrote ({@link NotificationMail}), after their steps' commit, once across portal
 * instances (lock {@code mail-outbox}); each mail in its own transaction. A failure (SMTP server away, address
 * refused) is recorded with its reason and tried again later with a growing pause, up to
 * {@link NotificationMail#MAX_ATTEMPTS} times. Without an SMTP server ({@code spring.mail.host} unset) nothing is
 * queued and nothing sent.
 */
@Component
public class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;
    /**
     * How long the lock is held at most. A round begins no mail after half of it, so that with an SMTP timeout below
     * the other half (README: spring.mail.properties.mail.smtp.*timeout) no mail is ever being sent by one node when
     * the lock lapses and another node could send it too.
     */
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final NotificationMailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ClusterLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    MailOutbox(NotificationMailRepository mails, ObjectProvider<JavaMailSender> mailSender, ClusterLocks locks,
               TransactionTemplate transactions, Clock clock,
               @Value("${ticportal.mail.from:${spring.mail.username:ticportal@localhost}}") String from) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    /** Sends the mails due now; returns how many were sent (0 when another instance is sending right now). */
    @Scheduled(fixedDelayString = "${ticportal.mail.outbox-delay:PT30S}",
            initialDelayString = "${ticportal.mail.outbox-delay:PT30S}")
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        return locks.once("mail-outbox", LOCK_AT_MOST, Duration.ZERO, () -> sendAll(sender)).orElse(0);
    }

    private int sendAll(JavaMailSender sender) {
        int sent = 0;
        long stop = System.nanoTime() + LOCK_AT_MOST.dividedBy(2).toNanos();
        List<Long> due = mails.findDue(clock.instant(), PageRequest.of(0, BATCH));
        for (Long id : due) {
            if (System.nanoTime() - stop > 0) {
                // the lock lapses after LOCK_AT_MOST and another node may then start: no mail is begun that late
                LOG.warn("Mail outbox stopped after {} for this round; the rest goes out at the next one",
                        LOCK_AT_MOST.dividedBy(2));
                break;
            }
            Boolean ok = transactions.execute(tx -> send(sender, id));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, long id) {
        NotificationMail mail = mails.findById(id).orElseThrow();
        if (!NotificationMail.PENDING.equals(mail.getState())) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.getAddress());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
            sender.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (Exception e) {
            mail.failed(e.toString(), clock.instant());
            LOG.warn("Could not send notification mail {} to {} (attempt {}): {}", id, mail.getAddress(),
                    mail.getAttempts(), e.toString());
            return false;
        }
    }
}
