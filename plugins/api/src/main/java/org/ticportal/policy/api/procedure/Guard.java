package org.ticportal.policy.api.procedure;

import java.util.Objects;

import org.ticportal.policy.api.setting.PolicySettings;

/**
 * A condition of a transition.
 *
 * @param kind      what is required
 * @param reference the field key or evidence code it concerns, or empty
 * @param article   the article that requires it
 * @param setting   the key of a {@link org.ticportal.policy.api.setting.SettingType#BOOLEAN BOOLEAN} setting of the
 *                  policy that must be {@code true} for the guard to apply (e.g. the paper copy is checked only while
 *                  the setting "paper copy required" is on), or empty: the guard always applies. The portal reads the
 *                  setting each time it checks the step, so an administrator's change applies at once.
 * @since 0.2.2 ({@code setting})
 */
public record Guard(GuardKind kind, String reference, String article, String setting) {

    public Guard {
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
        article = article == null ? "" : article;
        setting = setting == null ? "" : setting.strip();
    }

    /** A guard that always applies. */
    public Guard(GuardKind kind, String reference, String article) {
        this(kind, reference, article, "");
    }

    /** This guard, applying only while the policy's BOOLEAN setting {@code settingKey} is {@code true}. */
    public Guard onlyWhen(String settingKey) {
        Objects.requireNonNull(settingKey, "settingKey");
        if (settingKey.isBlank()) {
            throw new IllegalArgumentException("the setting key of a guard must not be blank");
        }
        return new Guard(kind, reference, article, settingKey);
    }

    /** Whether the guard applies under the policy's current settings. */
    public boolean appliesUnder(PolicySettings settings) {
        return setting.isEmpty() || settings.flag(setting);
    }
}
