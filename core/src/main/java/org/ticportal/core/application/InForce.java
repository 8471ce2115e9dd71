package org.ticportal.core.application;

import java.util.List;

import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.setting.PolicySettings;

/** What of a policy's procedure is in force for an application now, under the policy's settings. */
final class InForce {

    private InForce() {
    }

    /**
     * Whether a transition is part of the application's procedure now: for its channel, and under the policy's
     * settings (e.g. the submission into the unit administrator's review, while the policy's setting asks for it).
     */
    static boolean applies(Transition t, RecognitionApplication app, PolicySettings current) {
        return t.appliesTo(app.getChannel()) && t.appliesUnder(current);
    }

    /**
     * The guards of a transition that apply under the policy's settings now: a guard tied to a setting (e.g. the paper
     * copy, only while paper copies are required) applies only while that setting is on.
     */
    static List<Guard> guards(Transition t, PolicySettings current) {
        return t.guards().stream().filter(g -> g.appliesUnder(current)).toList();
    }
}
