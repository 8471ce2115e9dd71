package org.ticportal.policy.api;

import java.util.Objects;
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
}
