package org.ticportal.policy.api;

import java.util.Objects;

/**
 * A resource the policy ships in its jar: a form definition or a document template. The portal reads it through the
 * plugin's class loader when it needs it and keeps its own copy (a published form is stored in the database).
 *
 * <p>Form definitions are JSON in the portal's form format ({@code docs/form-definitions.md}); document
 * templates are text with {@code ${placeholder}} fields (the center's name, dates, numbers) that the portal fills.
 *
 * @param code      stable code, upper case, e.g. {@code APPLICATION}, {@code NOTICE}, {@code CERTIFICATE}
 * @param kind      what it is
 * @param name      its name
 * @param resource  the resource path inside the plugin, e.g. {@code forms/application.json}
 * @param mediaType its media type, e.g. {@code application/json}, {@code text/plain}
 */
public record DocumentTemplate(String code, Kind kind, LocalizedText name, String resource, String mediaType) {

    /** What a shipped resource is. */
    public enum Kind {
        /** A form definition (application, recommendation, score sheet, report …), JSON. */
        FORM,
        /** The public notice (公示). */
        NOTICE,
        /** The recognition decision (认定决定 / 通知). */
        DECISION,
        /** The certificate or plaque text (证书 / 牌匾). */
        CERTIFICATE,
        /** A letter (recommendation letter, objection reply …). */
        LETTER
    }

    /** The form a new application is filled in on. */
    public static final String APPLICATION_FORM = "APPLICATION";

    public DocumentTemplate {
        Catalogs.requireCode(code);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /** A form definition shipped as JSON. */
    public static DocumentTemplate form(String code, LocalizedText name, String resource) {
        return new DocumentTemplate(code, Kind.FORM, name, resource, "application/json");
    }

    /** A text template. */
    public static DocumentTemplate text(String code, Kind kind, LocalizedText name, String resource) {
        return new DocumentTemplate(code, kind, name, resource, "text/plain");
    }
}
