package org.ticportal.policy.api.panel;

import org.jspecify.annotations.Nullable;

/**
 * Where the panel's result goes on the form of the transition its head takes (the policy's expert conclusion form):
 * the portal fills these fields itself, so that the form and the panel's scores and choice cannot disagree. A field a
 * form does not have is {@code null}.
 *
 * @param score      the panel's aggregated score (a NUMBER field)
 * @param conclusion the conclusion: the code of the transition taken (a CHOICE field whose options are those codes)
 * @param opinion    the panel's opinion (a LONG_TEXT field)
 * @param date       the date of the on-site defense or review (a DATE field)
 * @param members    the panel's members (a TABLE field whose columns are {@code name}, {@code unit}, {@code title},
 *                   {@code isHead} and {@code score}; the portal fills those the table has)
 */
public record ConclusionFields(@Nullable String score, @Nullable String conclusion, @Nullable String opinion,
                               @Nullable String date, @Nullable String members) {

    /** No field is filled in: the head fills the form as any other step's. */
    public static final ConclusionFields NONE = new ConclusionFields(null, null, null, null, null);
}
