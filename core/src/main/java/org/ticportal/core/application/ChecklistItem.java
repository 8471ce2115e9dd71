package org.ticportal.core.application;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.rule.RuleKind;

/**
 * One item of an application's checklist (核查清单): an eligibility rule the portal cannot decide (an attestation or
 * an experts' judgement, 待核实), the reviewer who confirms it, and that reviewer's latest mark.
 *
 * @param ruleId     the rule's id in the policy
 * @param title      what the rule says
 * @param article    the article it cites
 * @param kind       ATTEST or EXPERT
 * @param owner      who confirms it: the policy's reviewer; on the direct channel the authority stands in for the
 *                   recommending body
 * @param verified   the mark: {@code true} verified, {@code false} not verified, {@code null} still open
 * @param note       the reviewer's note
 * @param verifiedBy who marked it (user name)
 * @param verifiedAt when
 * @param version    the mark's version, for optimistic locking ({@code null}: not marked yet)
 * @param markable   whether the current user may mark it now
 */
public record ChecklistItem(String ruleId, LocalizedText title, String article, RuleKind kind, Actor owner,
                            @Nullable Boolean verified, @Nullable String note, @Nullable String verifiedBy,
                            @Nullable Instant verifiedAt, @Nullable Long version, boolean markable) {

    public ChecklistItem {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        article = article == null ? "" : article;
    }

    /** Whether the item still keeps its owner's steps forward: not confirmed (open, or marked not verified). */
    public boolean blocks() {
        return !Boolean.TRUE.equals(verified);
    }
}
