package org.ticportal.core.application;

/**
 * What the conversion feature says about the older platforms it registers (art. 16 of the Xinzhou measures), asked
 * when an applicant files a conversion: the application feature does not know the registry, and the registry files
 * through it, so the packages have no cycle.
 */
public interface ConversionRegistry {

    /**
     * The engineering center the unit may convert now, refused ({@code BusinessException}) otherwise: not in the
     * registry, not registered (converted, cancelled), another unit's (credit codes differ), or with an open
     * conversion application already.
     *
     * @param engineeringCenterId the engineering center of the registry
     * @param unitCreditCode      the applicant unit's unified social credit code
     */
    Claim claim(long engineeringCenterId, String unitCreditCode);

    /** The conversion application was filed (in the filing's transaction). */
    void filed(long engineeringCenterId, long applicationId);

    /**
     * An engineering center a unit may convert.
     *
     * @param jurisdictionCode the jurisdiction whose registry holds it (the conversion is filed there)
     * @param sourceCode       the policy's conversion source it was registered under
     */
    record Claim(String jurisdictionCode, String sourceCode) {
    }
}
