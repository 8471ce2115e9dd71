package org.ticportal.policy.api.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.SubmissionChannel;

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
 */
public record Transition(String code, String from, String to, LocalizedText name, Actor actor, List<Guard> guards,
                         Set<SubmissionChannel> channels, String form, String article) {

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
    }

    /** A transition without guards, for every channel, with a comment only. */
    public static Transition of(String code, String from, String to, LocalizedText name, Actor actor, String article) {
        return new Transition(code, from, to, name, actor, List.of(), Set.of(), "", article);
    }

    /** This transition with more guards. */
    public Transition withGuards(Guard... more) {
        return new Transition(code, from, to, name, actor, Stream.concat(guards.stream(), Stream.of(more)).toList(),
                channels, form, article);
    }

    /** This transition, for the given channels only. */
    public Transition onlyFor(SubmissionChannel... only) {
        return new Transition(code, from, to, name, actor, guards, Set.of(only), form, article);
    }

    /** This transition with a form the actor fills in. */
    public Transition withForm(String formCode) {
        return new Transition(code, from, to, name, actor, guards, channels, formCode, article);
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
