package org.ticportal.core.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.Transition;

/**
 * The names of the steps and stages of the running policies' procedures, for reading records that keep only their
 * codes (the audit trail records a step by its transition's code, from and to by the stages' codes). One code may
 * mean different steps in different policies or stages ({@code RETURN} from the county or from the bureau), so a step
 * is looked up by the stage it left first; the first policy (by id) that knows a code names it.
 */
public final class ProcedureNames {

    private final Map<String, LocalizedText> steps = new LinkedHashMap<>();
    private final Map<String, LocalizedText> stages = new LinkedHashMap<>();

    ProcedureNames(List<Procedure> procedures) {
        for (Procedure procedure : procedures) {
            for (Transition t : procedure.transitions()) {
                steps.putIfAbsent(t.from() + "/" + t.code(), t.name());
                steps.putIfAbsent(t.code(), t.name());
            }
            for (Stage s : procedure.stages()) {
                stages.putIfAbsent(s.code(), s.name());
            }
        }
    }

    private ProcedureNames(Map<String, LocalizedText> steps, Map<String, LocalizedText> stages) {
        this.steps.putAll(steps);
        this.stages.putAll(stages);
    }

    /**
     * Names given directly (e.g. in tests of a screen that shows them): steps by {@code fromStage/code} or by code,
     * stages by code.
     */
    public static ProcedureNames of(Map<String, LocalizedText> steps, Map<String, LocalizedText> stages) {
        return new ProcedureNames(steps, stages);
    }

    /** The name of a step taken from a stage ({@code null}: unknown), or of any step of that code. */
    public @Nullable LocalizedText step(String code, @Nullable String fromStage) {
        LocalizedText exact = fromStage == null ? null : steps.get(fromStage + "/" + code);
        return exact != null ? exact : steps.get(code);
    }

    /** The name of a stage, if a running policy has a stage of that code. */
    public @Nullable LocalizedText stage(String code) {
        return stages.get(code);
    }
}
