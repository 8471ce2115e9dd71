package org.ticportal.core.center;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The recognition documents generated for a center (认定决定 and 证书, from the policy's templates): where each PDF is
 * stored under the attachments folder and its SHA-256. One thing because {@link CenterDocuments} writes both at once
 * when the center is recognised, and a stored file goes with its digest. Mapped onto the center's own columns, all
 * null before the documents are written (or for a center registered without them): Hibernate then loads no value,
 * which {@link Center} reads as {@link #NONE}.
 *
 * @param decisionStored    the decision's path under the attachments folder
 * @param decisionSha256    the decision's SHA-256, hex
 * @param certificateStored the certificate's path under the attachments folder
 * @param certificateSha256 the certificate's SHA-256, hex
 */
@Embeddable
record RecognitionFiles(@Column(name = "decision_stored", length = 255) @Nullable String decisionStored,
                        @Column(name = "decision_sha256", length = 64) @Nullable String decisionSha256,
                        @Column(name = "certificate_stored", length = 255) @Nullable String certificateStored,
                        @Column(name = "certificate_sha256", length = 64) @Nullable String certificateSha256) {

    /** None written. */
    static final RecognitionFiles NONE = new RecognitionFiles(null, null, null, null);

    /** The loaded value, or {@link #NONE} when Hibernate loaded none (all its columns null). */
    static RecognitionFiles orNone(@Nullable RecognitionFiles loaded) {
        return loaded == null ? NONE : loaded;
    }
}
