package org.ticportal.ui;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.notice.NoticeSummary;
import org.ticportal.core.user.Role;

/**
 * A Xinzhou demo application taken to recognition: the Party group passes it, the bureau publishes its public notice
 * (the portal closes only published notices), the notice runs, and the portal closes it (the SYSTEM step 公示期满无异议，
 * 予以认定), which creates the center. The tests cannot wait five working days on the real clock: the notice's dates
 * (the application's and the published notice's) are moved a week back in the database before the portal closes it.
 */
public final class CenterSamples {

    private CenterSamples() {
    }

    /** The recognised application's id. */
    public static long recognised(SecurityContextHolderStrategy security, ApplicationService applications,
                                  AttachmentService attachments, ChecklistService checklist,
                                  NoticeService publicNotices, NoticeCloser notices, JdbcTemplate jdbc) {
        long id = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        Acting.as(security, "bureau", Role.BUREAU, () -> applications.perform(id,
                applications.get(id).row().version(), "PASSED", "党组会议通过",
                Map.of("partyGroup.meetingDate", PortalDay.today(), "partyGroup.minutesNumber", "党纪〔2026〕12号")));
        NoticeSummary notice = Acting.as(security, "bureau", Role.BUREAU, () -> NoticeSamples.publish(publicNotices,
                applications.get(id).row().jurisdictionCode(), id));
        jdbc.update("update public_notice set period_start = ?, period_end = ?, provisional = false where id = ?",
                PortalDay.today().minusDays(14), PortalDay.today().minusDays(7), notice.id());
        jdbc.update("update recognition_application set notice_start = ?, notice_end = ?, "
                + "notice_end_provisional = false where id = ?", PortalDay.today().minusDays(14),
                PortalDay.today().minusDays(7), id);
        notices.closeEndedNotices();
        String stage = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().stage());
        if (!"RECOGNIZED".equals(stage)) {
            throw new IllegalStateException("the application did not reach recognition: " + stage);
        }
        return id;
    }
}
