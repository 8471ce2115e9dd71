package org.ticportal.policy.api.rule;

import java.util.Objects;

import org.ticportal.policy.api.LocalizedText;

/**
 * A kind of document that proves a condition (营业执照, 职称证书, 房产证或租赁合同 …).
 *
 * @param code     stable code, upper case
 * @param name     what the applicant uploads
 * @param required whether the condition cannot be verified without it
 */
public record EvidenceType(String code, LocalizedText name, boolean required) {

    public EvidenceType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
