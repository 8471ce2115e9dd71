package org.ticportal.core.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Everything of one application a request reads, loaded once: the application, its form values, its explanations of
 * warnings, its attachments (by form and field) with the evidence codes they prove, and what earlier steps entered on
 * their forms (read from the history only when a step asks for them). The workflow engine, its guards, the
 * eligibility check and the detail screen read this one object instead of asking the database again and again.
 *
 * <p>Not kept beyond the request: a change of the application (a saved draft, an uploaded file) needs a new one.
 */
final class CaseFile {

    private final RecognitionApplication application;
    private final Map<String, Object> data;
    private final Map<String, String> explanations;
    private final List<Attachment> attachments;
    private final Supplier<Map<String, Object>> earlierSteps;
    private @Nullable Map<String, Object> earlierStepValues;
    private final java.util.function.Function<String, java.util.Optional<Instant>> lastEntered;

    /**
     * @param application  the application
     * @param attachments  its attachments that are not deleted, in upload order
     * @param earlierSteps reads what the steps taken so far entered, oldest first (later values win); called at most
     *                     once
     */
    CaseFile(RecognitionApplication application, List<Attachment> attachments,
             Supplier<Map<String, Object>> earlierSteps) {
        this(application, attachments, earlierSteps, stage -> java.util.Optional.empty());
    }

    /**
     * @param lastEntered reads when a step last entered the stage of the given code (e.g. a case's approval), empty
     *                    when none did
     */
    CaseFile(RecognitionApplication application, List<Attachment> attachments,
             Supplier<Map<String, Object>> earlierSteps,
             java.util.function.Function<String, java.util.Optional<Instant>> lastEntered) {
        this.lastEntered = lastEntered;
        this.application = application;
        this.data = Collections.unmodifiableMap(Json.values(application.getDataJson()));
        this.explanations = Collections.unmodifiableMap(Json.texts(application.getExplanationsJson()));
        this.attachments = List.copyOf(attachments);
        this.earlierSteps = earlierSteps;
    }

    /** Loads the case file of an application: its attachments now, the earlier steps' values when first asked for. */
    static CaseFile load(RecognitionApplication application, AttachmentRepository attachments,
                         ApplicationStepRepository steps) {
        return new CaseFile(application,
                attachments.findByApplicationIdAndDeletedAtIsNullOrderByUploadedAt(application.getId()),
                () -> {
                    Map<String, Object> merged = new LinkedHashMap<>();
                    for (ApplicationStep step : steps.findByApplicationIdOrderByOccurredAtAscIdAsc(
                            application.getId())) {
                        merged.putAll(Json.values(step.getStepDataJson()));
                    }
                    return merged;
                },
                stage -> steps.findByApplicationIdOrderByOccurredAtAscIdAsc(application.getId()).stream()
                        .filter(step -> step.getToStage().equals(stage)).map(ApplicationStep::getOccurredAt)
                        .reduce((first, second) -> second));
    }

    /** When a step last entered the stage (e.g. the day of the approval a construction period counts from). */
    java.util.Optional<Instant> lastEntered(String stageCode) {
        return lastEntered.apply(stageCode);
    }

    RecognitionApplication application() {
        return application;
    }

    /** The application form's values as stored (files excluded). */
    Map<String, Object> data() {
        return data;
    }

    /** The application form's values with its attachments (ids per field), as rules and the form check read them. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>(data);
        values.putAll(attachmentValues(application.getFormCode(), null));
        return values;
    }

    /** The applicant's explanations of warnings, by rule id. */
    Map<String, String> explanations() {
        return explanations;
    }

    /**
     * The attachment ids per field of one of the application's forms, as form values.
     *
     * @param since only files attached at or after this moment, or {@code null} for all
     */
    Map<String, Object> attachmentValues(String formCode, @Nullable Instant since) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attachment a : attachments) {
            if (a.getFormCode().equals(formCode) && (since == null || !a.getUploadedAt().isBefore(since))) {
                @SuppressWarnings("unchecked")
                List<String> ids = (List<String>) values.computeIfAbsent(a.getFieldKey(), k -> new ArrayList<String>());
                ids.add(a.getId().toString());
            }
        }
        return values;
    }

    /** The evidence codes for which at least one file is attached, on any of the application's forms. */
    Set<String> evidence() {
        Set<String> codes = new LinkedHashSet<>();
        for (Attachment a : attachments) {
            if (a.getEvidenceCode() != null) {
                codes.add(a.getEvidenceCode());
            }
        }
        return codes;
    }

    /** The evidence codes for which a file was attached at or after the moment (e.g. since the stage began). */
    Set<String> evidenceSince(Instant since) {
        Set<String> codes = new LinkedHashSet<>();
        for (Attachment a : attachments) {
            if (a.getEvidenceCode() != null && !a.getUploadedAt().isBefore(since)) {
                codes.add(a.getEvidenceCode());
            }
        }
        return codes;
    }

    /** The application's attachments that are not deleted, in upload order (every version of a file is kept). */
    List<Attachment> attachments() {
        return attachments;
    }

    /** What the steps taken so far entered on their forms, merged oldest first. */
    Map<String, Object> earlierStepValues() {
        if (earlierStepValues == null) {
            earlierStepValues = Collections.unmodifiableMap(new LinkedHashMap<>(earlierSteps.get()));
        }
        return earlierStepValues;
    }
}
