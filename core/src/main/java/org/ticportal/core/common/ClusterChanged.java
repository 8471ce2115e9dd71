package org.ticportal.core.common;

import java.util.Objects;

/**
 * Published on every node, by {@link ClusterChanges}, when a topic's generation in {@code cluster_change} moved since
 * the node last looked: another node (or this one) changed what the topic covers, and what this node keeps in memory
 * of it must be read again. Also published once per topic at a node's first look, which covers changes made while it
 * started. Listeners must be idempotent: the event says "look again", not what changed.
 *
 * @param topic      e.g. {@link ClusterChanges#PLUGINS}
 * @param generation the topic's generation now
 */
public record ClusterChanged(String topic, long generation) {

    public ClusterChanged {
        Objects.requireNonNull(topic, "topic");
        if (topic.isBlank() || topic.length() > 64) {
            throw new IllegalArgumentException("A topic has 1 to 64 characters: " + topic);
        }
        if (generation < 0) {
            throw new IllegalArgumentException("A generation is never negative: " + generation);
        }
    }
}
