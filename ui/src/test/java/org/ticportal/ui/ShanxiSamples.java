package org.ticportal.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.user.Role;

/** A complete Shanxi application of the demo applicant's unit, for tests that need one. */
public final class ShanxiSamples {

    private ShanxiSamples() {
    }

    /** Values that fill Shanxi's application form for the demo unit and meet the province's conditions. */
    public static Map<String, Object> completeApplication() {
        Map<String, Object> v = new HashMap<>(XinzhouSamples.completeApplication());
        v.put("industryCluster", "SEMICONDUCTOR");
        v.put("researchDirections", List.of(Map.of("name", "碳化硅衬底", "description", "研究内容"),
                Map.of("name", "外延生长", "description", "研究内容"),
                Map.of("name", "器件封装", "description", "研究内容")));
        v.put("ipItems", List.of(Map.of("kind", "INVENTION_PATENT", "name", "一种碳化硅衬底制备方法")));
        v.put("equipment", List.of(Map.of("name", "单晶炉", "originalValue", new BigDecimal("300"))));
        v.put("area.usable", new BigDecimal("1200"));
        v.put("matchingFunds", new BigDecimal("500"));
        v.put("director.noOtherPlatform", true);
        v.put("coreName", "碳化硅半导体材料");
        // a director of its own: the province refuses a person who directs another open application, and the demo
        // unit's Xinzhou applications filed by other tests all name the same director
        v.put("director.name", "李研究员");
        v.put("director.idNumber", residentId());
        return v;
    }

    /** A resident identity number (GB 11643) with a random sequence and its check character. */
    static String residentId() {
        String body = "14090219800101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /**
     * A complete Shanxi application of the demo applicant, filed in the province's open (demo) call with every
     * attachment and submitted: it waits in 单位审核 for the unit's administrator.
     */
    public static long submitted(SecurityContextHolderStrategy security, ApplicationService applications,
                                 AttachmentService attachments) {
        return Acting.as(security, "applicant", Role.APPLICANT, () -> {
            long call = applications.filingOptions("140000").openCalls().getFirst().id();
            ApplicationDetail app = applications.create("140000", call);
            long id = app.row().id();
            XinzhouSamples.attachEvery(applications, attachments, id, "APPLICATION");
            ApplicationDetail draft = applications.saveDraft(id, applications.get(id).row().version(),
                    completeApplication(), Map.of());
            applications.perform(id, draft.row().version(), "SUBMIT", null, Map.of());
            return id;
        });
    }
}
