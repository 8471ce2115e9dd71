package org.ticportal.core.form;

import java.util.Arrays;
import java.util.Optional;

import org.ticportal.core.common.CoreMessages;
import org.ticportal.policy.api.LocalizedText;

/**
 * Academic degrees of a person field, as the national degree system has them (the same under every policy, so not a
 * policy catalog).
 */
public enum Degree {
    DOCTOR(CoreMessages.text("form.degree.doctor")),
    MASTER(CoreMessages.text("form.degree.master")),
    BACHELOR(CoreMessages.text("form.degree.bachelor")),
    NONE(CoreMessages.text("form.degree.none"));

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
