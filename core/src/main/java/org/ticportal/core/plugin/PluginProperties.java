package org.ticportal.core.plugin;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where policy plugins come from, under {@code ticportal.plugins}.
 *
 * @param dir       the plugins folder (relative paths resolve against the working directory)
 * @param mode      {@code deployment}: load plugin jars and zips from the folder; {@code development}: load each
 *                  sub-folder's {@code target/classes} (a source checkout after {@code mvn compile})
 * @param uploadDir where plugins uploaded by administrators are kept; by default the plugins folder in deployment
 *                  mode and {@code <data-dir>/plugins} in development mode (the source tree stays untouched)
 */
@ConfigurationProperties("ticportal.plugins")
public record PluginProperties(
        @DefaultValue("plugins") Path dir,
        @DefaultValue("deployment") Mode mode,
        @Nullable Path uploadDir) {

    /** How plugins are found in the folder. */
    public enum Mode {
        DEPLOYMENT,
        DEVELOPMENT
    }

    /** The upload folder, resolved against the data folder when not configured. */
    public Path resolvedUploadDir(Path dataDir) {
        if (uploadDir != null) {
            return uploadDir.toAbsolutePath().normalize();
        }
        return mode == Mode.DEVELOPMENT ? dataDir.resolve("plugins").toAbsolutePath().normalize()
                : dir.toAbsolutePath().normalize();
    }
}
