package org.ticportal.core.call;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What the bureau enters for a call: its title, when it opens and closes (date and time in China, Asia/Shanghai) and
 * the quota of each recommending body (body code → most applications it may recommend; a body without an entry has no
 * limit). The service checks it against the policy and answers at the field.
 *
 * @param jurisdictionCode the jurisdiction whose active policy the call is for
 * @param title            the call's title, e.g. 2026年度忻州市技术创新中心认定申报
 * @param opensAt          when applications may first be submitted
 * @param closesAt         after this moment no application of the call is submitted
 * @param quotas           recommending body code → quota (0 or more)
 */
public record CallDraft(String jurisdictionCode, String title, @Nullable LocalDateTime opensAt,
                        @Nullable LocalDateTime closesAt, Map<String, Integer> quotas) {

    public CallDraft {
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        title = title == null ? "" : title.strip();
        quotas = quotas == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(quotas));
    }
}
