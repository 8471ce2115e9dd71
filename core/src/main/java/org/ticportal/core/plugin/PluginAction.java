package org.ticportal.core.plugin;

/** What an administrator may do with a plugin on the "Plugins" screen; {@link PluginInfo#actions()} says which. */
public enum PluginAction {
    /** Start a stopped or failed plugin. */
    START,
    /** Stop a running plugin. */
    STOP,
    /** Remove an uploaded plugin (not a module of the source tree). */
    REMOVE
}
