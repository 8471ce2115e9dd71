/** 政策目录: the active policy's catalogs (read-only until catalog overrides exist). */
@NullMarked
package org.ticportal.ui.catalogs;

import org.jspecify.annotations.NullMarked;
