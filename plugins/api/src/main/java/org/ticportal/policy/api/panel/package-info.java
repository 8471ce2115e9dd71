/**
 * Expert argumentation (专家论证): how a policy's expert panel is made up (size, required seats, avoidance), the
 * score sheet each expert fills in, and how the experts' scores make the panel's score.
 */
@NullMarked
package org.ticportal.policy.api.panel;

import org.jspecify.annotations.NullMarked;
