/**
 * Administrators' overrides of a policy's catalogs: the plugin's catalogs are the defaults, an administrator adds,
 * renames, retires and restores entries, and forms offer the merged catalog. A retired entry is offered for no new
 * value but still names the records that hold it.
 */
@NullMarked
package org.ticportal.core.catalog;

import org.jspecify.annotations.NullMarked;
