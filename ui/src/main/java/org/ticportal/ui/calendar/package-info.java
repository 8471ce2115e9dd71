/**
 * The working-day calendar screen: loaded years with their sources, a year's special days (edited by administrators,
 * read by bureau staff), the CSV import with progress, and a working-day calculator.
 */
@NullMarked
package org.ticportal.ui.calendar;

import org.jspecify.annotations.NullMarked;
