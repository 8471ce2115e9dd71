package org.ticportal.policy.api;

import java.util.Objects;

/**
 * A type of Technology Innovation Center the measures recognise (e.g. 综合类 / 领域类).
 *
 * @param code                   stable code, upper case (e.g. {@code COMPREHENSIVE})
 * @param name                   the type's name
 * @param description            what the measures say about the type (who leads it, how it is organised)
 * @param hasSpecialisedInstitutes whether a center of this type is a headquarters (中心（本部）) plus specialised R&amp;D
 *                               institutes (专业化创新研发机构)
 * @param article                the article that defines the type, e.g. {@code 第六条}
 */
public record CenterType(String code, LocalizedText name, LocalizedText description,
                         boolean hasSpecialisedInstitutes, String article) {

    public CenterType {
        Catalogs.requireCode(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(article, "article");
    }
}
