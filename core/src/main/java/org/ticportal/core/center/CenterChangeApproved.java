package org.ticportal.core.center;

import org.jspecify.annotations.Nullable;

/**
 * A change of a center approved at the last step of its approval chain (art. 15 of the Xinzhou measures: 报市科技局批准),
 * published by the change requests inside the approval's transaction. The center feature records the next version of
 * the center's profile and, for a rename, gives the center its new name — or refuses, and the approval with it: a
 * stale version ({@code OptimisticLockingFailureException}), a name that no longer passes the naming rules or that
 * another center took meanwhile ({@code change.rename.*}).
 *
 * @param centerId          the center
 * @param expectedVersionNo the profile version the change was filed against
 * @param profile           the new version's content
 * @param newCoreName       the new core name of a rename, {@code null} when the name stays
 * @param reason            why (the request's reason, recorded with the version)
 */
public record CenterChangeApproved(long centerId, int expectedVersionNo, CenterProfileDraft profile,
                                   @Nullable String newCoreName, String reason) {
}
