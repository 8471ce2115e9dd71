/**
 * Performance evaluation (绩效评估): cycle, indicator tree with weights, grade scale, and the mapping from grade (and
 * the center's history) to an outcome: retain, rectify or revoke.
 */
@NullMarked
package org.ticportal.policy.api.evaluation;

import org.jspecify.annotations.NullMarked;
