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
    /** The recommending body's opinion and formal recommendation letter (推荐意见), a step form. */
    public static final String RECOMMENDATION_FORM = "RECOMMENDATION";
    /** The expert panel's conclusion of the argumentation or review (专家论证意见), a step form. */
    public static final String EXPERT_CONCLUSION_FORM = "EXPERT_CONCLUSION";
    /** The decision body's meeting (党组会议研究结果), a step form. */
    public static final String PARTY_GROUP_FORM = "PARTY_GROUP";
    /** An objection received during the public notice (异议), a step form. */
    public static final String OBJECTION_FORM = "OBJECTION";
    /**
     * One expert's score sheet (专家评分表): the expert's scores against the policy's argumentation criteria, with an
     * opinion; filled in by each expert of a panel.
     */
    public static final String SCORE_SHEET_FORM = "SCORE_SHEET";
    /**
     * A recognised center's annual report (年度报告): the year's figures (R&amp;D spend, staff, intellectual property,
     * equipment, services, results transferred, co-builders' contributions …), which feed the evaluation.
     */
    public static final String ANNUAL_REPORT_FORM = "ANNUAL_REPORT";
    /**
     * A center's self-evaluation for a performance evaluation cycle (绩效自评): a self-score per indicator of the
     * policy's {@code evaluation()} with its basis and evidence.
     */
    public static final String SELF_EVALUATION_FORM = "SELF_EVALUATION";
    /**
     * A change request (变更申请): one of the policy's {@code changeTypes()}, the situation before and after, the
     * reasons and supporting files.
     */
    public static final String CHANGE_REQUEST_FORM = "CHANGE_REQUEST";

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
