package org.ticportal.core.catalog;

/**
 * The codes of the three catalogs every policy has besides its own lists (whose codes the plugin gives, see
 * {@link org.ticportal.policy.api.Catalog}). Forms name a catalog by its code.
 */
public final class CatalogCodes {

    /** The policy's center types (中心类型). */
    public static final String CENTER_TYPES = "CENTER_TYPES";
    /** The policy's industry clusters (产业方向), listed by group. */
    public static final String INDUSTRY_CLUSTERS = "INDUSTRY_CLUSTERS";
    /** The bodies applications arrive through (推荐单位). */
    public static final String RECOMMENDING_BODIES = "RECOMMENDING_BODIES";

    private CatalogCodes() {
    }
}
