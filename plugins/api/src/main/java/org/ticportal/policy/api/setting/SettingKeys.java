package org.ticportal.policy.api.setting;

/**
 * Keys of settings the portal itself reads when a policy declares them. A policy that wants the behaviour declares a
 * {@link SettingDefinition} under the key, with the type given here; one that does not declare it does without.
 *
 * @since 0.2.4
 */
public final class SettingKeys {

    /**
     * {@link SettingType#INTEGER}: how many working days before a stage's time limit ends ({@code Stage.deadline…})
     * the portal reminds the users who may take the stage's step, once per entry into the stage; {@code 0} reminds
     * nobody. The measures set time limits but say nothing of reminders: a value of the authority's practice. Since
     * 0.2.5 the same N applies to the steps of the evaluation procedure ({@code EvaluationStep.workingDays}): the
     * step's actors (the lead unit, the supervising department, the authority, the drawn experts who have not scored)
     * are reminded once per step entered.
     */
    public static final String REMINDER_WORKING_DAYS = "reminder.workingDaysBefore";

    private SettingKeys() {
    }
}
