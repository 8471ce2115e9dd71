package org.ticportal.core.application;

import org.ticportal.policy.api.rule.HostQueries;

/**
 * The portal's answers to a policy's questions about other records, for one application (which never counts
 * against itself). Names are compared without blanks; recognised centers' names (revoked ones too) come from
 * {@link CenterNames}.
 */
final class PortalHostQueries implements HostQueries {

    private final ApplicationRepository applications;
    private final PlatformHoldingRepository holdings;
    private final long applicationId;
    private final String policyId;
    private final CenterNames centers;

    PortalHostQueries(ApplicationRepository applications, PlatformHoldingRepository holdings, long applicationId,
                      String policyId, CenterNames centers) {
        this.applications = applications;
        this.holdings = holdings;
        this.applicationId = applicationId;
        this.policyId = policyId;
        this.centers = centers;
    }

    @Override
    public boolean personDirectsAnotherPlatform(String personKey) {
        String key = personKey.strip();
        return !key.isEmpty() && (holdings.existsByDirectorKey(key) || applications.directorOfOther(key, applicationId));
    }

    @Override
    public boolean unitAppliedInYear(String creditCode, int year) {
        return applications.unitFiledOtherInYear(creditCode.strip().toUpperCase(java.util.Locale.ROOT), policyId, year,
                applicationId);
    }

    @Override
    public boolean unitHoldsPlatform(String creditCode, String platformKind) {
        return holdings.existsByCreditCodeAndPlatformKind(creditCode.strip().toUpperCase(java.util.Locale.ROOT),
                platformKind);
    }

    @Override
    public boolean centerNameTaken(String fullName) {
        String name = normaliseName(fullName);
        return holdings.existsByName(name) || applications.fullNameUsedByOther(name, applicationId)
                || centers.taken(name, applicationId);
    }

    /** A center name as stored and compared: without blanks of any width. */
    static String normaliseName(String name) {
        return name.replaceAll("[\\s\\u3000]+", "");
    }
}
