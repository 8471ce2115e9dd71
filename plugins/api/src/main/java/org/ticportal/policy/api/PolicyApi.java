package org.ticportal.policy.api;

/**
 * Version facts of this API.
 *
 * <p>Semantic versioning: while the major version is 0, a minor version may change the API incompatibly, so a plugin
 * declares {@code plugin.requires=>=0.2.0 & <0.3.0}. From 1.0 on, only a major version breaks plugins. The changelog is
 * {@code plugins/api/CHANGELOG.md}.
 */
public final class PolicyApi {

    /** The version of the policy API this jar provides. */
    public static final String VERSION = "0.2.0";

    private PolicyApi() {
    }
}
