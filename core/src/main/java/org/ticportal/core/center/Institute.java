package org.ticportal.core.center;

import org.jspecify.annotations.Nullable;

/**
 * A part of a comprehensive center (综合类): its headquarters (本部) or one of its specialised R&amp;D institutes
 * (专业化创新研发机构), arts. 6–7 of the Xinzhou measures; what a profile version records of each.
 *
 * @param name         the institute's name
 * @param location     where it is (所在地), when known
 * @param field        its R&amp;D field (研发领域), when known
 * @param headquarters whether it is the center's headquarters (at most one per profile)
 */
public record Institute(String name, @Nullable String location, @Nullable String field, boolean headquarters) {

    public Institute {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an institute needs a name");
        }
        name = name.strip();
        location = location == null || location.isBlank() ? null : location.strip();
        field = field == null || field.isBlank() ? null : field.strip();
        if (name.length() > 200 || location != null && location.length() > 200
                || field != null && field.length() > 200) {
            throw new IllegalArgumentException("an institute's name, location and field have at most 200 characters");
        }
    }
}
