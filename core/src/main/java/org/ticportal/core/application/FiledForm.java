package org.ticportal.core.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant fills in: the form (its code and the published version it is filled in on) with the values and
 * the explanations entered, both kept as JSON under the form's field keys. One thing because the values only mean
 * something on their form version: moving the case to another version replaces the values (cleaned for that version)
 * together with it. Mapped onto the application's own columns; its code and values are never null, so Hibernate
 * always loads a value.
 *
 * @param code             the form's code in the policy
 * @param versionId        the published form version it is filled in on; {@code null}: the form its pinned plugin
 *                         version ships
 * @param dataJson         the values entered, as JSON
 * @param explanationsJson the explanations entered for fields, as JSON, or {@code null}
 */
@Embeddable
record FiledForm(@Column(name = "form_code", nullable = false, length = 64) String code,
                 @Column(name = "form_version_id") @Nullable Long versionId,
                 @Column(name = "data_json", nullable = false, columnDefinition = "longtext") String dataJson,
                 @Column(name = "explanations_json", columnDefinition = "longtext") @Nullable String explanationsJson) {

    /** The form not filled in yet. */
    static FiledForm blank(String code, @Nullable Long versionId) {
        return new FiledForm(code, versionId, "{}", null);
    }

    FiledForm withData(String json) {
        return new FiledForm(code, versionId, json, explanationsJson);
    }

    FiledForm withExplanations(@Nullable String json) {
        return new FiledForm(code, versionId, dataJson, json);
    }

    /** On another version of the form, with the values already cleaned for it. */
    FiledForm movedTo(@Nullable Long version, String cleanedDataJson) {
        return new FiledForm(code, version, cleanedDataJson, explanationsJson);
    }
}
