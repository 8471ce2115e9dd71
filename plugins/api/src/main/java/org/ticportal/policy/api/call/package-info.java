/**
 * Calls for applications (申报批次): what a policy allows about filing in calls, outside them, and quotas.
 */
@NullMarked
package org.ticportal.policy.api.call;

import org.jspecify.annotations.NullMarked;
