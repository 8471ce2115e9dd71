package org.ticportal.core.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.user.AccessScope;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.RuleKind;

/**
 * The checklist of a case (核查清单), as its file stands: every rule of kind ATTEST or EXPERT that waits for a person
 * ({@link CheckOutcome#NEEDS_REVIEW}), owned by the reviewer the policy names ({@link EligibilityRule#verifiedBy()}),
 * with the owner's latest mark. The workflow engine reads it for {@code CHECKLIST_VERIFIED}; screens read it through
 * {@link ChecklistService}. An item can be marked by its owner while the case is in a stage the owner takes a step
 * from (the county during its review, the bureau during its re-check, the panel during the argumentation).
 */
@Component
class Checklist {

    private final PolicyProviders providers;
    private final RuleVerificationRepository verifications;

    Checklist(PolicyProviders providers, RuleVerificationRepository verifications) {
        this.providers = providers;
        this.verifications = verifications;
    }

    /**
     * The items of the case.
     *
     * @param report the eligibility results as the case stands
     * @param scope  the user asking (for {@link ChecklistItem#markable()}), or {@code null} for the engine
     */
    List<ChecklistItem> items(CaseFile file, EligibilityReport report, @org.jspecify.annotations.Nullable
            AccessScope scope) {
        RecognitionApplication app = file.application();
        Map<String, Actor> owners = owners(app);
        Map<String, RuleVerification> marks = verifications.findByApplicationId(app.getId()).stream()
                .collect(Collectors.toMap(RuleVerification::getRuleId, Function.identity()));
        // a reviewer marks their items while the case is theirs: in a stage they take a step from
        java.util.Set<Actor> actingNow = scope == null ? java.util.Set.of() : providers.read(app.getPin(),
                p -> p.procedure().from(app.getStage()).stream().filter(t -> t.appliesTo(app.getChannel()))
                        .map(org.ticportal.policy.api.procedure.Transition::actor)
                        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Actor.class))));
        List<ChecklistItem> items = new ArrayList<>();
        for (RuleCheck check : report.checks()) {
            if ((check.kind() != RuleKind.ATTEST && check.kind() != RuleKind.EXPERT)
                    || check.outcome() != CheckOutcome.NEEDS_REVIEW) {
                continue;
            }
            Actor owner = owner(app, owners.getOrDefault(check.ruleId(), defaultOwner(check.kind())));
            RuleVerification mark = marks.get(check.ruleId());
            boolean markable = scope != null && !app.isClosed() && app.getSubmittedAt() != null
                    && actingNow.contains(owner) && ApplicationAccess.canAct(owner, scope, app);
            items.add(new ChecklistItem(check.ruleId(), check.title(), check.article(), check.kind(), owner,
                    mark == null ? null : mark.isVerified(), mark == null ? null : mark.getNote(),
                    mark == null ? null : mark.getVerifiedBy(), mark == null ? null : mark.getVerifiedAt(),
                    mark == null ? null : mark.getVersion(), markable));
        }
        return items;
    }

    /** The items an actor's step forward waits for: theirs, not confirmed. */
    static List<ChecklistItem> blocking(List<ChecklistItem> items, Actor actor) {
        return items.stream().filter(i -> i.owner() == actor && i.blocks()).toList();
    }

    /** The items' ids and titles in a line, for a refusal (8.4c …, 8.4a-policy …). */
    static LocalizedText names(List<ChecklistItem> items) {
        LocalizedText all = null;
        for (ChecklistItem i : items) {
            LocalizedText one = CoreMessages.text("checklist.item", i.ruleId(), i.title());
            all = all == null ? one : CoreMessages.text("checklist.and", all, one);
        }
        return all == null ? new LocalizedText("", "") : all;
    }

    /**
     * Who confirms a rule on this application: the policy's reviewer, except that on the direct channel (no
     * recommending body sees the case) the authority confirms what the recommending body would have.
     */
    static Actor owner(RecognitionApplication app, Actor policyOwner) {
        return policyOwner == Actor.RECOMMENDING_BODY && app.getChannel() == SubmissionChannel.DIRECT
                ? Actor.AUTHORITY : policyOwner;
    }

    private static Actor defaultOwner(RuleKind kind) {
        return kind == RuleKind.EXPERT ? Actor.EXPERT_PANEL : Actor.AUTHORITY;
    }

    /** The reviewer of each rule of the pinned policy; a rule that cannot say keeps its kind's default. */
    private Map<String, Actor> owners(RecognitionApplication app) {
        return providers.read(app.getPin(), p -> {
            Map<String, Actor> owners = new HashMap<>();
            for (EligibilityRule rule : p.eligibilityRules()) {
                try {
                    Actor a = rule.verifiedBy();
                    if (a != null && a != Actor.SYSTEM) {
                        owners.put(rule.id(), a);
                    }
                } catch (RuntimeException | LinkageError e) {
                    // a plugin built against an older API, or a rule that throws: the kind's default
                }
            }
            return owners;
        });
    }
}
