package org.ticportal.policy.api;

import java.util.Objects;

/**
 * One industry cluster (产业集群) or industry a center may serve.
 *
 * @param code stable code, upper case
 * @param name the cluster's name as the measures write it
 */
public record IndustryCluster(String code, LocalizedText name) {

    public IndustryCluster {
        Catalogs.requireCode(code);
        Objects.requireNonNull(name, "name");
    }
}
