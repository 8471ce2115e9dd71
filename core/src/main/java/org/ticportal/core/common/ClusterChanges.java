package org.ticportal.core.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells every portal node sharing the database that something it keeps in memory changed on another node (issue 14):
 * a change bumps its topic's generation in {@code cluster_change} (V41) in the changing transaction, so the bump is
 * seen exactly when the change is; every node reads the table every {@code ticportal.cluster.poll-interval} (5 s by
 * default) and publishes a {@link ClusterChanged} for each topic whose generation moved. Reactions stay with the
 * features (the plugin runtime reloads from the shared plugins folder, the catalog overrides are read again).
 *
 * <p>Polling rather than a message broker: one indexed read of two rows every few seconds costs nothing, needs no
 * other server, and works unchanged on one MariaDB and on a Galera cluster (a plain UPDATE of a row with a primary key,
 * replicated as a row event). The node that made the change sees its own bump too; reactions are idempotent.
 */
@Component
public class ClusterChanges {

    /** The running plugins and whether each runs (installs, upgrades, removals, starts, stops). */
    public static final String PLUGINS = "plugins";
    /** The catalog overrides administrators make (added, renamed, retired, restored entries). */
    public static final String CATALOGS = "catalogs";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterChanges.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    /** The generation of each topic this node last reacted to; empty until its first look. */
    private final Map<String, Long> seen = new HashMap<>();

    ClusterChanges(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Records a change of the topic, in the caller's transaction (none: at once). Every node, this one included,
     * reacts at its next look.
     */
    public void bump(String topic) {
        if (topic == null || topic.isBlank() || topic.length() > 64) {
            throw new IllegalArgumentException("A topic has 1 to 64 characters: " + topic);
        }
        int updated = jdbc.update("UPDATE cluster_change SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3) "
                + "WHERE topic = ?", topic);
        if (updated == 0) {
            jdbc.update("INSERT INTO cluster_change (topic, generation) VALUES (?, 1) "
                    + "ON DUPLICATE KEY UPDATE generation = generation + 1", topic);
        }
    }

    /**
     * Looks at the generations and publishes a {@link ClusterChanged} for every topic that moved (every topic at the
     * first look, so that a change made while this node started is not missed). Scheduled; tests call it directly.
     *
     * @return the topics that moved
     */
    @Scheduled(fixedDelayString = "${ticportal.cluster.poll-interval:PT5S}", initialDelay = 0)
    public synchronized List<String> poll() {
        List<ClusterChanged> moved = jdbc.query("SELECT topic, generation FROM cluster_change ORDER BY topic",
                (rs, n) -> new ClusterChanged(rs.getString(1), rs.getLong(2))).stream()
                .filter(c -> !Long.valueOf(c.generation()).equals(seen.get(c.topic())))
                .toList();
        for (ClusterChanged change : moved) {
            try {
                events.publishEvent(change);
                seen.put(change.topic(), change.generation());
            } catch (RuntimeException e) {
                // not marked as seen: the next look tries again
                LOG.error("Reacting to the cluster change {} failed", change, e);
            }
        }
        return moved.stream().map(ClusterChanged::topic).toList();
    }
}
