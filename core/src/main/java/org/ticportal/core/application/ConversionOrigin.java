package org.ticportal.core.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an application converts, when it is a conversion (art. 16 of the Xinzhou measures: an older platform such as a
 * 市工程技术研究中心 applying to convert): the policy's conversion source and the engineering center of the registry.
 * One thing because the two are set together on filing and never change, and a case is a conversion exactly when it
 * has them. Mapped onto the application's own columns, both null for an ordinary application: Hibernate then loads no
 * value, which {@link RecognitionApplication} reads as not a conversion.
 *
 * @param sourceCode          the policy's conversion source
 * @param engineeringCenterId the engineering center of the registry it converts
 */
@Embeddable
record ConversionOrigin(@Column(name = "conversion_source", length = 64, updatable = false) String sourceCode,
                        @Column(name = "engineering_center_id", updatable = false) Long engineeringCenterId) {
}
