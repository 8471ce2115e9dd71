package org.ticportal.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.LocalizedText;

/**
 * Sets two running policies side by side — identity, naming, catalogs, eligibility rules (matched by what they are
 * about), procedure, notice, evaluation, changes and settings — and marks where they differ. Rules differ when their
 * requirements or kinds do, not merely because they cite different documents.
 */
@Service
public class PolicyComparisonService {

    private static final LocalizedText NONE = new LocalizedText("—", "—");

    private final PolicyProviders providers;

    PolicyComparisonService(PolicyProviders providers) {
        this.providers = providers;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<ComparisonRow> compare(String leftPolicyId, String rightPolicyId) {
        List<PolicyDescription.Line> left = providers.readCurrent(leftPolicyId, PolicyDescription::of).lines();
        List<PolicyDescription.Line> right = providers.readCurrent(rightPolicyId, PolicyDescription::of).lines();
        Map<String, PolicyDescription.Line[]> merged = new LinkedHashMap<>();
        for (var line : left) {
            merged.computeIfAbsent(line.section() + "/" + line.key(), k -> new PolicyDescription.Line[2])[0] = line;
        }
        for (var line : right) {
            merged.computeIfAbsent(line.section() + "/" + line.key(), k -> new PolicyDescription.Line[2])[1] = line;
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (String section : List.of("IDENTITY", "NAMING", "CATALOGS", "RULES", "PROCEDURE", "NOTICE",
                "EVALUATION", "CHANGES", "SETTINGS")) {
            merged.values().stream().filter(pair -> section.equals((pair[0] != null ? pair[0] : pair[1]).section()))
                    .forEach(pair -> {
                        LocalizedText aspect = (pair[0] != null ? pair[0] : pair[1]).aspect();
                        LocalizedText l = pair[0] == null ? NONE : pair[0].value();
                        LocalizedText r = pair[1] == null ? NONE : pair[1].value();
                        boolean differs = pair[0] == null || pair[1] == null
                                || !pair[0].comparable().equals(pair[1].comparable());
                        rows.add(new ComparisonRow(section, aspect, l, r, differs));
                    });
        }
        return rows;
    }
}
