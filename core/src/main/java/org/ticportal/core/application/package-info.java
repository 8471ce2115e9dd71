/**
 * Recognition applications (认定申请) and the workflow engine that moves them through the procedure of the policy
 * they are pinned to: who may act, what each step requires, the eligibility check with its articles, the public
 * notice counted in working days, and the history of every step.
 *
 * <p>Where things happen: {@code Workflow} takes a step (what it requires: {@code Guards}; dates on its form:
 * {@code StepDates}); {@code StepAvailability} works out which steps a user may take now and what each requires in
 * words; {@code CaseForms} reads a case's forms in the versions that apply to it; {@code CaseHistory} is the one place that records a step — the history row, the audit row and
 * the {@link org.ticportal.core.application.ApplicationStepTaken} event together — for filing, every step and
 * migration; {@code CaseFile} is what a request reads of an application, loaded once; {@code EligibilityChecker} runs
 * the policy's rules on it; {@code ApplicationDetails} makes what an application's screen shows of one case file
 * (whether it is editable, the steps the user may take, the eligibility check when asked for).
 */
@NullMarked
package org.ticportal.core.application;

import org.jspecify.annotations.NullMarked;
