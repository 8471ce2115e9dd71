package org.ticportal.core.form;

import java.util.Arrays;
import java.util.Optional;

import org.ticportal.policy.api.LocalizedText;

/**
 * Academic degrees of a person field, as the national degree system has them (the same under every policy, so not a
 * policy catalog).
 */
public enum Degree {
    DOCTOR(new LocalizedText("博士", "Doctorate")),
    MASTER(new LocalizedText("硕士", "Master's")),
    BACHELOR(new LocalizedText("学士", "Bachelor's")),
    NONE(new LocalizedText("无学位", "No degree"));

    private final LocalizedText label;

    Degree(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<Degree> of(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }
}
