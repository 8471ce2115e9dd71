package org.ticportal.policy.api;

import java.util.List;
import java.util.Objects;

/**
 * A named group of industry clusters, e.g. Xinzhou's eight flagship clusters (八大标志性引领性产业集群).
 *
 * @param code     stable code, upper case
 * @param name     the group's name
 * @param article  the article that lists the group, e.g. {@code 第七条}
 * @param clusters the clusters, in the order the measures list them
 */
public record IndustryGroup(String code, LocalizedText name, String article, List<IndustryCluster> clusters) {

    public IndustryGroup {
        Catalogs.requireCode(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(article, "article");
        clusters = List.copyOf(clusters);
    }
}
