package org.ticportal.policy.api;

import org.pf4j.ExtensionPoint;

/**
 * The extension point a policy plugin implements: one per policy (one set of written measures).
 *
 * <p>Annotate the implementation with {@code @org.pf4j.Extension}. The portal looks providers up each time it needs
 * one and keeps no instance, so a plugin can be stopped and unloaded at any time; implementations should therefore be
 * cheap to create and hold no state of their own.
 */
public interface PolicyProvider extends ExtensionPoint {

    /** Who issued the measures, under which document number, and since when they apply. */
    PolicyIdentity identity();

    /** The lists the measures name: center types, industry clusters, recommending bodies. */
    PolicyCatalogs catalogs();
}
