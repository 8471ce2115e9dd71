/**
 * Change requests of a recognised center (art. 15 of the Xinzhou measures): a rename, a change of the main research
 * direction, a restructuring, as the center's policy declares them ({@code ChangeType}: what each may alter, who
 * approves in which order). The lead unit files a written request for its own center; the approval chain reviews it
 * (approve, return, refuse, each recorded); the last approval records the next version of the center's profile in the
 * same transaction ({@link org.ticportal.core.center.CenterChangeApproved}), renaming the center for a rename. A rename
 * meets the naming rules and the unique name when filed and again when approved; a new lead unit meets the eligibility
 * rules of the center's policy. The next approvers and, at the end, the lead unit are told.
 */
@NullMarked
package org.ticportal.core.change;

import org.jspecify.annotations.NullMarked;
