/**
 * Which policy applies: the policy each jurisdiction files new applications under, the values administrators set for
 * a policy's settings, and the side-by-side comparison of two policies.
 */
@NullMarked
package org.ticportal.core.policy;

import org.jspecify.annotations.NullMarked;
