package org.ticportal.policy.api.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * A step from one stage to another. Build one with {@link #of} and the {@code with…} methods:
 * <pre>{@code
 * Transition.of("RECOMMEND", "COUNTY_REVIEW", "BUREAU_RECHECK", text("推荐上报", "Recommend"),
 *         Actor.RECOMMENDING_BODY, "第九条第（一）项")
 *     .withForm("RECOMMENDATION")
 *     .withGuards(new Guard(GuardKind.FIELD_PRESENT, "recommendation.letterNumber", "第九条第（一）项"))
 * }</pre>
 *
 * @param code     stable code, e.g. {@code RECOMMEND}
 * @param from     the stage code it leaves
 * @param to       the stage code it enters
 * @param name     the action's name (推荐上报)
 * @param actor    who takes it
 * @param guards   what it requires
 * @param channels the submission channels it applies to; empty means all
 * @param form     the code of the form the actor fills in when taking it (e.g. the recommendation letter's number
 *                 and date, the meeting's minutes number), or empty for a comment only
 * @param article  the article it follows
 * @param setting  the key of a {@link org.ticportal.policy.api.setting.SettingType#BOOLEAN BOOLEAN} setting that
 *                 decides whether the transition is part of the procedure now, or empty: it always is. E.g. Shanxi's
 *                 applicant submits into the unit administrator's review while "unit administrator review" is on
 *                 ({@link #onlyWhen}) and straight to the recommending body while it is off ({@link #unless}). The
 *                 portal reads the setting each time it offers or takes the step.
 * @param settingValue the value of {@code setting} under which the transition applies (ignored without a setting)
 * @since 0.2.3 ({@code setting}, {@code settingValue})
 */
public record Transition(String code, String from, String to, LocalizedText name, Actor actor, List<Guard> guards,
                         Set<SubmissionChannel> channels, String form, String article, String setting,
                         boolean settingValue) {

    public Transition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
        guards = guards == null ? List.of() : List.copyOf(guards);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        form = form == null ? "" : form;
        article = article == null ? "" : article;
        setting = setting == null ? "" : setting.strip();
        settingValue = setting.isEmpty() || settingValue;
    }

    /** A transition that is always part of the procedure (no setting decides it). */
    public Transition(String code, String from, String to, LocalizedText name, Actor actor, List<Guard> guards,
                      Set<SubmissionChannel> channels, String form, String article) {
        this(code, from, to, name, actor, guards, channels, form, article, "", true);
    }

    /** A transition without guards, for every channel, with a comment only. */
    public static Transition of(String code, String from, String to, LocalizedText name, Actor actor, String article) {
        return new Transition(code, from, to, name, actor, List.of(), Set.of(), "", article);
    }

    /** This transition with more guards. */
    public Transition withGuards(Guard... more) {
        return new Transition(code, from, to, name, actor, Stream.concat(guards.stream(), Stream.of(more)).toList(),
                channels, form, article, setting, settingValue);
    }

    /** This transition, for the given channels only. */
    public Transition onlyFor(SubmissionChannel... only) {
        return new Transition(code, from, to, name, actor, guards, Set.of(only), form, article, setting,
                settingValue);
    }

    /** This transition with a form the actor fills in. */
    public Transition withForm(String formCode) {
        return new Transition(code, from, to, name, actor, guards, channels, formCode, article, setting,
                settingValue);
    }

    /** This transition, part of the procedure only while the policy's BOOLEAN setting {@code settingKey} is on. */
    public Transition onlyWhen(String settingKey) {
        return new Transition(code, from, to, name, actor, guards, channels, form, article, key(settingKey), true);
    }

    /** This transition, part of the procedure only while the policy's BOOLEAN setting {@code settingKey} is off. */
    public Transition unless(String settingKey) {
        return new Transition(code, from, to, name, actor, guards, channels, form, article, key(settingKey), false);
    }

    private String key(String settingKey) {
        Objects.requireNonNull(settingKey, "settingKey");
        if (settingKey.isBlank()) {
            throw new IllegalArgumentException("the setting key of transition " + code + " must not be blank");
        }
        return settingKey;
    }

    /** Whether the transition is part of the procedure under the policy's current settings. */
    public boolean appliesUnder(PolicySettings settings) {
        return setting.isEmpty() || settings.flag(setting) == settingValue;
    }

    /** Whether the transition applies to applications arriving through the channel. */
    public boolean appliesTo(SubmissionChannel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    /** Whether a guard of the kind is part of it. */
    public boolean requires(GuardKind kind) {
        return guards.stream().anyMatch(g -> g.kind() == kind);
    }
}
