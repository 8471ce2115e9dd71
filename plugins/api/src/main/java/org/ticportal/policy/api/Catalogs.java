package org.ticportal.policy.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared checks for catalog codes. */
final class Catalogs {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private Catalogs() {
    }

    static void requireCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("catalog code must match " + CODE.pattern() + ": " + code);
        }
    }

    static void requireUnique(String what, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new IllegalArgumentException("duplicate " + what + " code: " + code);
            }
        }
    }
}
