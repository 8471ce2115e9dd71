package org.ticportal.core.application;

import java.util.List;

import org.ticportal.core.plugin.PolicyPin;

/**
 * The outcome of moving open applications to the running version of their policy.
 *
 * @param from    the version they were pinned to
 * @param to      the version they are pinned to now
 * @param moved   the reference numbers moved
 * @param skipped the reference numbers left where they were, each with why (e.g. its stage does not exist in the
 *                new version)
 */
public record MigrationResult(PolicyPin from, PolicyPin to, List<String> moved, List<String> skipped) {

    public MigrationResult {
        moved = List.copyOf(moved);
        skipped = List.copyOf(skipped);
    }
}
