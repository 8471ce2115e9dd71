package org.ticportal.core.center;

import org.jspecify.annotations.Nullable;

/**
 * A co-builder of a center (参与共建单位, art. 12 of the Xinzhou measures).
 *
 * @param name         the unit's name
 * @param mode         how it joins, {@code null} when not known
 * @param contribution what it contributes (as the application or the change states it, e.g. "200 万元"), when known
 */
public record CoBuilder(String name, @Nullable CoBuildingMode mode, @Nullable String contribution) {

    public CoBuilder {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a co-builder needs a name");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("a co-builder's name has at most 200 characters");
        }
        contribution = contribution == null || contribution.isBlank() ? null : contribution.strip();
        if (contribution != null && contribution.length() > 500) {
            throw new IllegalArgumentException("a co-builder's contribution has at most 500 characters");
        }
    }
}
