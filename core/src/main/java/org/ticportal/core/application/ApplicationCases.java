package org.ticportal.core.application;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.Actor;

/**
 * Loading an application for the current user ({@link ApplicationAccess}'s rules on a single record): one the user may
 * see ({@code application.notFound} otherwise), a draft the user may change as its applicant, as they last read it,
 * its case file, and the applicant's own confirmed unit for filing. Shared by {@link ApplicationService} and
 * {@link ApplicationForms}; it checks no roles itself, its callers' public methods do, and runs in their transactions.
 */
@Component
class ApplicationCases {

    private final ApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final AttachmentRepository attachments;
    private final UnitService units;
    private final UserService users;
    private final ApplicationDetails details;

    ApplicationCases(ApplicationRepository applications, ApplicationStepRepository steps,
                     AttachmentRepository attachments, UnitService units, UserService users,
                     ApplicationDetails details) {
        this.applications = applications;
        this.steps = steps;
        this.attachments = attachments;
        this.units = units;
        this.users = users;
        this.details = details;
    }

    /** An application the user may see; {@code application.notFound} otherwise. */
    RecognitionApplication visible(long id) {
        AccessScope scope = users.currentScope();
        return applications.findById(id).filter(a -> ApplicationAccess.canSee(scope, a))
                .orElseThrow(() -> new BusinessException("application.notFound", id));
    }

    /** A draft the current user may change as its applicant, as they last read it. */
    RecognitionApplication applicantsDraft(long id, long expectedVersion) {
        RecognitionApplication app = visible(id);
        checkVersion(app, expectedVersion);
        if (!ApplicationDetails.isOpenDraft(app)) {
            throw new BusinessException("application.notEditable",
                    Workflow.stageName(details.procedure(app), app.getStage()));
        }
        if (!ApplicationAccess.canAct(Actor.APPLICANT, users.currentScope(), app)) {
            throw new AccessDeniedException("not the applicant of application " + id);
        }
        return app;
    }

    /** The application's case file: read once per request. */
    CaseFile caseFile(RecognitionApplication app) {
        return CaseFile.load(app, attachments, steps);
    }

    /** The current user's own unit, which must be confirmed: the unit an applicant files for. */
    Unit ownUnit(AccessScope scope) {
        Unit unit = (scope.unitId() == null ? java.util.Optional.<Unit>empty() : units.find(scope.unitId()))
                .orElseThrow(() -> new BusinessException("application.noUnit"));
        if (!unit.isConfirmed()) {
            throw new BusinessException("unit.notConfirmed");
        }
        return unit;
    }

    static void checkVersion(RecognitionApplication app, long expectedVersion) {
        if (app.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("application " + app.getId() + " was changed by someone else");
        }
    }
}
