/**
 * The staff's global search (全局搜索, the box in the header): centers, applications, units and experts found by name,
 * number or unified social credit code, each kind by the feature that owns it ({@link
 * org.ticportal.core.search.SearchSource}) within the row-level scope of that feature's grid.
 */
@NullMarked
package org.ticportal.core.search;

import org.jspecify.annotations.NullMarked;
