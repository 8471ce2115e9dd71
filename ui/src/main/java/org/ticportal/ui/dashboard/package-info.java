/**
 * 统计看板 and 汇总表: each staff role's charts of what matters to it (applications by stage and call, centers by type,
 * cluster, division and status, evaluations falling due, overdue work), drawn with Apache ECharts loaded as a static
 * script, each element opening the grid filtered to it; and the statistical tables a bureau reports upward, exported to
 * Excel with the bureau's title rows.
 */
@NullMarked
package org.ticportal.ui.dashboard;

import org.jspecify.annotations.NullMarked;
