package org.ticportal.core.user;

import org.jspecify.annotations.Nullable;

/**
 * What the logged-in user may see: administrators and bureau staff see everything, a county reviewer the records of
 * one recommending body, an applicant the records of one unit, an expert only what is assigned to them.
 *
 * @param role                 the user's role
 * @param recommendingBodyCode the county reviewer's recommending body
 * @param unitId               the applicant's unit
 * @param jurisdictionCode     the jurisdiction bureau staff work for, or {@code null} for all
 * @param unitAdministrator    whether an applicant administers their unit (申报单位管理员): they approve what leaves it
 */
public record AccessScope(Role role, @Nullable String recommendingBodyCode, @Nullable Long unitId,
                          @Nullable String jurisdictionCode, boolean unitAdministrator) {

    public AccessScope {
        unitAdministrator = unitAdministrator && role == Role.APPLICANT && unitId != null;
    }

    public AccessScope(Role role, @Nullable String recommendingBodyCode, @Nullable Long unitId,
                       @Nullable String jurisdictionCode) {
        this(role, recommendingBodyCode, unitId, jurisdictionCode, false);
    }

    public AccessScope(Role role, @Nullable String recommendingBodyCode, @Nullable Long unitId) {
        this(role, recommendingBodyCode, unitId, null);
    }

    /** Whether this is the administrator of the unit (an applicant who approves what leaves it). */
    public boolean administers(long unit) {
        return unitAdministrator && unitId != null && unitId == unit;
    }

    /** Whether bureau staff with this scope work for the jurisdiction. */
    public boolean coversJurisdiction(String code) {
        return role == Role.ADMIN || role == Role.BUREAU && (jurisdictionCode == null || jurisdictionCode.equals(code));
    }

    /** Whether the scope covers every record. */
    public boolean isUnrestricted() {
        return role == Role.ADMIN || role == Role.BUREAU;
    }

    /** Whether a record belonging to this unit, registered under this recommending body, is in scope. */
    public boolean covers(long recordUnitId, String recordBodyCode) {
        return switch (role) {
            case ADMIN, BUREAU -> true;
            case COUNTY -> recordBodyCode.equals(recommendingBodyCode);
            case APPLICANT -> unitId != null && unitId == recordUnitId;
            case EXPERT, AUDITOR -> false;
        };
    }
}
