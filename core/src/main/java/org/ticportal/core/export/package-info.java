/**
 * Exports of what a management grid shows (issue 13, "export exactly what is shown"): the grid's rows through the same
 * service query, filter and sort it uses, its visible columns in their order, to Excel or CSV, in the background and
 * recorded in the audit trail.
 */
@NullMarked
package org.ticportal.core.export;

import org.jspecify.annotations.NullMarked;
