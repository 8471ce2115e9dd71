package org.ticportal.core.application;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an application for those who react to its steps ({@link ApplicationStepTaken}) inside the step's transaction:
 * the case as the step left it. No access check of its own: the step that published the event was checked.
 */
@Component
public class RecognisedCases {

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;

    RecognisedCases(ApplicationRepository applications, AttachmentRepository attachments) {
        this.applications = applications;
        this.attachments = attachments;
    }

    /**
     * The latest file attached to the application's field {@code fieldKey} (e.g. the charter, art. 11 of the Xinzhou
     * measures): its original name and when it was uploaded; empty when none is attached.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<java.util.Map.Entry<String, java.time.Instant>> latestFile(long applicationId, String fieldKey) {
        return attachments.findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(applicationId).stream()
                .filter(a -> fieldKey.equals(a.getFieldKey()))
                .reduce((first, second) -> second)
                .map(a -> java.util.Map.entry(a.getOriginalName(), a.getUploadedAt()));
    }

    /** The application as it stands in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RecognisedCase> of(long applicationId) {
        return applications.findById(applicationId).map(a -> new RecognisedCase(a.getId(), a.getReferenceNo(),
                a.getPin(), a.getJurisdictionCode(), a.getRecommendingBodyCode(), a.getUnit().getId(),
                a.getUnit().getName(), a.getStageKind(), a.getCoreName(), Json.values(a.getDataJson()),
                a.getNotice().firstDay(), a.getNotice().lastDay()));
    }
}
