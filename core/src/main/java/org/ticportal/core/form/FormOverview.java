package org.ticportal.core.form;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * One form of a policy for the designer's list.
 *
 * @param code             the form code
 * @param name             its name as the policy ships it
 * @param shippedBy        {@code plugin@version} whose form is the default
 * @param publishedNumber  the number of the version in use, 0 when the shipped form is
 * @param publishedAt      when that version was published, or {@code null}
 * @param draftId          the draft being edited, or {@code null}
 */
public record FormOverview(String code, LocalizedText name, String shippedBy, int publishedNumber,
                           java.time.@Nullable Instant publishedAt, @Nullable Long draftId) {
}
