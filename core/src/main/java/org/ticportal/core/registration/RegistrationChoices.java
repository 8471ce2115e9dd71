package org.ticportal.core.registration;

import java.util.List;

import org.ticportal.policy.api.LocalizedText;

/**
 * What the public registration page offers: per jurisdiction whose policy is active, the divisions (its policy's
 * recommending bodies in force) and the unit categories.
 *
 * @param jurisdictions the jurisdictions in code order
 */
public record RegistrationChoices(List<JurisdictionChoice> jurisdictions) {

    public RegistrationChoices {
        jurisdictions = List.copyOf(jurisdictions);
    }

    /**
     * A jurisdiction a unit may register under.
     *
     * @param code       its code (140900)
     * @param name       its name
     * @param policy     the title of its active policy
     * @param divisions  the divisions and bodies a unit may be registered under
     * @param categories the unit categories, empty when the policy has none
     */
    public record JurisdictionChoice(String code, LocalizedText name, LocalizedText policy, List<Option> divisions,
                                     List<Option> categories) {

        public JurisdictionChoice {
            divisions = List.copyOf(divisions);
            categories = List.copyOf(categories);
        }
    }

    /**
     * One choice.
     *
     * @param code   its code
     * @param name   its name
     * @param direct for a division: whether its units go directly to the bureau (and the bureau confirms them)
     */
    public record Option(String code, LocalizedText name, boolean direct) {
    }
}
