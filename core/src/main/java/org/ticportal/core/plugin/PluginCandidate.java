package org.ticportal.core.plugin;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * An uploaded plugin file after validation, waiting for the administrator to install it.
 *
 * @param token          identifies the staged file for {@link PluginAdminService#install(String)}
 * @param fileName       the uploaded file's name
 * @param pluginId       the plugin id from the descriptor, when readable
 * @param version        the plugin version
 * @param requires       the plugin API range it declares
 * @param provider       who made it
 * @param dependencies   the plugins it depends on, as declared
 * @param policyId       the id of the policy it provides, when the trial start succeeded
 * @param policyTitle    the policy's title
 * @param installedVersion the version of the same plugin already installed, when this is an upgrade
 * @param problems       why it cannot be installed, in both languages; empty when it can
 */
public record PluginCandidate(
        String token,
        String fileName,
        @Nullable String pluginId,
        @Nullable String version,
        @Nullable String requires,
        @Nullable String provider,
        List<String> dependencies,
        @Nullable String policyId,
        @Nullable LocalizedText policyTitle,
        @Nullable String installedVersion,
        List<LocalizedText> problems) {

    public PluginCandidate {
        dependencies = List.copyOf(dependencies);
        problems = List.copyOf(problems);
    }

    public boolean installable() {
        return problems.isEmpty();
    }

    public boolean isUpgrade() {
        return installedVersion != null;
    }

    /** The problems as one text in both languages, separated by semicolons; only for a candidate with problems. */
    public LocalizedText problemsText() {
        if (problems.isEmpty()) {
            throw new IllegalStateException("the candidate has no problems");
        }
        return new LocalizedText(String.join("; ", problems.stream().map(LocalizedText::zh).toList()),
                String.join("; ", problems.stream().map(LocalizedText::en).toList()));
    }
}
