package org.ticportal.core.plugin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What an administrator decided about a plugin, kept across restarts: whether it runs. A plugin without a row runs.
 */
@Entity
@Table(name = "plugin_state")
class PluginState {

    @Id
    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected PluginState() {
    }

    PluginState(String pluginId, boolean enabled, Instant now, String actor) {
        this.pluginId = pluginId;
        set(enabled, now, actor);
    }

    void set(boolean enabled, Instant now, String actor) {
        this.enabled = enabled;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    String getPluginId() {
        return pluginId;
    }

    boolean isEnabled() {
        return enabled;
    }
}
