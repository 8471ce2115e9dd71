package org.ticportal.core.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.LocalizedText;

/**
 * A jurisdiction (city, province) some running policy belongs to, and the policy its new applications use.
 *
 * @param code             GB/T 2260 code of the authority (140900 忻州市, 140000 山西省)
 * @param name             its name
 * @param policies         the running policies of the jurisdiction
 * @param assignedPolicyId the policy an administrator chose, if any
 * @param active           the policy new applications are filed under: the assigned one when it runs, else the only
 *                         (or first) running one when none was assigned; {@code null} when the assigned one does not
 *                         run (then no new application can be filed)
 */
public record Jurisdiction(String code, LocalizedText name, List<StartedPolicy> policies,
                           @Nullable String assignedPolicyId, @Nullable StartedPolicy active) {

    public Jurisdiction {
        policies = List.copyOf(policies);
    }
}
