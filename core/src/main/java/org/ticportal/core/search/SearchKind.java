package org.ticportal.core.search;

/** What a search hit is, in the order the results list the kinds. */
public enum SearchKind {
    /** A recognised center (技术创新中心). */
    CENTER,
    /** A recognition application (申报). */
    APPLICATION,
    /** A registered unit (单位). */
    UNIT,
    /** An expert of the pool (专家). */
    EXPERT
}
