package org.ticportal.core.notice;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A notice as screens show it.
 *
 * @param id             its id
 * @param version        its version, for optimistic locking
 * @param jurisdictionCode its jurisdiction
 * @param title          its title
 * @param contactPhone   the telephone for objections
 * @param contactAddress the address for objections
 * @param state          draft, published, ended
 * @param periodStart    the first day of its period (once published)
 * @param periodEnd      the last day (once published)
 * @param provisional    whether the end is provisional (a year of the calendar not loaded)
 * @param periodText     the period in words, e.g. 公示期：2026年5月6日至2026年5月12日 (empty for a draft)
 * @param openOn         whether objections are accepted on the portal's today
 */
public record NoticeSummary(long id, long version, String jurisdictionCode, String title, String contactPhone,
                            String contactAddress, PublicNotice.State state, @Nullable LocalDate periodStart,
                            @Nullable LocalDate periodEnd, boolean provisional, String periodText, boolean openOn) {

    static NoticeSummary of(PublicNotice n, LocalDate today) {
        String text = "";
        if (n.getPeriodStart() != null && n.getPeriodEnd() != null) {
            text = org.ticportal.core.common.CoreMessages.text(n.isProvisional() ? "notice.period.provisional"
                    : "notice.period", NoticeDocuments.day(n.getPeriodStart()), NoticeDocuments.day(n.getPeriodEnd()))
                    .zh();
        }
        PublicNotice.State state = n.getState() == PublicNotice.State.PUBLISHED && n.getPeriodEnd() != null
                && today.isAfter(n.getPeriodEnd()) ? PublicNotice.State.ENDED : n.getState();
        return new NoticeSummary(n.getId(), n.getVersion(), n.getJurisdictionCode(), n.getTitle(),
                n.getContactPhone(), n.getContactAddress(), state, n.getPeriodStart(), n.getPeriodEnd(),
                n.isProvisional(), text, n.open(today));
    }

    /** Whether it is still a draft. */
    public boolean isDraft() {
        return state == PublicNotice.State.DRAFT;
    }
}
