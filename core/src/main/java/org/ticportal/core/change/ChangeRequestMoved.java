package org.ticportal.core.change;

/**
 * A change request was filed or took a step (published inside the step's transaction; its next approvers or its lead
 * unit are told after the commit).
 *
 * @param requestId the request
 * @param actor     who acted (not told)
 */
record ChangeRequestMoved(long requestId, String actor) {
}
