package org.ticportal.policy.api;

/** What kind of organisation a recommending body (推荐单位 / 组织管理部门) is. */
public enum RecommendingBodyKind {
    /** A county-level division's S&amp;T body (县（市、区）科技管理部门). */
    COUNTY,
    /**
     * A development zone or scenic-area management committee (开发区、风景区管委会). Such an area has no GB/T 2260 code:
     * give the body a code of the policy's own and the division it lies in ({@link RecommendingBody#zone}).
     */
    FUNCTIONAL_ZONE,
    /** A government department at the authority's own level (市直有关部门、主管部门). */
    DEPARTMENT,
    /** A lower-level S&amp;T bureau, for a provincial policy (e.g. a city bureau recommending to the province). */
    CITY,
    /** A university or institute submitting through its own channel. */
    INSTITUTION
}
