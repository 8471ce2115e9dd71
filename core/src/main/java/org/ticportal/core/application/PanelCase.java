package org.ticportal.core.application;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * What the expert argumentation needs to know of an application: who applies (and with whom, for avoidance), in which
 * field, and where the case stands. An expert sees this before declaring that they have no conflict.
 *
 * @param id               the application's id
 * @param referenceNo      its reference number
 * @param jurisdictionCode the jurisdiction it was filed in
 * @param pin              the policy it is pinned to
 * @param stage            its current stage's code
 * @param stageKind        its current stage's kind
 * @param stageName        its current stage's name, if the policy can say
 * @param centerName       the center's name as applied for, if filled in
 * @param unitName         the applicant (lead) unit's name
 * @param unitCreditCode   the applicant unit's unified social credit code
 * @param coBuilders       the co-builders (参与共建单位) named in the application
 * @param industryCluster  the industry cluster chosen, if any
 * @param outcomes         the steps the panel's head may take from the current stage (its possible conclusions)
 * @param panelStepNames   the names of all the policy's expert-panel steps by code, for showing a conclusion taken
 * @param conversionSheet  for a conversion whose source the policy scores on a sheet of its own
 *                         ({@code ConversionSource.scoringSheet}, art. 16 of the Xinzhou measures), that sheet: the
 *                         panel scores on it instead of the policy's score sheet; empty otherwise
 */
public record PanelCase(long id, String referenceNo, String jurisdictionCode, PolicyPin pin, String stage,
                        StageKind stageKind, @Nullable LocalizedText stageName, @Nullable String centerName,
                        String unitName, String unitCreditCode, List<CoBuilder> coBuilders,
                        @Nullable String industryCluster, List<Outcome> outcomes,
                        java.util.Map<String, LocalizedText> panelStepNames,
                        List<org.ticportal.policy.api.evaluation.Indicator> conversionSheet) {

    public PanelCase {
        conversionSheet = List.copyOf(conversionSheet);
        Objects.requireNonNull(referenceNo, "referenceNo");
        coBuilders = List.copyOf(coBuilders);
        outcomes = List.copyOf(outcomes);
        panelStepNames = java.util.Map.copyOf(panelStepNames);
    }

    /** Whether the application is at an expert review stage now. */
    public boolean atExpertReview() {
        return stageKind == StageKind.EXPERT_REVIEW;
    }

    /**
     * A co-builder as the application names it.
     *
     * @param name       its name
     * @param creditCode its unified social credit code, if given
     */
    public record CoBuilder(String name, @Nullable String creditCode) {
        public CoBuilder {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A conclusion the panel's head may record: a transition of the policy's {@code EXPERT_PANEL} actor.
     *
     * @param code      the transition's code
     * @param name      its name
     * @param toStage   the stage it leads to
     * @param rejects   whether it ends the application as rejected
     * @param needsComment whether the policy asks for a comment with it
     */
    public record Outcome(String code, LocalizedText name, String toStage, boolean rejects, boolean needsComment) {
    }
}
