package org.ticportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.core.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notice.NoticeSamples;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;

/**
 * A center recognised under the template policy (jurisdiction 990100), every step taken by its owner through the
 * services: filed and submitted by the applicant, recommended by the district, accepted and passed by the bureau, the
 * notice published and ended with the clock moved past it.
 *
 * @param applications the application service
 * @param checklist    the checklist service
 * @param publicNotices the public notice service
 * @param notices      the notice closer
 * @param centers      the center service
 * @param clock        the clock the test moves
 */
public record TemplateCenters(ApplicationService applications, ChecklistService checklist, NoticeService publicNotices,
                              NoticeCloser notices, CenterService centers, MovableClock clock) {

    /** Recognises a center named after {@code core} for the unit of {@code applicant}, in the district's scope. */
    public CenterRow recognise(String core, String creditCode, String applicant, String district, String bureau) {
        return endNotice(toNotice(core, creditCode, applicant, district, bureau), bureau);
    }

    /**
     * Files, submits, recommends, accepts and passes an application named after {@code core}, and the bureau publishes
     * its notice, which runs from today: the application's id.
     */
    public long toNotice(String core, String creditCode, String applicant, String district, String bureau) {
        ApplicationDetail filed = as(applicant, Role.APPLICANT, () -> applications.create("990100"));
        long id = filed.row().id();
        Map<String, Object> values = new HashMap<>(TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS",
                320));
        values.put("coreName", core);
        ApplicationDetail ready = as(applicant, Role.APPLICANT, () -> applications.saveDraft(id,
                filed.row().version(), values, Map.of("3.5", "去年为建设期")));
        ApplicationDetail submitted = as(applicant, Role.APPLICANT,
                () -> applications.perform(id, ready.row().version(), "SUBMIT", null, Map.of()));
        ApplicationDetail recommended = as(district, Role.COUNTY, () -> applications.perform(id,
                submitted.row().version(), "RECOMMEND", "同意推荐", Map.of("recommendation.letterNumber",
                        "东科推〔2026〕9号", "recommendation.date", LocalDate.now(clock))));
        as(bureau, Role.BUREAU, () -> checklist.mark(id, "3.4", true, "已核对", null));
        ApplicationDetail accepted = as(bureau, Role.BUREAU,
                () -> applications.perform(id, recommended.row().version(), "ACCEPT", "材料齐全", Map.of()));
        ApplicationDetail noticed = as(bureau, Role.BUREAU,
                () -> applications.perform(id, accepted.row().version(), "PASS", "会议通过", Map.of()));
        assertThat(noticed.row().stage()).isEqualTo("PUBLIC_NOTICE");
        as(bureau, Role.BUREAU, () -> NoticeSamples.publish(publicNotices, "990100", id));
        return id;
    }

    /** Moves the clock past the application's published notice and ends it: the center it recognised. */
    public CenterRow endNotice(long id, String bureau) {
        clock.set(as(bureau, Role.BUREAU, () -> applications.get(id)).noticeEnd().plusDays(1));
        notices.closeEndedNotices();
        return as(bureau, Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
    }
}
