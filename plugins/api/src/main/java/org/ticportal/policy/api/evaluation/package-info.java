/**
 * Performance evaluation (绩效评估): cycle, indicator tree with weights, grade scale, and the mapping from grade (and
 * the center's history) to an outcome: retain, rectify or revoke.
 */
package org.ticportal.policy.api.evaluation;
