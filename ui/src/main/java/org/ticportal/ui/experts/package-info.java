/**
 * Expert argumentation screens: 专家库 (the pool, for bureau staff and administrators), 专家组 (an application's
 * panel: draw, record, replacement), 我的评审任务 (an expert's assignments) and the expert's own assignment
 * (declaration, site visit and defense, score sheet, the head's conclusion).
 */
@NullMarked
package org.ticportal.ui.experts;

import org.jspecify.annotations.NullMarked;
