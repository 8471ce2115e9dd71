package org.ticportal.core.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * Lets the notice feature date an application's public notice by its publication: the period counted when the case
 * entered the notice stage is replaced by the published notice's period (the public could not object before), and the
 * case is marked published, which alone lets {@link NoticeCloser} close its notice once that period ended. Called
 * by the notice feature's services, which check the user's role and scope; audited on the application.
 */
@Component
public class NoticePeriods {

    private final ApplicationRepository applications;
    private final AuditService audit;
    private final Clock clock;

    NoticePeriods(ApplicationRepository applications, AuditService audit, Clock clock) {
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets the notice period of an application waiting in a notice stage and marks it published, in the publication's
     * transaction (a versioned change of the application: a concurrent step on it fails optimistically); refused for
     * one that is not waiting in a notice stage.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void published(long applicationId, LocalDate first, LocalDate last, boolean provisional) {
        RecognitionApplication app = applications.findById(applicationId)
                .orElseThrow(() -> new BusinessException("application.notFound", applicationId));
        if (app.isClosed() || app.getStageKind() != StageKind.NOTICE) {
            throw new BusinessException("notice.entry.notWaiting", app.getReferenceNo());
        }
        String before = app.getNotice().firstDay() + ".." + app.getNotice().lastDay();
        app.noticeRuns(first, last, provisional);
        app.noticePublished();
        app.touch(clock.instant());
        applications.saveAndFlush(app);
        audit.record(AuditSubject.APPLICATION, Long.toString(applicationId), AuditAction.NOTICE_PUBLISHED, before,
                first + ".." + last, provisional ? "provisional" : null);
    }
}
