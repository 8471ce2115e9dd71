package org.ticportal.policy.api.change;

import java.util.List;
import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Actor;

/**
 * A kind of change a center applies for.
 *
 * @param code          stable code, e.g. {@code RENAME}
 * @param name          e.g. 更名
 * @param approvalChain who reviews and approves, in order (e.g. recommending body, then authority)
 * @param renames       whether the change gives the center a new name (naming rules apply again)
 * @param article       the article that governs it
 */
public record ChangeType(String code, LocalizedText name, List<Actor> approvalChain, boolean renames,
                         String article) {

    public ChangeType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        approvalChain = List.copyOf(approvalChain);
        if (approvalChain.isEmpty()) {
            throw new IllegalArgumentException("a change type needs someone to approve it");
        }
        article = article == null ? "" : article;
    }
}
