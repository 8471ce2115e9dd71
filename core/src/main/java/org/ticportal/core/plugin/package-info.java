/**
 * The policy plugin runtime: PF4J loads policy plugins from the plugins folder (jars and zips in deployment mode,
 * {@code plugins/*&#47;target/classes} in development mode), reports each plugin's state and failure reason, and
 * answers which policy is active. Extensions are looked up at each call and never kept, so a plugin's class loader
 * can be collected when it is unloaded.
 */
@NullMarked
package org.ticportal.core.plugin;

import org.jspecify.annotations.NullMarked;
