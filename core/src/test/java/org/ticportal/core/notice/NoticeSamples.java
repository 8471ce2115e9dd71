package org.ticportal.core.notice;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Publishes a public notice (认定公示) for applications waiting in their notice stage, through {@link NoticeService} as the
 * bureau does: a draft listing them, then its publication, which dates their notices from today and marks them
 * published. Only a published notice is closed by the portal ({@code NoticeCloser}), so a test that takes a case to
 * its notice and expects it recognised publishes the notice first. Call it as a bureau user of the applications'
 * jurisdiction (the service checks role and scope); the UI module's tests use it too (core's test jar).
 */
public final class NoticeSamples {

    private NoticeSamples() {
    }

    /**
     * Drafts and publishes a notice of the jurisdiction listing the applications, in this order.
     *
     * @param notices          the bureau's notice service
     * @param jurisdictionCode the applications' jurisdiction (the notice's)
     * @param applicationIds   applications of the jurisdiction waiting in a notice stage, on no published notice
     * @return the published notice
     */
    public static NoticeSummary publish(NoticeService notices, String jurisdictionCode, long... applicationIds) {
        List<Long> ids = Arrays.stream(applicationIds).boxed().toList();
        NoticeSummary draft = notices.create(new NoticeDraft(jurisdictionCode,
                "技术创新中心认定公示 " + UUID.randomUUID().toString().substring(0, 8), "0350-1234567",
                "市科学技术局", ids));
        NoticeSummary published = notices.publish(draft.id(), draft.version());
        if (published.isDraft()) {
            throw new IllegalStateException("notice " + draft.id() + " was not published");
        }
        return published;
    }
}
