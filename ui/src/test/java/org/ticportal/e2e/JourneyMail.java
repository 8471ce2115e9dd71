package org.ticportal.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The journeys' SMTP server: one GreenMail on a free port, started once for every journey (they share one portal, one
 * Spring context), so that a journey reads the e-mails each actor received. The portal sends its notification mails
 * from the outbox job after the step's commit; here the job runs every second, and a journey waits for a mail with a
 * deadline ({@link #awaitSubject}).
 */
final class JourneyMail {

    /** How long a journey waits for a mail the outbox has still to send. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop, "journey-smtp-stop"));
    }

    private JourneyMail() {
    }

    /** Points the portal's mail at the server: SMTP host and port, the sender, the outbox every second. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("ticportal.mail.from", () -> "noreply@ticportal.example");
        registry.add("ticportal.mail.outbox-delay", () -> "PT1S");
    }

    /** The decoded subjects of the mails received so far by this address (as a recipient), oldest first. */
    static List<String> subjects(String address) {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            try {
                Address[] to = m.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    out.add(m.getSubject());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /**
     * Waits until the address has received a mail whose subject matches, and returns that subject; fails with the
     * subjects it did receive when none comes within {@link #PATIENCE}.
     */
    static String awaitSubject(String address, Predicate<String> wanted, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<String> received = subjects(address);
            for (String s : received) {
                if (wanted.test(s)) {
                    return s;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(address + " received no mail " + what + " within " + PATIENCE
                        + "; it received: " + received);
            }
            // GreenMail's own wait: returns when a further mail arrives or after the pause
            SMTP.waitForIncomingEmail(500, SMTP.getReceivedMessages().length + 1);
        }
    }
}
