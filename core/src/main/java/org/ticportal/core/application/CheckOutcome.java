package org.ticportal.core.application;

/** The outcome of one eligibility rule for one application, as shown to users. */
public enum CheckOutcome {
    /** 符合 */
    PASS,
    /** 不符合: blocks submission. */
    FAIL,
    /** 提示: the applicant explains; does not block once explained. */
    WARN,
    /** 待审核: a person (bureau, county, experts) decides. */
    NEEDS_REVIEW,
    /** 不适用 */
    NOT_APPLICABLE,
    /** The policy plugin failed while checking the rule: blocks, and names the plugin. */
    ERROR
}
