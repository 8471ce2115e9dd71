package org.ticportal.core.application;

import java.util.List;

import org.ticportal.core.call.CallSummary;

/**
 * Where an applicant may file a new application under a jurisdiction's policy now.
 *
 * @param openCalls     the policy's calls open now, closing soonest first
 * @param rollingFiling whether an application may also be filed outside calls
 */
public record FilingOptions(List<CallSummary> openCalls, boolean rollingFiling) {

    public FilingOptions {
        openCalls = List.copyOf(openCalls);
    }

    /** Whether there is anywhere to file at all. */
    public boolean any() {
        return rollingFiling || !openCalls.isEmpty();
    }
}
