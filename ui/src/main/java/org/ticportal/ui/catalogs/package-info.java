/**
 * 政策目录: the active policy's catalogs as they are in force — the plugin's defaults with administrators' additions,
 * renames and retirements — edited by administrators and read by bureau staff, with the history of the changes.
 */
@NullMarked
package org.ticportal.ui.catalogs;

import org.jspecify.annotations.NullMarked;
