/**
 * Expert argumentation (专家论证): the expert pool, panels drawn at random for applications with the draw's record,
 * the members' declarations, site visits, defenses and score sheets, and the panel's conclusion taken as the policy's
 * step by the panel's head.
 */
@NullMarked
package org.ticportal.core.expert;

import org.jspecify.annotations.NullMarked;
