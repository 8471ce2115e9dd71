package org.ticportal.policy.api.notice;

import org.ticportal.policy.api.LocalizedText;

/**
 * How objections (异议) to a notice are received.
 *
 * @param writtenOnly        objections must be written
 * @param unitMustStamp      an objection from a unit carries its stamp
 * @param personMustSign     a person signs with real name and contact
 * @param lateRefused        objections after the notice period are refused
 * @param handlingWorkingDays the time the authority has to handle one, in working days (0: not set)
 * @param instructions       the text printed on the notice about objections
 */
public record ObjectionRules(boolean writtenOnly, boolean unitMustStamp, boolean personMustSign, boolean lateRefused,
                             int handlingWorkingDays, LocalizedText instructions) {
}
