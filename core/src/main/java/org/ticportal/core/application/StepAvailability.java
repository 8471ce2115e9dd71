package org.ticportal.core.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * Which steps of the procedure a user may take on a case now: the steps that leave its stage, apply to its channel
 * under the policy's settings ({@link InForce}) and are the user's role's to take ({@link ApplicationAccess}); once
 * a panel is drawn, its head takes the panel's steps. With each step, what it requires in words ({@link Guards}),
 * including the checklist items its actor must confirm before passing the case on. {@link Workflow} asks it whether
 * a step requested is the requester's to take.
 */
@Component
class StepAvailability {

    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final EligibilityChecker eligibility;
    private final Checklist checklist;
    private final CaseForms caseForms;

    StepAvailability(PolicyProviders providers, PolicySettingsService settings, EligibilityChecker eligibility,
                     Checklist checklist, CaseForms caseForms) {
        this.providers = providers;
        this.settings = settings;
        this.eligibility = eligibility;
        this.checklist = checklist;
        this.caseForms = caseForms;
    }

    /** What the expert feature says about panels; none drawn when the portal runs without it (unit tests). */
    private PanelAccess panels = NO_PANELS;

    private static final PanelAccess NO_PANELS = new PanelAccess() {
        @Override
        public boolean hasPanel(long applicationId) {
            return false;
        }

        @Override
        public boolean isMember(long applicationId) {
            return false;
        }

        @Override
        public boolean mayRead(long applicationId) {
            return false;
        }

        @Override
        public boolean isLeader(long applicationId) {
            return false;
        }
    };

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setPanels(PanelAccess panels) {
        this.panels = panels;
    }

    /** The transitions a user with this scope may take now. */
    List<Transition> available(RecognitionApplication app, AccessScope scope) {
        return withoutDrawnPanelSteps(app, available(app, providers.read(app.getPin(), p -> p.procedure()), scope,
                settings.settingsFor(app.getPin())));
    }

    /** Once a panel is drawn, its head records the conclusion: the bureau no longer takes the panel's steps. */
    private List<Transition> withoutDrawnPanelSteps(RecognitionApplication app, List<Transition> transitions) {
        if (transitions.stream().noneMatch(t -> t.actor() == Actor.EXPERT_PANEL) || !panels.hasPanel(app.getId())) {
            return transitions;
        }
        return transitions.stream().filter(t -> t.actor() != Actor.EXPERT_PANEL).toList();
    }

    private static List<Transition> available(RecognitionApplication app, Procedure procedure, AccessScope scope,
                                              PolicySettings current) {
        return procedure.from(app.getStage()).stream()
                .filter(t -> InForce.applies(t, app, current) && ApplicationAccess.canAct(t.actor(), scope, app))
                .toList();
    }


    /** The steps a user with this scope may take now, with what each requires in words. */
    List<AvailableAction> actions(CaseFile file, AccessScope scope) {
        RecognitionApplication app = file.application();
        Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
        PolicySettings current = settings.settingsFor(app.getPin());
        List<Transition> available = withoutDrawnPanelSteps(app, available(app, procedure, scope, current));
        if (available.isEmpty()) {
            return List.of();
        }
        Guards guards = new Guards(() -> caseForms.vocabulary(app, available.stream().map(Transition::form)
                .filter(f -> !f.isEmpty()).distinct().map(f -> caseForms.formOf(app, f)).toList()));
        List<AvailableAction> result = new ArrayList<>();
        List<ChecklistItem> items = null;
        for (Transition t : available) {
            Stage to = procedure.stage(t.to()).orElseThrow();
            List<Guard> shown = new ArrayList<>(InForce.guards(t, current));
            if (passesStage(app, t, to) && !t.requires(GuardKind.CHECKLIST_VERIFIED)) {
                if (items == null) {
                    items = checklist.items(file, eligibility.check(file), null);
                }
                if (items.stream().anyMatch(i -> i.owner() == t.actor())) {
                    shown.add(new Guard(GuardKind.CHECKLIST_VERIFIED, "", ""));
                }
            }
            result.add(new AvailableAction(t.code(), t.name(), t.actor(), t.to(), to.name(), t.form(),
                    shown.stream().anyMatch(g -> g.kind() == GuardKind.COMMENT_PRESENT),
                    shown.stream().map(g -> new Requirement(g, guards.describe(g))).toList(), t.article()));
        }
        return result;
    }

    /**
     * Whether the requester may take this step (one that leaves the case's stage and is in force): a panel's head
     * the panel's steps, the portal itself the system's, anyone else the steps of their role on a case they may act
     * on, but not the panel's steps once a panel is drawn.
     */
    boolean mayTake(RecognitionApplication app, Transition t, StepRequest request) {
        AccessScope scope = request.scope();
        if (request.panelHead()) {
            return t.actor() == Actor.EXPERT_PANEL;
        } else if (t.actor() == Actor.SYSTEM) {
            return ApplicationAccess.isSystem();
        } else {
            return scope != null && ApplicationAccess.canAct(t.actor(), scope, app)
                    && !(t.actor() == Actor.EXPERT_PANEL && panels.hasPanel(app.getId()));
        }
    }

    /**
     * Whether the step passes the case on to a later stage, so that what its actor had to confirm must be confirmed:
     * a reviewer's step into another stage that is no return to the applicant, refusal or withdrawal.
     */
    static boolean passesStage(RecognitionApplication app, Transition t, Stage target) {
        return t.actor() != Actor.APPLICANT && t.actor() != Actor.SYSTEM && !target.code().equals(app.getStage())
                && target.kind() != StageKind.DRAFT && target.kind() != StageKind.REJECTED
                && target.kind() != StageKind.WITHDRAWN;
    }
}
