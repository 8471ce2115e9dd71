package org.ticportal.core.plugin;

/** A plugin's state as administrators see it. */
public enum PluginStatus {
    /** Loaded and running; its policy can be used. */
    STARTED,
    /** Loaded but stopped or disabled. */
    STOPPED,
    /** Could not be loaded or started; see the failure reason. */
    FAILED
}
