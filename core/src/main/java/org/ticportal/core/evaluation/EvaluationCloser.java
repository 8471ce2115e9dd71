package org.ticportal.core.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.ClusterLocks;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.evaluation.EvaluationStepKind;

/**
 * Every night (and once at start-up), once across portal instances: decides the evaluations whose self-assessment was
 * not submitted by its deadline (the missing-submission path: the lowest grade, the policy's decision), and lets the
 * outcomes whose result notice ended take effect. Each evaluation in its own transaction; one failure stops no other.
 */
@Component
public class EvaluationCloser {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationCloser.class);

    private final EvaluationRepository evaluations;
    private final EvaluationService service;
    private final PolicyProviders providers;
    private final PortalTime time;
    private final ClusterLocks locks;

    EvaluationCloser(EvaluationRepository evaluations, EvaluationService service, PolicyProviders providers,
                     PortalTime time, ClusterLocks locks) {
        this.evaluations = evaluations;
        this.service = service;
        this.providers = providers;
        this.time = time;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        try {
            closeOverdue();
        } catch (RuntimeException e) {
            LOG.warn("Could not close overdue evaluations at start-up: {}", e.toString());
        }
    }

    /** Returns how many evaluations were decided or took effect (0 when another instance runs it now). */
    @Scheduled(cron = "${ticportal.evaluation.close-cron:0 40 0 * * *}")
    public int closeOverdue() {
        return locks.once("evaluation-close", Duration.ofMinutes(30), Duration.ZERO, this::run).orElse(0);
    }

    private int run() {
        return SystemAuthentication.call(() -> {
            LocalDate today = time.today();
            int done = 0;
            for (Long id : evaluations.findOverdueAt(selfAssessmentSteps(), today)) {
                done += attempt(id, true);
            }
            for (Long id : evaluations.findNoticeEnded(today)) {
                done += attempt(id, false);
            }
            if (done > 0) {
                LOG.info("Closed {} overdue or noticed evaluations", done);
            }
            return done;
        });
    }

    private int attempt(long id, boolean missing) {
        try {
            return (missing ? service.closeMissing(id) : service.applyNoticed(id)) ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.warn("Could not close evaluation {}: {}", id, e.toString());
            return 0;
        }
    }

    /** The codes of the self-assessment steps of the started policies' schemes. */
    private Set<String> selfAssessmentSteps() {
        Set<String> codes = new java.util.HashSet<>();
        providers.started().forEach(p -> {
            try {
                providers.read(p.pin(), x -> x.evaluation()).procedure().steps().stream()
                        .filter(s -> s.kind() == EvaluationStepKind.SELF_ASSESSMENT)
                        .forEach(s -> codes.add(s.code()));
            } catch (RuntimeException e) {
                LOG.warn("Could not read the evaluation procedure of {}: {}", p.policyId(), e.toString());
            }
        });
        return codes.isEmpty() ? Set.of("SELF_ASSESSMENT") : codes;
    }

}
