package org.ticportal.policy.api.panel;

/** Whom a draw leaves out of an application's panel (回避). */
public enum Avoidance {
    /** Experts working for the applicant (lead) unit. */
    APPLICANT_UNIT,
    /** Experts working for one of the application's co-builders (参与共建单位). */
    CO_BUILDERS,
    /** Experts who declared a conflict of interest with the application. */
    DECLARED_CONFLICT
}
