package org.ticportal.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.common.ClusterLocks;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.policy.api.procedure.Transition;

/**
 * Ends timed stages (plugin API 0.2.5): an application whose stage the policy limits to N months
 * ({@code Stage.lastingAtMost(months, timeoutTransition)}, e.g. a construction period of at most three years from the
 * approval) and whose last day has passed is moved by the stage's timeout transition, taken by the portal itself
 * ({@code Actor.SYSTEM}, the principal "system"), recorded in the history like any step. A stage limited in months
 * without a timeout transition is only shown and reminded of. Runs every night and once at start-up, once across
 * portal instances (lock {@code stage-timeouts}), each application in its own transaction, so that one failure stops
 * no other. The pattern is {@link NoticeCloser}'s.
 */
@Component
public class StageTimeouts {

    private static final Logger LOG = LoggerFactory.getLogger(StageTimeouts.class);

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final AttachmentRepository attachments;
    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final Workflow workflow;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterLocks locks;

    StageTimeouts(ApplicationRepository applications, ApplicationStepRepository steps,
                  AttachmentRepository attachments, PolicyProviders providers, PolicySettingsService settings,
                  Workflow workflow, TransactionTemplate transactions, Clock clock, ClusterLocks locks) {
        this.applications = applications;
        this.steps = steps;
        this.attachments = attachments;
        this.providers = providers;
        this.settings = settings;
        this.workflow = workflow;
        this.transactions = transactions;
        this.clock = clock;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        endExpiredStages();
    }

    /**
     * Takes the timeout transition of every application whose timed stage ended before today; returns how many moved
     * on (0 when another portal instance does it right now: the work runs once across instances).
     */
    @Scheduled(cron = "${ticportal.stage-timeouts.cron:0 40 0 * * *}", zone = "${ticportal.zone:Asia/Shanghai}")
    public int endExpiredStages() {
        return locks.once("stage-timeouts", Duration.ofMinutes(30), Duration.ZERO, this::endAll).orElse(0);
    }

    private int endAll() {
        return SystemAuthentication.call(() -> {
            List<Long> ids = applications.findStagesExpiredBefore(LocalDate.now(clock));
            int moved = 0;
            for (Long id : ids) {
                try {
                    Boolean done = transactions.execute(tx -> end(id));
                    if (Boolean.TRUE.equals(done)) {
                        moved++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not end the timed stage of application {}: {}", id, e.toString());
                }
            }
            if (moved > 0) {
                LOG.info("Ended {} timed stages", moved);
            }
            return moved;
        });
    }

    private boolean end(long id) {
        RecognitionApplication app = applications.findById(id).orElseThrow();
        if (app.isClosed() || app.getStageExpires() == null || !app.getStageExpires().isBefore(LocalDate.now(clock))) {
            return false;
        }
        Optional<Transition> timeout = providers.read(app.getPin(), p -> p.procedure().timeout(app.getStage()))
                .filter(t -> InForce.applies(t, app, settings.settingsFor(app.getPin())));
        if (timeout.isEmpty()) {
            return false;
        }
        String stage = app.getStage();
        LocalDate lastDay = app.getStageExpires();
        workflow.perform(CaseFile.load(app, attachments, steps), StepRequest.bySystem(timeout.get().code()));
        applications.saveAndFlush(app);
        LOG.info("Application {} left stage {} after its last day {} by {}", app.getReferenceNo(), stage, lastDay,
                timeout.get().code());
        return true;
    }
}
