package org.ticportal.core.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An annual report as the grids and its page show it.
 *
 * @param id             its id
 * @param version        its version, for the optimistic check of the next change
 * @param centerId       the center
 * @param centerName     the center's name when the report was started
 * @param year           the year reported
 * @param state          where it stands
 * @param returnedReason why it was returned, while it is
 * @param submittedAt    when it was last submitted
 * @param submittedBy    who submitted it
 * @param updatedAt      when it last changed
 */
public record AnnualReportRow(long id, long version, long centerId, String centerName, int year, ReportState state,
                              @Nullable String returnedReason, @Nullable Instant submittedAt,
                              @Nullable String submittedBy, Instant updatedAt) {

    static AnnualReportRow of(AnnualReport r) {
        return new AnnualReportRow(r.getId(), r.getVersion(), r.getCenterId(), r.getCenterName(), r.getYear(),
                r.getState(), r.getReturnedReason(), r.getSubmittedAt(), r.getSubmittedBy(), r.getUpdatedAt());
    }
}
