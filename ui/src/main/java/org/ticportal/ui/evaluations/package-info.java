/**
 * 绩效评估 (art. 14 of the Xinzhou measures): the rounds and evaluations grid, the evaluation page with the policy's
 * steps, history, self-assessment, scores and outcome, and the 优秀中心 list.
 */
@NullMarked
package org.ticportal.ui.evaluations;

import org.jspecify.annotations.NullMarked;
