package org.ticportal.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.user.Role;

/**
 * A Xinzhou application of the demo unit brought to the expert argumentation the way its users would: filed with
 * 忻州师范学院 as co-builder (an expert of the demo pool works there), submitted, recommended by 忻府区, accepted by
 * the bureau.
 */
public final class ExpertSamples {

    /** The co-builder the demo pool has an expert of. */
    public static final String CO_BUILDER = "忻州师范学院";

    private ExpertSamples() {
    }

    /** The application's id, at the stage 专家论证. */
    public static long atExpertArgumentation(SecurityContextHolderStrategy security, ApplicationService applications,
                                             AttachmentService attachments, ChecklistService checklist) {
        return atExpertArgumentation(security, applications, attachments, checklist,
                () -> applications.create("140900").row().id());
    }

    /** The same, for an application the demo applicant files as {@code file} says (e.g. a conversion). */
    public static long atExpertArgumentation(SecurityContextHolderStrategy security, ApplicationService applications,
                                             AttachmentService attachments, ChecklistService checklist,
                                             java.util.function.Supplier<Long> file) {
        long id = Acting.as(security, "applicant", Role.APPLICANT, file);
        Acting.as(security, "applicant", Role.APPLICANT, () -> {
            XinzhouSamples.attachEvery(applications, attachments, id, "APPLICATION");
            Map<String, Object> values = new HashMap<>(XinzhouSamples.completeApplication());
            // a name of its own: the policy refuses a name another application has
            values.put("coreName", "示范新材料" + UniqueNames.suffix());
            values.put("coBuilders", List.of(Map.of("name", CO_BUILDER, "mode", "AGREEMENT", "contribution", 50)));
            applications.saveDraft(id, applications.get(id).row().version(), values, Map.of());
            return applications.perform(id, applications.get(id).row().version(), "SUBMIT_TO_COUNTY", null,
                    Map.of());
        });
        verifyAll(security, checklist, id, "county", Role.COUNTY);
        Acting.as(security, "county", Role.COUNTY, () -> {
            XinzhouSamples.attachEvery(applications, attachments, id, "RECOMMENDATION");
            return applications.perform(id, applications.get(id).row().version(), "RECOMMEND", "同意推荐",
                    Map.of("recommendation.letterNumber", "忻府科推〔2026〕8号", "recommendation.date", PortalDay.today(),
                            "recommendation.opinion", "材料真实，同意推荐"));
        });
        verifyAll(security, checklist, id, "bureau", Role.BUREAU);
        Acting.as(security, "bureau", Role.BUREAU, () -> applications.perform(id,
                applications.get(id).row().version(), "ACCEPT", "复核通过", Map.of()));
        return id;
    }

    /** Marks verified, as the reviewer does on the checklist, every item the user may mark now. */
    public static void verifyAll(SecurityContextHolderStrategy security, ChecklistService checklist, long id,
                                 String user, Role role) {
        List<ChecklistItem> mine = Acting.as(security, user, role, () -> checklist.items(id)).stream()
                .filter(ChecklistItem::markable).filter(ChecklistItem::blocks).toList();
        for (ChecklistItem item : mine) {
            Acting.as(security, user, role, () -> checklist.mark(id, item.ruleId(), true, "已核实", item.version()));
        }
    }
}
