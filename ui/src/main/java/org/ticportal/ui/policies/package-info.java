/**
 * Policies: the active policy per jurisdiction, a policy's settings, and the comparison of two policies.
 */
@NullMarked
package org.ticportal.ui.policies;

import org.jspecify.annotations.NullMarked;
