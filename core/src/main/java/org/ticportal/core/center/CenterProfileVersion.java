package org.ticportal.core.center;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One version of a center's profile, as recorded: version 1 by recognition, each later one by an approved change.
 *
 * @param centerId   the center
 * @param versionNo  its number, from 1
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it ({@code system} for recognition by the notice closer)
 * @param reason     why (the change approved); {@code null} for the version recognition wrote
 * @param profile    the profile's content
 */
public record CenterProfileVersion(long centerId, int versionNo, Instant recordedAt, String recordedBy,
                                   @Nullable String reason, CenterProfileDraft profile) {

    /** The day this version takes effect. */
    public LocalDate effectiveFrom() {
        return profile.effectiveFrom();
    }

    /** Whether recognition wrote it. */
    public boolean fromRecognition() {
        return versionNo == 1 && reason == null;
    }
}
