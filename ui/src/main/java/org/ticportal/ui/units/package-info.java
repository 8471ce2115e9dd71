/**
 * Applicant units: the public registration page (单位注册), the units grid of administrators, bureau staff and
 * recommending bodies with confirmation, and the unit's own page where its administrator manages its users.
 */
@NullMarked
package org.ticportal.ui.units;

import org.jspecify.annotations.NullMarked;
