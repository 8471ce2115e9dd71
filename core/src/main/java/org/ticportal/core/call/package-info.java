/**
 * Calls for applications (申报批次): the bureau opens one for its jurisdiction's policy with open and close times,
 * quotas for the recommending bodies and the announcing document; applicants see what is open now.
 */
@NullMarked
package org.ticportal.core.call;

import org.jspecify.annotations.NullMarked;
