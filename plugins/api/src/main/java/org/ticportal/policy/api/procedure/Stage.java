package org.ticportal.policy.api.procedure;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * A state an application can be in.
 *
 * @param code                stable code, upper case, e.g. {@code BUREAU_RECHECK}
 * @param name                the stage's name (复核)
 * @param kind                what kind of stage it is
 * @param article             the article that establishes it
 * @param deadlineWorkingDays the time the actor has, in working days, or 0 for none
 * @param maxDurationMonths   for a construction period, its maximum length in months, or 0
 * @param optional            whether the authority may skip it for a case (e.g. site visit for a conversion)
 * @param deadlineSetting     the key of an {@link org.ticportal.policy.api.setting.SettingType#INTEGER INTEGER}
 *                            setting whose value (working days, 0 for none) replaces {@code deadlineWorkingDays}, read
 *                            when an application enters the stage; or empty: {@code deadlineWorkingDays} applies
 * @since 0.2.2 ({@code deadlineSetting})
 */
public record Stage(String code, LocalizedText name, StageKind kind, String article, int deadlineWorkingDays,
                    int maxDurationMonths, boolean optional, String deadlineSetting) {

    public Stage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        article = article == null ? "" : article;
        if (deadlineWorkingDays < 0 || maxDurationMonths < 0) {
            throw new IllegalArgumentException("durations of stage " + code + " must not be negative");
        }
        deadlineSetting = deadlineSetting == null ? "" : deadlineSetting.strip();
    }

    /** A stage whose deadline is fixed (no setting). */
    public Stage(String code, LocalizedText name, StageKind kind, String article, int deadlineWorkingDays,
                 int maxDurationMonths, boolean optional) {
        this(code, name, kind, article, deadlineWorkingDays, maxDurationMonths, optional, "");
    }

    /** A stage without deadline that cannot be skipped. */
    public static Stage of(String code, LocalizedText name, StageKind kind, String article) {
        return new Stage(code, name, kind, article, 0, 0, false);
    }

    /** This stage with a deadline in working days. */
    public Stage withDeadline(int workingDays) {
        return new Stage(code, name, kind, article, workingDays, maxDurationMonths, optional, deadlineSetting);
    }

    /**
     * This stage with a deadline an administrator sets: the INTEGER setting {@code settingKey} (working days), whose
     * default should be {@code defaultWorkingDays}, the deadline used where the settings cannot be read.
     */
    public Stage withDeadlineSetting(String settingKey, int defaultWorkingDays) {
        Objects.requireNonNull(settingKey, "settingKey");
        if (settingKey.isBlank()) {
            throw new IllegalArgumentException("the deadline setting of stage " + code + " must not be blank");
        }
        return new Stage(code, name, kind, article, defaultWorkingDays, maxDurationMonths, optional, settingKey);
    }

    /** The deadline in working days (0: none) under the policy's current settings. */
    public int deadlineUnder(PolicySettings settings) {
        if (deadlineSetting.isEmpty()) {
            return deadlineWorkingDays;
        }
        int days = settings.intValue(deadlineSetting);
        return Math.max(days, 0);
    }

    /** This stage lasting at most the given months (a construction period). */
    public Stage lastingAtMost(int months) {
        return new Stage(code, name, kind, article, deadlineWorkingDays, months, optional, deadlineSetting);
    }

    /** This stage, which the authority may skip for a case. */
    public Stage asOptional() {
        return new Stage(code, name, kind, article, deadlineWorkingDays, maxDurationMonths, true, deadlineSetting);
    }

    /** Whether the procedure ends here. */
    public boolean isFinal() {
        return createsCenter() || kind == StageKind.REJECTED || kind == StageKind.WITHDRAWN;
    }

    /** Whether reaching this stage recognises the center (provisionally, for {@link StageKind#PROVISIONAL}). */
    public boolean createsCenter() {
        return kind == StageKind.RECOGNIZED || kind == StageKind.PROVISIONAL;
    }
}
