package org.ticportal.core.call;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A call as screens and the workflow read it.
 *
 * @param id               its id
 * @param version          its version, for optimistic locking of edits
 * @param policyId         the policy it is for
 * @param jurisdictionCode the jurisdiction that opened it
 * @param title            its title
 * @param opensAt          when submissions start
 * @param closesAt         when submissions end
 * @param quotas           recommending body code → quota
 * @param documentName     the announcing document's file name, if one is attached
 * @param updatedBy        who changed it last
 * @param updatedAt        when it was changed last
 */
public record CallSummary(long id, long version, String policyId, String jurisdictionCode, String title,
                          Instant opensAt, Instant closesAt, Map<String, Integer> quotas,
                          @Nullable String documentName, String updatedBy, Instant updatedAt) {

    public CallSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        quotas = Map.copyOf(quotas);
    }

    static CallSummary of(ApplicationCall c) {
        return new CallSummary(c.getId(), c.getVersion(), c.getPolicyId(), c.getJurisdictionCode(), c.getTitle(),
                c.getOpensAt(), c.getClosesAt(), Quotas.read(c.getQuotasJson()), c.getDocumentName(),
                c.getUpdatedBy(), c.getUpdatedAt());
    }

    /** Whether applications of the call may be submitted at the moment. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Whether the call has closed at the moment. */
    public boolean isClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    /** The quota of a recommending body, or {@code null}: no limit. */
    public @Nullable Integer quotaOf(String bodyCode) {
        return quotas.get(bodyCode);
    }
}
