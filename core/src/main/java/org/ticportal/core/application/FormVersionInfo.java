package org.ticportal.core.application;

/**
 * The form version an application is filled in on.
 *
 * @param number        its version number, 0 for the form the policy plugin ships
 * @param currentNumber the number of the version new applications are filled in on
 * @param canMove       whether the applicant may move the draft to that version
 */
public record FormVersionInfo(int number, int currentNumber, boolean canMove) {
}
