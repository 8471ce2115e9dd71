package org.ticportal.policy.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Version facts of this API.
 *
 * <p>Semantic versioning: while the major version is 0, a minor version may change the API incompatibly, so a plugin
 * declares {@code plugin.requires=>=0.2.5 & <0.3.0}. From 1.0 on, only a major version breaks plugins. The changelog is
 * {@code plugins/api/CHANGELOG.md}.
 */
public final class PolicyApi {

    /**
     * The version of the policy API this jar provides: the API jar's Maven version, set once in
     * {@code plugins/api/pom.xml} and read from {@code policy-api.properties}, which the build fills in.
     */
    public static final String VERSION = readVersion();

    private PolicyApi() {
    }

    private static String readVersion() {
        try (InputStream in = PolicyApi.class.getResourceAsStream("policy-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("policy-api.properties is missing from the plugin API's classes");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (!v.matches("\\d+\\.\\d+\\.\\d+")) {
                throw new IllegalStateException("policy-api.properties holds no API version (\"" + v
                        + "\"): build plugins/api with Maven, which fills it in from its pom");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
