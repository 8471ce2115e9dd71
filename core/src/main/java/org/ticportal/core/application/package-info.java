/**
 * Recognition applications (认定申请) and the workflow engine that moves them through the procedure of the policy
 * they are pinned to: who may act, what each step requires, the eligibility check with its articles, the public
 * notice counted in working days, and the history of every step.
 */
@NullMarked
package org.ticportal.core.application;

import org.jspecify.annotations.NullMarked;
