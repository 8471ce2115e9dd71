package org.ticportal.core.user;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;
import org.ticportal.core.common.BusinessException;

/** Checks new passwords against the configured strength rules and generates one-time passwords that pass them. */
@Component
public class PasswordPolicy {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!@#$%&*+-=?";

    private final SecurityPolicyProperties properties;
    private final SecureRandom random = new SecureRandom();

    public PasswordPolicy(SecurityPolicyProperties properties) {
        this.properties = properties;
    }

    /**
     * Refuses a password that is too short, uses too few character classes, or contains the user name.
     *
     * @throws BusinessException on field {@code password} with key {@code password.tooShort},
     *                           {@code password.tooFewClasses} or {@code password.containsUsername}
     */
    public void check(String username, String password) {
        if (password.length() < properties.passwordMinLength()) {
            throw BusinessException.onField("password", "password.tooShort", properties.passwordMinLength());
        }
        if (classes(password) < properties.passwordMinClasses()) {
            throw BusinessException.onField("password", "password.tooFewClasses", properties.passwordMinClasses());
        }
        if (!username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            throw BusinessException.onField("password", "password.containsUsername");
        }
    }

    /** The number of character classes (upper case, lower case, digit, other) in the text. */
    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** A random password of all four classes, at least 16 characters and never shorter than the policy's minimum. */
    public String generateOneTimePassword() {
        int length = Math.max(16, properties.passwordMinLength());
        List<Character> chars = new ArrayList<>();
        for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(set.charAt(random.nextInt(set.length())));
        }
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        while (chars.size() < length) {
            chars.add(all.charAt(random.nextInt(all.length())));
        }
        Collections.shuffle(chars, random);
        StringBuilder sb = new StringBuilder(length);
        chars.forEach(sb::append);
        return sb.toString();
    }
}
