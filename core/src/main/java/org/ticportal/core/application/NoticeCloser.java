package org.ticportal.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.calendar.CalendarYearsLoaded;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.calendar.WorkingDays;
import org.ticportal.core.common.ClusterLocks;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.notice.NoticeRules;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Transition;

/**
 * Ends published public notices whose last working day has passed: for each such application it takes the step the
 * policy gives the portal itself ({@link Actor#SYSTEM}, e.g. END_NOTICE → recognised), as the principal "system". Runs
 * every night and once at start-up; each application in its own transaction, so that one failure stops no other. An
 * application waiting in the notice stage whose notice the bureau has not published is never closed, however long
 * ago it entered the stage: the public could not object to it (art. 9(3)).
 *
 * <p>A notice whose end was counted across a year whose calendar was not loaded is provisional and never closed
 * automatically; when that year is imported, its end is counted again.
 */
@Component
public class NoticeCloser {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeCloser.class);

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final AttachmentRepository attachments;
    private final PolicyProviders providers;
    private final Workflow workflow;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterLocks locks;

    NoticeCloser(ApplicationRepository applications, ApplicationStepRepository steps,
                 AttachmentRepository attachments, PolicyProviders providers, Workflow workflow,
                 WorkingDayCalendar calendar, TransactionTemplate transactions, Clock clock, ClusterLocks locks) {
        this.applications = applications;
        this.steps = steps;
        this.attachments = attachments;
        this.providers = providers;
        this.workflow = workflow;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        closeEndedNotices();
    }

    /**
     * Closes every notice that ended before today; returns how many applications moved on (0 when another portal
     * instance is closing them right now: the work runs once across instances).
     */
    @Scheduled(cron = "${ticportal.notice.close-cron:0 30 0 * * *}")
    public int closeEndedNotices() {
        return locks.once("notice-close", Duration.ofMinutes(30), Duration.ZERO, this::closeAllEnded)
                .orElse(0);
    }

    private int closeAllEnded() {
        return SystemAuthentication.call(() -> {
            List<Long> ids = applications.findNoticesEndedBefore(LocalDate.now(clock));
            int moved = 0;
            for (Long id : ids) {
                try {
                    Boolean done = transactions.execute(tx -> close(id));
                    if (Boolean.TRUE.equals(done)) {
                        moved++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not close the notice of application {}: {}", id, e.toString());
                }
            }
            if (moved > 0) {
                LOG.info("Closed {} ended public notices", moved);
            }
            return moved;
        });
    }

    /** Counts provisional notice ends again once the years they ran into are loaded. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void calendarLoaded(CalendarYearsLoaded event) {
        SystemAuthentication.run(() -> {
            for (Long id : applications.findProvisionalNotices()) {
                try {
                    transactions.executeWithoutResult(tx -> recount(id));
                } catch (RuntimeException e) {
                    LOG.warn("Could not count the notice of application {} again: {}", id, e.toString());
                }
            }
        });
    }

    private void recount(long id) {
        RecognitionApplication app = applications.findById(id).orElseThrow();
        if (app.getNotice().firstDay() == null) {
            return;
        }
        NoticeRules notice = providers.read(app.getPin(), p -> p.notice());
        WorkingDays.Period period = calendar.periodFor(app.getNotice().firstDay(), notice.workingDays(), true);
        app.noticeRuns(period.first(), period.last(), period.provisional());
        app.touch(clock.instant());
        LOG.info("Notice of application {} now ends {}{}", app.getReferenceNo(), period.last(),
                period.provisional() ? " (still provisional)" : "");
    }

    private boolean close(long id) {
        RecognitionApplication app = applications.findById(id).orElseThrow();
        if (!app.getNotice().published()) {
            return false;
        }
        List<Transition> system = providers.read(app.getPin(), p -> p.procedure().from(app.getStage())).stream()
                .filter(t -> t.actor() == Actor.SYSTEM && t.appliesTo(app.getChannel())).toList();
        if (system.isEmpty()) {
            return false;
        }
        workflow.perform(CaseFile.load(app, attachments, steps), StepRequest.bySystem(system.get(0).code()));
        applications.saveAndFlush(app);
        return true;
    }
}
