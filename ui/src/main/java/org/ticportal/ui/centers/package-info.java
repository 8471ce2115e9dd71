/**
 * Recognised technology innovation centers: the staff's and units' register, a center's page with its decision and
 * certificate, and the public registry without login.
 */
@NullMarked
package org.ticportal.ui.centers;

import org.jspecify.annotations.NullMarked;
