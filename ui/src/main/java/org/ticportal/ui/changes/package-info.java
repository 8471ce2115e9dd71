/**
 * 变更申请 (art. 15 of the Xinzhou measures): the staff's and the lead unit's list of change requests, the lead unit's
 * form to request a change of its center, and a request's page with the comparison, the new lead unit's eligibility,
 * the history and the approvers' actions.
 */
@NullMarked
package org.ticportal.ui.changes;

import org.jspecify.annotations.NullMarked;
