package org.ticportal.core.center;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * A field whose value differs between two versions of a center's profile.
 *
 * @param field  the field's key (see {@link CenterProfiles#FIELDS}); the UI names it from its bundle
 * @param before the value in the earlier version, {@code null} when it had none
 * @param after  the value in the later version, {@code null} when it has none
 */
public record ProfileDifference(String field, @Nullable LocalizedText before, @Nullable LocalizedText after) {

    public ProfileDifference {
        if (!CenterProfiles.FIELDS.contains(field)) {
            throw new IllegalArgumentException("not a profile field: " + field);
        }
    }
}
