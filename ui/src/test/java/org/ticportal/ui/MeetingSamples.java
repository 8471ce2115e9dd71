package org.ticportal.ui;

import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.rule.FieldKeys;

/** Demo applications taken, as their actors would, to the stage where the Party group decides (党组会议研究). */
public final class MeetingSamples {

    private MeetingSamples() {
    }

    /** The application's id, at the stage 市科技局党组会议研究. */
    public static long atPartyGroup(SecurityContextHolderStrategy security, ApplicationService applications,
                                    AttachmentService attachments, ChecklistService checklist) {
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        // without a panel drawn, the bureau records the panel's conclusion (the panel's checklist items first)
        ExpertSamples.verifyAll(security, checklist, id, "bureau", Role.BUREAU);
        Acting.as(security, "bureau", Role.BUREAU, () -> applications.perform(id,
                applications.get(id).row().version(), "RECOMMENDED", "专家组一致推荐",
                Map.of("expert.defenseDate", PortalDay.today(), "expert.panelConclusion", "RECOMMENDED",
                        "expert.opinion", "建议认定", "expert.averageScore", 86)));
        Acting.as(security, "applicant", Role.APPLICANT, () -> {
            XinzhouSamples.attachEvery(applications, attachments, id, "PLAN_REVISION");
            return applications.perform(id, applications.get(id).row().version(), "RESUBMIT_PLAN",
                    "已按专家意见完善", Map.of("planRevision.changes", "补充了产业化路线"));
        });
        return id;
    }

    /** The application's id, passed by the Party group: in its public notice (市科技局网站公示) from today. */
    public static long atNotice(SecurityContextHolderStrategy security, ApplicationService applications,
                                AttachmentService attachments, ChecklistService checklist) {
        long id = atPartyGroup(security, applications, attachments, checklist);
        Acting.as(security, "bureau", Role.BUREAU, () -> applications.perform(id,
                applications.get(id).row().version(), "PASSED", "党组会议研究通过",
                Map.of(FieldKeys.MEETING_DATE, PortalDay.today(), FieldKeys.MEETING_MINUTES_NUMBER, "党纪〔2026〕12号")));
        return id;
    }
}
