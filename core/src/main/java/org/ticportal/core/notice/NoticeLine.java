package org.ticportal.core.notice;

/**
 * One center on a notice.
 *
 * @param entryId       the entry's id (an objection names it)
 * @param position      its number on the notice
 * @param applicationId its application
 * @param referenceNo   the application's reference number
 * @param centerName    the proposed official name
 * @param leadUnit      the lead unit
 */
public record NoticeLine(long entryId, int position, long applicationId, String referenceNo, String centerName,
                         String leadUnit) {

    static NoticeLine of(NoticeEntry e) {
        return new NoticeLine(e.getId(), e.getPosition(), e.getApplicationId(), e.getReferenceNo(), e.getCenterName(),
                e.getLeadUnit());
    }
}
