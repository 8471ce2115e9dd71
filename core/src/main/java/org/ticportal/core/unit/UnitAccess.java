package org.ticportal.core.unit;

import org.jspecify.annotations.Nullable;

/**
 * Which units a user sees and which registrations they confirm, as the user feature answers it from the user's role
 * (units know nothing of users).
 *
 * @param kind             what the user is to units
 * @param bodyCode         a reviewer's recommending body
 * @param unitId           an applicant's own unit
 * @param jurisdictionCode the jurisdiction bureau staff work for, or {@code null} for all
 * @param unitAdministrator whether an applicant administers their unit (申报单位管理员)
 */
public record UnitAccess(Kind kind, @Nullable String bodyCode, @Nullable Long unitId,
                         @Nullable String jurisdictionCode, boolean unitAdministrator) {

    /** What a user is to units. */
    public enum Kind {
        /** An administrator: sees every unit, creates units by hand, confirms none. */
        ADMINISTRATOR,
        /** Bureau staff: see every unit, confirm municipal (direct-channel) units of their jurisdiction. */
        BUREAU,
        /** A recommending body's reviewer: sees and confirms the units registered under their body. */
        BODY,
        /** An applicant: sees their own unit. */
        OWN_UNIT,
        /** Anyone else (experts): no unit. */
        NONE
    }

    public UnitAccess {
        if (kind == Kind.BODY && bodyCode == null) {
            throw new IllegalArgumentException("a reviewer's access names their recommending body");
        }
    }

    /** Whether the user sees the unit. */
    public boolean sees(Unit unit) {
        return switch (kind) {
            case ADMINISTRATOR, BUREAU -> true;
            case BODY -> bodyCode != null && (bodyCode.equals(unit.getRecommendingBodyCode())
                    || bodyCode.equals(unit.getConfirmingBodyCode()));
            case OWN_UNIT -> unitId != null && unitId.equals(unit.getId());
            case NONE -> false;
        };
    }

    /**
     * Whether the user decides the unit's registration and its change requests: the reviewers of the body that confirms
     * it, or bureau staff of its jurisdiction when the bureau confirms it (municipal units, units registered before
     * the portal knew their jurisdiction).
     */
    public boolean confirms(Unit unit) {
        return switch (kind) {
            case BODY -> unit.getConfirmingBodyCode() != null && unit.getConfirmingBodyCode().equals(bodyCode);
            case BUREAU -> unit.getConfirmingBodyCode() == null && (jurisdictionCode == null
                    || unit.getJurisdictionCode() == null || jurisdictionCode.equals(unit.getJurisdictionCode()));
            default -> false;
        };
    }
}
