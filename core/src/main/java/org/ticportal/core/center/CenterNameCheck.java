package org.ticportal.core.center;

import java.util.ArrayList;
import java.util.List;

import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.NamingRules;

/**
 * A new name checked for a center (art. 15 of the Xinzhou measures: 更名): the full name the policy's pattern makes of
 * the core name, and what is wrong with it (empty when it may be given).
 *
 * @param coreName the core name, stripped
 * @param fullName the official name, without blanks
 * @param article  the article of the policy's naming rules
 * @param problems what is wrong: the policy's naming rules, the center's own name, a name another center holds or held
 */
public record CenterNameCheck(String coreName, String fullName, String article, List<LocalizedText> problems) {

    public CenterNameCheck {
        problems = List.copyOf(problems);
    }

    /** Whether the name may be given. */
    public boolean passed() {
        return problems.isEmpty();
    }

    static CenterNameCheck of(Center center, String coreName, PolicyProviders providers, CenterRepository centers) {
        NamingRules naming = providers.read(center.getPin(), p -> p.naming());
        String core = coreName == null ? "" : coreName.strip();
        List<LocalizedText> problems = new ArrayList<>(naming.problems(core));
        String full = CenterRecognizer.blankless(naming.fullName(core));
        if (problems.isEmpty()) {
            if (full.equals(center.getName())) {
                problems.add(CoreMessages.text("change.rename.sameName", full));
            } else if (full.length() > 200 || core.length() > 100) {
                problems.add(CoreMessages.text("change.rename.tooLong", full));
            } else if (centers.existsByName(full)) {
                problems.add(CoreMessages.text("change.rename.nameTaken", full));
            }
        }
        return new CenterNameCheck(core, full, naming.article(), problems);
    }
}
