package org.ticportal.core.plugin;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where policy plugins come from, under {@code ticportal.plugins}.
 *
 * @param dir          the plugins folder (relative paths resolve against the working directory)
 * @param mode         {@code deployment}: load plugin jars and zips from the folder; {@code development}: load each
 *                     sub-folder's {@code target/classes} (a source checkout after {@code mvn compile})
 * @param activePolicy the id of the policy used for new work; when unset, the first started policy
 */
@ConfigurationProperties("ticportal.plugins")
public record PluginProperties(
        @DefaultValue("plugins") Path dir,
        @DefaultValue("deployment") Mode mode,
        @Nullable String activePolicy) {

    /** How plugins are found in the folder. */
    public enum Mode {
        DEPLOYMENT,
        DEVELOPMENT
    }
}
