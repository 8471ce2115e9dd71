package org.ticportal.core.application;

import org.ticportal.core.plugin.PolicyPin;

/**
 * How many applications are handled under one plugin version of a policy.
 *
 * @param pin       the policy and plugin version
 * @param open      applications whose procedure has not ended
 * @param closed    applications whose procedure has ended
 * @param installed whether that version is the one running now
 */
public record PinUsage(PolicyPin pin, long open, long closed, boolean installed) {
}
