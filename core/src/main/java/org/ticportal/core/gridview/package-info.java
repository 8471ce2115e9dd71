/**
 * Saved views of the management grids (issue 13, 已保存视图): a user's named filters, visible columns in their order
 * and sort orders of one grid, restored on request or, for the view marked as the user's default, when the grid opens;
 * a bureau user may share a view with the colleagues of the same jurisdiction.
 */
@NullMarked
package org.ticportal.core.gridview;

import org.jspecify.annotations.NullMarked;
