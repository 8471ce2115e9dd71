package org.ticportal.policy.api.change;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * A kind of change a center applies for (art. 15 of the Xinzhou measures: 更名、变更主要研究方向或进行调整重组等重大事项，
 * 牵头建设单位应提出书面申请，由组织管理部门审核后，报市科技局批准).
 *
 * @param code          stable code, e.g. {@code RENAME}
 * @param name          e.g. 更名
 * @param approvalChain who reviews and approves, in order (e.g. recommending body, then authority)
 * @param renames       whether the change gives the center a new name (naming rules apply again)
 * @param article       the article that governs it
 * @param affects       what of the center the change may alter ({@link Part}); the portal lets a request of this type
 *                      change these parts only, checks the naming rules again when it holds {@link Part#NAME} and
 *                      runs the eligibility rules for the new lead unit when it holds {@link Part#LEAD_UNIT}. It holds
 *                      {@code NAME} exactly when {@code renames} is true. Since 0.2.5.
 */
public record ChangeType(String code, LocalizedText name, List<Actor> approvalChain, boolean renames,
                         String article, Set<Part> affects) {

    /**
     * What a change may alter of a recognised center. Art. 15 of the Xinzhou measures names the rename (更名), the
     * change of the main research direction (变更主要研究方向) and the restructuring (调整重组: lead unit, co-builders,
     * the headquarters' specialised institutes of a comprehensive center, art. 7).
     *
     * @since 0.2.5
     */
    public enum Part {
        /** The center's name (its core name within the policy's naming pattern). */
        NAME,
        /** The main research directions. */
        RESEARCH_DIRECTIONS,
        /** The lead unit (牵头建设单位): the eligibility rules are run for the new one. */
        LEAD_UNIT,
        /** The co-builders (参与共建单位, art. 12) with their mode and contribution. */
        CO_BUILDERS,
        /** The specialised R&amp;D institutes (专业化创新研发机构) of a comprehensive center (art. 7). */
        INSTITUTES
    }

    public ChangeType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        approvalChain = List.copyOf(approvalChain);
        if (approvalChain.isEmpty()) {
            throw new IllegalArgumentException("a change type needs someone to approve it");
        }
        article = article == null ? "" : article;
        Objects.requireNonNull(affects, "affects");
        if (affects.isEmpty()) {
            throw new IllegalArgumentException("a change type must change something: " + code);
        }
        affects = Set.copyOf(affects);
        if (renames != affects.contains(Part.NAME)) {
            throw new IllegalArgumentException("a change type renames exactly when it affects the NAME: " + code);
        }
    }

    /**
     * A change type as plugins built against 0.2.4 declare it: a rename affects the {@link Part#NAME} only, any other
     * change every other part (the portal then lets its request change research directions, lead unit, co-builders
     * and institutes, and the approvers judge it).
     */
    public ChangeType(String code, LocalizedText name, List<Actor> approvalChain, boolean renames, String article) {
        this(code, name, approvalChain, renames, article,
                renames ? EnumSet.of(Part.NAME) : EnumSet.complementOf(EnumSet.of(Part.NAME)));
    }

    /**
     * A change type altering the given parts; it renames when they include {@link Part#NAME}.
     *
     * @since 0.2.5
     */
    public static ChangeType of(String code, LocalizedText name, List<Actor> approvalChain, String article,
                                Part first, Part... more) {
        Set<Part> parts = EnumSet.of(first, more);
        return new ChangeType(code, name, approvalChain, parts.contains(Part.NAME), article, parts);
    }

    /** Whether the change may alter the part. */
    public boolean affects(Part part) {
        return affects.contains(part);
    }
}
