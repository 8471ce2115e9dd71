/**
 * 全局搜索: the results page of the header's search box, the centers, applications, units and experts the user may
 * open, grouped by kind, each linked to its page (or its grid's dialog).
 */
@NullMarked
package org.ticportal.ui.search;

import org.jspecify.annotations.NullMarked;
