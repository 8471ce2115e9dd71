package org.ticportal.policy.api.procedure;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

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
 */
public record Stage(String code, LocalizedText name, StageKind kind, String article, int deadlineWorkingDays,
                    int maxDurationMonths, boolean optional) {

    public Stage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        article = article == null ? "" : article;
        if (deadlineWorkingDays < 0 || maxDurationMonths < 0) {
            throw new IllegalArgumentException("durations of stage " + code + " must not be negative");
        }
    }

    /** A stage without deadline that cannot be skipped. */
    public static Stage of(String code, LocalizedText name, StageKind kind, String article) {
        return new Stage(code, name, kind, article, 0, 0, false);
    }

    /** This stage with a deadline in working days. */
    public Stage withDeadline(int workingDays) {
        return new Stage(code, name, kind, article, workingDays, maxDurationMonths, optional);
    }

    /** This stage lasting at most the given months (a construction period). */
    public Stage lastingAtMost(int months) {
        return new Stage(code, name, kind, article, deadlineWorkingDays, months, optional);
    }

    /** This stage, which the authority may skip for a case. */
    public Stage asOptional() {
        return new Stage(code, name, kind, article, deadlineWorkingDays, maxDurationMonths, true);
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
