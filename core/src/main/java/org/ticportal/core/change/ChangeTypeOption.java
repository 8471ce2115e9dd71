package org.ticportal.core.change;

import java.util.List;
import java.util.Set;

import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.procedure.Actor;

/**
 * A change type the center's policy offers, as the request's form shows it.
 *
 * @param code    its code
 * @param name    its name
 * @param affects what it may change
 * @param chain   who approves, in order
 * @param article the article that governs it
 */
public record ChangeTypeOption(String code, LocalizedText name, Set<ChangeType.Part> affects, List<Actor> chain,
                               String article) {

    public ChangeTypeOption {
        affects = Set.copyOf(affects);
        chain = List.copyOf(chain);
    }

    static ChangeTypeOption of(ChangeType t) {
        return new ChangeTypeOption(t.code(), t.name(), t.affects(), t.approvalChain(), t.article());
    }

    public boolean affects(ChangeType.Part part) {
        return affects.contains(part);
    }
}
