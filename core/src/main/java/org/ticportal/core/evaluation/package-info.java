/**
 * Performance evaluation of recognised centers (绩效评估, art. 14 of the Xinzhou measures): rounds the bureau opens for
 * the centers due, each center's evaluation run through the policy's evaluation procedure (self-assessment, reviews,
 * expert scoring), totalled, graded and decided by the policy's mapping with the center's history, and its outcome
 * applied to the center (retain, rectify and re-check, revoke, confirm). Nothing in it is specific to one policy.
 */
@NullMarked
package org.ticportal.core.evaluation;

import org.jspecify.annotations.NullMarked;
