package org.ticportal.policy.api.call;

import java.util.Objects;

import org.ticportal.policy.api.setting.PolicySettings;

/**
 * How applications arrive in time: in calls for applications (申报批次) the authority opens and closes, and whether an
 * application may also be filed outside any call (rolling filing; Xinzhou's "成熟一个，认定一个"). The portal keeps the
 * calls themselves (title, open and close time, quotas, the announcing document); the policy says what its measures
 * allow.
 *
 * @param rollingFilingSetting the key of a {@link org.ticportal.policy.api.setting.SettingType#BOOLEAN BOOLEAN}
 *                             setting saying whether applications may be filed outside calls, or empty: then
 *                             {@code rollingFiling} decides
 * @param rollingFiling        whether applications may be filed outside calls when no setting decides it
 * @param quotas               whether the authority may limit how many applications each recommending body
 *                             recommends in a call (per-recommending-body quotas, 推荐名额)
 * @param parallelApplications whether a unit may hold two open applications under the policy in the same call (or
 *                             both outside calls); {@code false}: the second is refused at filing
 * @param article              the article (or call) these rules follow
 * @since 0.2.2
 */
public record CallRules(String rollingFilingSetting, boolean rollingFiling, boolean quotas,
                        boolean parallelApplications, String article) {

    /**
     * What a policy that says nothing gets, which is how the portal behaved before calls existed: rolling filing
     * allowed (applications could always be filed at any time), no quotas, and a unit may hold more than one open
     * application. A policy that limits units to one open application per call says so.
     */
    public static final CallRules DEFAULT = new CallRules("", true, false, true, "");

    public CallRules {
        rollingFilingSetting = rollingFilingSetting == null ? "" : rollingFilingSetting.strip();
        article = Objects.requireNonNullElse(article, "");
    }

    /** Rules with rolling filing decided by a BOOLEAN setting. */
    public static CallRules rollingBySetting(String settingKey, boolean quotas, boolean parallelApplications,
                                             String article) {
        Objects.requireNonNull(settingKey, "settingKey");
        if (settingKey.isBlank()) {
            throw new IllegalArgumentException("the rolling-filing setting key must not be blank");
        }
        return new CallRules(settingKey, false, quotas, parallelApplications, article);
    }

    /** Whether applications may be filed outside calls under the policy's current settings. */
    public boolean rollingFilingAllowed(PolicySettings settings) {
        return rollingFilingSetting.isEmpty() ? rollingFiling : settings.flag(rollingFilingSetting);
    }
}
