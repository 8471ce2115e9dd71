package org.ticportal.policy.api.rule;

/**
 * Narrow questions a rule may ask the portal about records other than the application. The host answers from its
 * own data; rules never reach the database.
 */
public interface HostQueries {

    /** Whether the person (by identity number, or name when no number is known) already directs another platform. */
    boolean personDirectsAnotherPlatform(String personKey);

    /** Whether the unit (by unified social credit code) has already applied under this policy in the year. */
    boolean unitAppliedInYear(String creditCode, int year);

    /** Whether the unit holds a platform of the kind (e.g. {@code ENGINEERING_CENTER}, {@code KEY_LAB}). */
    boolean unitHoldsPlatform(String creditCode, String platformKind);

    /** Whether a center with this full name, or a near duplicate of it, already exists or is being recognised. */
    boolean centerNameTaken(String fullName);

    /** A host that knows no other records: every answer is "no". For tests and previews. */
    HostQueries NONE = new HostQueries() {
        @Override
        public boolean personDirectsAnotherPlatform(String personKey) {
            return false;
        }

        @Override
        public boolean unitAppliedInYear(String creditCode, int year) {
            return false;
        }

        @Override
        public boolean unitHoldsPlatform(String creditCode, String platformKind) {
            return false;
        }

        @Override
        public boolean centerNameTaken(String fullName) {
            return false;
        }
    };
}
