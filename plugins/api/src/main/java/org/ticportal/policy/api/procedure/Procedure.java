package org.ticportal.policy.api.procedure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The recognition procedure: its stages, where it starts, and its transitions. The constructor checks that every
 * transition joins known stages, that every stage that is not final can be left, and that a stage recognising the
 * center can be reached from the start.
 *
 * @param initialStage the code of the stage a new application is in (a {@link StageKind#DRAFT} stage)
 * @param stages       the stages
 * @param transitions  the transitions
 */
public record Procedure(String initialStage, List<Stage> stages, List<Transition> transitions) {

    public Procedure {
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
        Set<String> codes = new HashSet<>();
        for (Stage s : stages) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("duplicate stage " + s.code());
            }
        }
        if (!codes.contains(initialStage)) {
            throw new IllegalArgumentException("unknown initial stage " + initialStage);
        }
        Set<String> transitionCodes = new HashSet<>();
        for (Transition t : transitions) {
            if (!codes.contains(t.from()) || !codes.contains(t.to())) {
                throw new IllegalArgumentException("transition " + t.code() + " joins unknown stages " + t.from()
                        + " → " + t.to());
            }
            if (!transitionCodes.add(t.from() + "/" + t.code())) {
                throw new IllegalArgumentException("duplicate transition " + t.code() + " from " + t.from());
            }
        }
        for (Stage s : stages) {
            if (!s.timeoutTransition().isEmpty() && transitions.stream().noneMatch(t -> t.from().equals(s.code())
                    && t.code().equals(s.timeoutTransition()) && t.actor() == Actor.SYSTEM)) {
                throw new IllegalArgumentException("stage " + s.code() + " times out by " + s.timeoutTransition()
                        + ", which is no SYSTEM transition leaving it");
            }
            if (s.durationFromStage().isPresent() && !codes.contains(s.durationFromStage().get())) {
                throw new IllegalArgumentException("stage " + s.code() + " counts its duration from unknown stage "
                        + s.durationFromStage().get());
            }
        }
        for (Stage s : stages) {
            if (!s.isFinal() && transitions.stream().noneMatch(t -> t.from().equals(s.code()))) {
                throw new IllegalArgumentException("stage " + s.code() + " is not final but has no way out");
            }
        }
        if (!recognitionReachable(initialStage, stages, transitions)) {
            throw new IllegalArgumentException("no stage that recognises the center can be reached from "
                    + initialStage);
        }
    }

    private static boolean recognitionReachable(String start, List<Stage> stages, List<Transition> transitions) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String code = todo.pop();
            if (!seen.add(code)) {
                continue;
            }
            if (stages.stream().anyMatch(s -> s.code().equals(code) && s.createsCenter())) {
                return true;
            }
            transitions.stream().filter(t -> t.from().equals(code)).forEach(t -> todo.push(t.to()));
        }
        return false;
    }

    public Optional<Stage> stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The transitions that leave a stage. */
    public List<Transition> from(String stageCode) {
        return transitions.stream().filter(t -> t.from().equals(stageCode)).toList();
    }

    /** The stage's timeout transition, if it has one. @since 0.2.5 */
    public Optional<Transition> timeout(String stageCode) {
        return stage(stageCode).filter(s -> !s.timeoutTransition().isEmpty()).flatMap(s -> from(stageCode).stream()
                .filter(t -> t.code().equals(s.timeoutTransition())).findFirst());
    }

    /** Whether some stage of the kind is part of the procedure. */
    public boolean has(StageKind kind) {
        return stages.stream().anyMatch(s -> s.kind() == kind);
    }
}
