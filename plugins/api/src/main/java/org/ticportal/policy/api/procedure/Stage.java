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
 * @param timeoutTransition the code of the transition the portal itself takes when {@code maxDurationMonths} have
 *                          passed (a {@link Actor#SYSTEM} transition leaving this stage, e.g. a construction period
 *                          ending without acceptance), or empty: the limit is shown and reminded of, but nothing moves
 *                          the case by itself
 * @param durationFrom      from when {@code maxDurationMonths} count: {@link #FROM_ENTRY} (empty, the day the case
 *                          entered this stage), {@code "stage:CODE"} (the day the case last entered stage CODE, e.g.
 *                          its approval), or the key of a date the case holds: a field of the application form or of
 *                          a step form filled in before or on the step into this stage (e.g. the decision meeting's
 *                          date, {@code partyGroup.meetingDate})
 * @param remindDaysBefore  how many calendar days before the limit of {@code maxDurationMonths} the portal reminds the
 *                          users who may take the stage's steps (once per entry), or 0: the policy's
 *                          {@link org.ticportal.policy.api.setting.SettingKeys#REMINDER_WORKING_DAYS} applies as for
 *                          any time limit
 * @since 0.2.2 ({@code deadlineSetting}), 0.2.5 ({@code timeoutTransition}, {@code durationFrom},
 *        {@code remindDaysBefore})
 */
public record Stage(String code, LocalizedText name, StageKind kind, String article, int deadlineWorkingDays,
                    int maxDurationMonths, boolean optional, String deadlineSetting, String timeoutTransition,
                    String durationFrom, int remindDaysBefore) {

    /** {@link #durationFrom}: the months count from the day the case entered the stage. */
    public static final String FROM_ENTRY = "";

    /** {@link #durationFrom} prefix: the months count from the day the case last entered the stage named after it. */
    public static final String FROM_STAGE = "stage:";

    public Stage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        article = article == null ? "" : article;
        if (deadlineWorkingDays < 0 || maxDurationMonths < 0) {
            throw new IllegalArgumentException("durations of stage " + code + " must not be negative");
        }
        deadlineSetting = deadlineSetting == null ? "" : deadlineSetting.strip();
        timeoutTransition = timeoutTransition == null ? "" : timeoutTransition.strip();
        durationFrom = durationFrom == null ? FROM_ENTRY : durationFrom.strip();
        if (remindDaysBefore < 0) {
            throw new IllegalArgumentException("the reminder of stage " + code + " must not be negative");
        }
        if (maxDurationMonths == 0 && (!timeoutTransition.isEmpty() || !durationFrom.isEmpty()
                || remindDaysBefore > 0)) {
            throw new IllegalArgumentException("stage " + code + " has a timeout, a start or a reminder of its "
                    + "duration but no maximum duration in months");
        }
        if (durationFrom.equals(FROM_STAGE)) {
            throw new IllegalArgumentException("stage " + code + " counts its duration from a stage without code");
        }
    }

    /** A stage whose duration, if limited, moves nothing by itself (as before 0.2.5). */
    public Stage(String code, LocalizedText name, StageKind kind, String article, int deadlineWorkingDays,
                 int maxDurationMonths, boolean optional, String deadlineSetting) {
        this(code, name, kind, article, deadlineWorkingDays, maxDurationMonths, optional, deadlineSetting, "",
                FROM_ENTRY, 0);
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
        return new Stage(code, name, kind, article, workingDays, maxDurationMonths, optional, deadlineSetting,
                timeoutTransition, durationFrom, remindDaysBefore);
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
        return new Stage(code, name, kind, article, defaultWorkingDays, maxDurationMonths, optional, settingKey,
                timeoutTransition, durationFrom, remindDaysBefore);
    }

    /** The deadline in working days (0: none) under the policy's current settings. */
    public int deadlineUnder(PolicySettings settings) {
        if (deadlineSetting.isEmpty()) {
            return deadlineWorkingDays;
        }
        int days = settings.intValue(deadlineSetting);
        return Math.max(days, 0);
    }

    /**
     * This stage lasting at most the given months (a construction period). Alone, the portal shows the limit and
     * reminds of it; with {@link #lastingAtMost(int, String)} it also moves the case when the limit passes.
     */
    public Stage lastingAtMost(int months) {
        return new Stage(code, name, kind, article, deadlineWorkingDays, months, optional, deadlineSetting,
                timeoutTransition, durationFrom, remindDaysBefore);
    }

    /**
     * This stage lasting at most the given months, after which the portal takes the {@link Actor#SYSTEM} transition
     * {@code timeoutTransition} out of it (recorded in the history as by the system). E.g. the Xinzhou-style
     * "approved to build, accepted within three years" (建设期不超过3年):
     * {@code Stage.of("CONSTRUCTION", …, StageKind.CONSTRUCTION, art).lastingAtMost(36, "CONSTRUCTION_EXPIRED")}.
     *
     * @since 0.2.5
     */
    public Stage lastingAtMost(int months, String timeoutTransition) {
        Objects.requireNonNull(timeoutTransition, "timeoutTransition");
        if (timeoutTransition.isBlank()) {
            throw new IllegalArgumentException("the timeout transition of stage " + code + " must not be blank");
        }
        return new Stage(code, name, kind, article, deadlineWorkingDays, months, optional, deadlineSetting,
                timeoutTransition, durationFrom, remindDaysBefore);
    }

    /**
     * This stage, its months counted from another date than its entry: {@code "stage:APPROVED"} (the day the case last
     * entered that stage) or the key of a date field the case holds (see {@link #durationFrom}). Call after
     * {@link #lastingAtMost}.
     *
     * @since 0.2.5
     */
    public Stage countedFrom(String dateKey) {
        Objects.requireNonNull(dateKey, "dateKey");
        return new Stage(code, name, kind, article, deadlineWorkingDays, maxDurationMonths, optional, deadlineSetting,
                timeoutTransition, dateKey, remindDaysBefore);
    }

    /**
     * This stage, whose limit in months the portal reminds of {@code days} calendar days before it ends (e.g. 90).
     * Call after {@link #lastingAtMost}.
     *
     * @since 0.2.5
     */
    public Stage remindingDaysBefore(int days) {
        return new Stage(code, name, kind, article, deadlineWorkingDays, maxDurationMonths, optional, deadlineSetting,
                timeoutTransition, durationFrom, days);
    }

    /** Whether the stage's duration is limited in months ({@link #maxDurationMonths} &gt; 0). @since 0.2.5 */
    public boolean isTimed() {
        return maxDurationMonths > 0;
    }

    /**
     * The last day of the stage's duration counted from {@code start}: {@code start} plus {@link #maxDurationMonths}
     * months, minus a day (a period of 36 months from 2026-03-01 ends 2029-02-28); empty when it is not timed.
     *
     * @since 0.2.5
     */
    public java.util.Optional<java.time.LocalDate> lastDayFrom(java.time.LocalDate start) {
        Objects.requireNonNull(start, "start");
        return isTimed() ? java.util.Optional.of(start.plusMonths(maxDurationMonths).minusDays(1))
                : java.util.Optional.empty();
    }

    /** The stage code {@link #durationFrom} names with {@code "stage:"}, or empty. @since 0.2.5 */
    public java.util.Optional<String> durationFromStage() {
        return durationFrom.startsWith(FROM_STAGE) ? java.util.Optional.of(durationFrom.substring(FROM_STAGE.length()))
                : java.util.Optional.empty();
    }

    /** This stage, which the authority may skip for a case. */
    public Stage asOptional() {
        return new Stage(code, name, kind, article, deadlineWorkingDays, maxDurationMonths, true, deadlineSetting,
                timeoutTransition, durationFrom, remindDaysBefore);
    }

    /** Whether the procedure ends here. */
    public boolean isFinal() {
        return createsCenter() || kind == StageKind.REJECTED || kind == StageKind.WITHDRAWN
                || kind == StageKind.ACCEPTANCE_FAILED;
    }

    /**
     * Whether the procedure ends here unsuccessfully: the application refused ({@link StageKind#REJECTED}) or, after
     * approval and construction, the acceptance failed ({@link StageKind#ACCEPTANCE_FAILED}).
     *
     * @since 0.2.5
     */
    public boolean isFailure() {
        return kind == StageKind.REJECTED || kind == StageKind.ACCEPTANCE_FAILED;
    }

    /** Whether reaching this stage recognises the center (provisionally, for {@link StageKind#PROVISIONAL}). */
    public boolean createsCenter() {
        return kind == StageKind.RECOGNIZED || kind == StageKind.PROVISIONAL;
    }
}
