package org.ticportal.core.unit;

/**
 * Which units the logged-in user may see and confirm. The user feature answers it from the user's role and scope
 * (administrators and bureau staff every unit, a county reviewer the units registered under their recommending body,
 * an applicant their own unit); units know nothing of users.
 */
public interface UnitScope {

    /** Whether the logged-in user's scope covers the unit with this id, registered under this recommending body. */
    boolean covers(long unitId, String recommendingBodyCode);

    /** What the logged-in user is to units. */
    UnitAccess access();
}
