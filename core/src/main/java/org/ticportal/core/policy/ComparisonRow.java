package org.ticportal.core.policy;

import org.ticportal.policy.api.LocalizedText;

/**
 * One line of a side-by-side comparison of two policies.
 *
 * @param section what part of the policy ({@code IDENTITY}, {@code NAMING}, {@code RULES}, {@code PROCEDURE},
 *                {@code NOTICE}, {@code EVALUATION}, {@code CHANGES}, {@code CATALOGS}, {@code SETTINGS})
 * @param aspect  what is compared
 * @param left    the first policy's value ("—" when it has none)
 * @param right   the second policy's value
 * @param differs whether the two differ
 */
public record ComparisonRow(String section, LocalizedText aspect, LocalizedText left, LocalizedText right,
                            boolean differs) {
}
