package org.ticportal.policy.api.rule;

/**
 * Field keys of the portal's standard application form. A policy's rules read these keys; a policy may add its own
 * fields (and keys) through the form definitions it ships. Values of choice fields are codes.
 */
public final class FieldKeys {

    /** The center type's code (a {@code CenterType} code). */
    public static final String CENTER_TYPE = "centerType";
    /** The core of the center's name, without the jurisdiction prefix and the suffix. */
    public static final String CORE_NAME = "coreName";
    /**
     * The lead unit's name. Since 0.2.2 the portal fills it, with {@link #LEAD_UNIT_CREDIT_CODE},
     * {@link #LEAD_UNIT_REGISTERED_BODY} and {@link #LEAD_UNIT_CATEGORY}, from the unit's registration.
     */
    public static final String LEAD_UNIT_NAME = "leadUnit.name";
    /** The recommending body (county etc.) where the lead unit is registered: a {@code RecommendingBody} code. */
    public static final String LEAD_UNIT_REGISTERED_BODY = "leadUnit.registeredBody";
    /** The lead unit's unified social credit code. */
    public static final String LEAD_UNIT_CREDIT_CODE = "leadUnit.creditCode";
    /** The lead unit's legal form: {@code INDEPENDENT_ENTERPRISE}, {@code INDEPENDENT_SOCIAL_SERVICE},
     * {@code INTERNAL_UNIT}. */
    public static final String LEAD_UNIT_LEGAL_FORM = "leadUnit.legalForm";
    /** Whether the lead unit is an independent legal person. */
    public static final String LEAD_UNIT_INDEPENDENT = "leadUnit.independentLegalPerson";
    /** The lead unit's category: {@code ABOVE_SCALE_ENTERPRISE}, {@code LEADING_ENTERPRISE}, {@code UNIVERSITY},
     * {@code INSTITUTE}, {@code TECHNICAL_BODY}, {@code NEW_RD_BODY}, {@code OTHER}. */
    public static final String LEAD_UNIT_CATEGORY = "leadUnit.category";
    /**
     * The day the lead unit was registered (成立日期, ISO date), for look-back conditions such as "registered for at
     * least a year": the portal passes it to rules as {@link RuleContext#unitRegisteredOn()}.
     *
     * @since 0.2.5
     */
    public static final String LEAD_UNIT_REGISTERED_ON = "leadUnit.registeredOn";
    /** The director's name. */
    public static final String DIRECTOR_NAME = "director.name";
    /** The director's identity number (to ask whether they direct another platform). */
    public static final String DIRECTOR_ID = "director.idNumber";
    /** The director's title level: {@code FULL_SENIOR} (正高级), {@code DEPUTY_SENIOR}, {@code INTERMEDIATE},
     * {@code OTHER}. */
    public static final String DIRECTOR_TITLE_LEVEL = "director.titleLevel";
    /** Usable floor area in m² (for a comprehensive center: its headquarters). */
    public static final String USABLE_AREA = "area.usable";
    /** Table of intellectual-property items (patents, software copyrights, standards, varieties). */
    public static final String IP_ITEMS = "ipItems";
    /** Table of team members (name, title, degree, full or part time). */
    public static final String TEAM = "team";
    /** Table of equipment with original value (万元). */
    public static final String EQUIPMENT = "equipment";
    /**
     * Table of specialised R&amp;D institutes (comprehensive centers, arts. 6–7 of the Xinzhou measures); the portal's
     * center profile reads each row's {@code name}, {@code location} and {@code field} at recognition (since 0.2.5).
     */
    public static final String INSTITUTES = "institutes";
    /**
     * The public services the center offers (art. 13 of the Xinzhou measures), a {@code MULTI_CHOICE} of the
     * {@code PUBLIC_SERVICES} catalog; the center profile records them at recognition (since 0.2.5).
     */
    public static final String PUBLIC_SERVICES = "publicServices";
    /**
     * The center's internal governance mechanism (art. 11 of the Xinzhou measures: 理事会决策制、中心主任负责制、专家委员会
     * 咨询制), a {@code LONG_TEXT}; the center profile records it at recognition (since 0.2.5).
     */
    public static final String GOVERNANCE_DESCRIPTION = "governance.description";
    /**
     * The center's charter (art. 11: 依照章程管理), an {@code ATTACHMENT}; the center profile records its file name and
     * upload day at recognition (since 0.2.5).
     */
    public static final String CHARTER = "attachments.charter";
    /** Table of co-builders with mode and committed contribution. */
    public static final String CO_BUILDERS = "coBuilders";
    /** The industry cluster's code. */
    public static final String INDUSTRY_CLUSTER = "industryCluster";
    /** The main research directions (table or multi-choice). */
    public static final String RESEARCH_DIRECTIONS = "researchDirections";
    /** Matching funds committed, in 万元. */
    public static final String MATCHING_FUNDS = "matchingFunds";
    /** Free-text justification of fit with a strategic layout (e.g. Xinzhou's "336"). */
    public static final String STRATEGY_JUSTIFICATION = "strategy.justification";
    /** The pledge that there is no major safety, quality or environmental problem and no dishonesty listing. */
    public static final String PLEDGE_NO_MAJOR_PROBLEMS = "pledge.noMajorProblems";
    /** Narrative of resource integration and technology transfer. */
    public static final String NARRATIVE_INTEGRATION = "narrative.integration";
    /** The recommendation letter's number (recommended channel). */
    public static final String RECOMMENDATION_LETTER_NO = "recommendation.letterNumber";
    /**
     * The decision body's meeting date, a {@code DATE} field of the decision step's form ({@code PARTY_GROUP}). Since
     * 0.2.3 the portal fills it, with {@link #MEETING_MINUTES_NUMBER}, from the meeting whose decisions the authority
     * records for a whole agenda at once (art. 9(3) of the Xinzhou measures: 党组会议研究); a policy's decision form
     * keeps these keys so that its guards ({@code FIELD_PRESENT}) read the meeting's values.
     */
    public static final String MEETING_DATE = "partyGroup.meetingDate";
    /** The decision body's minutes number (会议纪要编号), filled by the portal from the meeting (see {@link #MEETING_DATE}). */
    public static final String MEETING_MINUTES_NUMBER = "partyGroup.minutesNumber";
    /**
     * The objector's name (unit or real name of a person), a {@code TEXT} field of the objection step's form
     * ({@code OBJECTION}). Since 0.2.4 the portal fills the objection keys from an objection filed on its public notice
     * page when the authority receives it (the policy's step into its {@code OBJECTION} stage).
     */
    public static final String OBJECTION_OBJECTOR = "objection.objector";
    /** Whether the objector is a unit or a person: a {@code CHOICE} of {@code UNIT} or {@code PERSON} (since 0.2.4). */
    public static final String OBJECTION_OBJECTOR_KIND = "objection.objectorKind";
    /** The objector's contact (since 0.2.4). */
    public static final String OBJECTION_CONTACT = "objection.contact";
    /** The day the objection arrived, a {@code DATE} (since 0.2.4). */
    public static final String OBJECTION_RECEIVED_DATE = "objection.receivedDate";
    /** What is objected to, a {@code LONG_TEXT} (since 0.2.4). */
    public static final String OBJECTION_CONTENT = "objection.content";
    /** The authority's declaration that the formalities are met, a {@code DECLARATION} (since 0.2.4). */
    public static final String OBJECTION_FORMALITIES_CHECKED = "objection.formalitiesChecked";
    /**
     * The year an annual report (form {@code ANNUAL_REPORT}) reports on, a {@code NUMBER}. Since 0.2.5 the portal
     * fills it, with {@link #ANNUAL_REPORT_CENTER_NAME}, from the report the center's lead unit started, and keeps
     * both fixed; it takes every other top-level {@code NUMBER} or {@code COMPUTED} field of a submitted report as a
     * figure the evaluation may read.
     */
    public static final String ANNUAL_REPORT_YEAR = "annual.year";
    /** The center's official name on its annual report, a {@code TEXT} filled by the portal (since 0.2.5). */
    public static final String ANNUAL_REPORT_CENTER_NAME = "annual.centerName";
    /**
     * The center's type on its annual report, a {@code CHOICE} of {@code CENTER_TYPES}: since 0.2.5 the portal
     * proposes it, with {@link #ANNUAL_REPORT_LEAD_UNIT_NAME}, {@link #ANNUAL_REPORT_SUPERVISING_BODY} and
     * {@link #ANNUAL_REPORT_DIRECTOR}, from the center's profile in force when the report is started; the lead unit may
     * correct them.
     */
    public static final String ANNUAL_REPORT_CENTER_TYPE = "annual.centerType";
    /** The lead unit's name on the annual report, a {@code TEXT} proposed from the profile (since 0.2.5). */
    public static final String ANNUAL_REPORT_LEAD_UNIT_NAME = "annual.leadUnitName";
    /** The supervising body on the annual report, a {@code CHOICE} of {@code RECOMMENDING_BODIES} (since 0.2.5). */
    public static final String ANNUAL_REPORT_SUPERVISING_BODY = "annual.supervisingBody";
    /** The center's director on the annual report, a {@code TEXT} proposed from the profile (since 0.2.5). */
    public static final String ANNUAL_REPORT_DIRECTOR = "annual.director";
    /**
     * The prefix of a self-score on the self-evaluation form (the evaluation procedure's self-assessment step's form,
     * {@code SELF_EVALUATION} by convention): {@code selfEvaluation.score.} + an indicator's code, a {@code NUMBER}
     * whose {@code max} should be the indicator's weight. Since 0.2.5 the portal reads the self-scores of the scheme's
     * scored indicators from these fields when the lead unit files the form, and refuses one above its weight.
     */
    public static final String SELF_EVALUATION_SCORE_PREFIX = "selfEvaluation.score.";
    /** The self-assessment's summary on the self-evaluation form, a {@code LONG_TEXT} (since 0.2.5). */
    public static final String SELF_EVALUATION_SUMMARY = "selfEvaluation.summary";
    /**
     * The center's official name on the self-evaluation form, a {@code TEXT}: since 0.2.5 the portal fills it and keeps
     * it fixed, and proposes {@link #SELF_EVALUATION_LEAD_UNIT_NAME}, {@link #SELF_EVALUATION_SUPERVISING_BODY} and the
     * period ({@link #SELF_EVALUATION_PERIOD_START}: the last evaluation or the recognition; {@link
     * #SELF_EVALUATION_PERIOD_END}: the day the form is opened), which the lead unit may correct.
     */
    public static final String SELF_EVALUATION_CENTER_NAME = "selfEvaluation.centerName";
    /** The lead unit's name on the self-evaluation form, a {@code TEXT} (since 0.2.5). */
    public static final String SELF_EVALUATION_LEAD_UNIT_NAME = "selfEvaluation.leadUnitName";
    /** The supervising body on the self-evaluation form, a {@code CHOICE} of {@code RECOMMENDING_BODIES} (since 0.2.5). */
    public static final String SELF_EVALUATION_SUPERVISING_BODY = "selfEvaluation.supervisingBody";
    /** The first day of the period evaluated, a {@code DATE} on the self-evaluation form (since 0.2.5). */
    public static final String SELF_EVALUATION_PERIOD_START = "selfEvaluation.periodStart";
    /** The last day of the period evaluated, a {@code DATE} on the self-evaluation form (since 0.2.5). */
    public static final String SELF_EVALUATION_PERIOD_END = "selfEvaluation.periodEnd";

    private FieldKeys() {
    }
}
