package org.ticportal.core.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * What an application's screen shows of it, read from one {@link CaseFile}: its values, its stage and the stages of its
 * procedure by name, whether the current user may change it ({@link #editable}: the one place that rule is written),
 * the steps they may take now, and the eligibility check when asked for. Callers check that the user may see it.
 */
@Component
class ApplicationDetails {

    private final PolicyProviders providers;
    private final StepAvailability availability;
    private final EligibilityChecker eligibility;
    private final UserService users;

    ApplicationDetails(PolicyProviders providers, StepAvailability availability, EligibilityChecker eligibility,
                       UserService users) {
        this.providers = providers;
        this.availability = availability;
        this.eligibility = eligibility;
        this.users = users;
    }

    /** The application's detail; with its eligibility self-check when {@code withEligibility}. */
    ApplicationDetail of(CaseFile file, boolean withEligibility) {
        RecognitionApplication app = file.application();
        Procedure procedure = procedure(app);
        Stage stage = procedure == null ? null : procedure.stage(app.getStage()).orElse(null);
        Map<String, LocalizedText> stepNames = new LinkedHashMap<>();
        if (procedure != null) {
            procedure.transitions().forEach(t -> stepNames.putIfAbsent(t.code(), t.name()));
        }
        return new ApplicationDetail(ApplicationRow.of(app), file.values(), file.explanations(),
                stage == null ? null : stage.name(), app.getNotice().firstDay(), app.getNotice().lastDay(),
                app.getNotice().lastDayProvisional(), procedure == null ? List.of() : procedure.stages(), stepNames,
                editable(app), procedure == null ? null : actions(file), withEligibility ? eligibility(file) : null);
    }

    /** Whether the current user may change the application form now: its applicant, while it is an open draft. */
    boolean editable(RecognitionApplication app) {
        return isOpenDraft(app) && ApplicationAccess.canAct(Actor.APPLICANT, users.currentScope(), app);
    }

    /** Whether the application is a draft still open: the stage in which its form may change at all. */
    static boolean isOpenDraft(RecognitionApplication app) {
        return app.getStageKind() == StageKind.DRAFT && !app.isClosed();
    }

    /** The pinned policy's procedure, or {@code null} when its plugin cannot be read now. */
    @Nullable Procedure procedure(RecognitionApplication app) {
        try {
            return providers.read(app.getPin(), p -> p.procedure());
        } catch (BusinessException e) {
            return null;
        }
    }

    private @Nullable List<AvailableAction> actions(CaseFile file) {
        if (file.application().isClosed()) {
            return List.of();
        }
        try {
            return availability.actions(file, users.currentScope());
        } catch (BusinessException e) {
            return null; // the policy cannot say now; ApplicationService.actions tells why
        }
    }

    private @Nullable EligibilityReport eligibility(CaseFile file) {
        try {
            return eligibility.check(file);
        } catch (BusinessException e) {
            return null; // ApplicationService.eligibility tells why
        }
    }
}
