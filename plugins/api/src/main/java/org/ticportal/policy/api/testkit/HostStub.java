package org.ticportal.policy.api.testkit;

import java.util.HashSet;
import java.util.Set;

import org.ticportal.policy.api.rule.HostQueries;

/**
 * A host whose answers a test sets: it knows the people, applications, platforms and names it is told about and
 * answers "no" to everything else ({@link HostQueries#NONE} answers "no" to all).
 *
 * <pre>{@code
 * HostQueries host = new HostStub().directing("14090219700101001X").applied("91140902MA0K123455", 2026);
 * }</pre>
 */
public final class HostStub implements HostQueries {

    private final Set<String> directors = new HashSet<>();
    private final Set<String> applications = new HashSet<>();
    private final Set<String> platforms = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    /** The person (identity number, or name) directs another platform. */
    public HostStub directing(String personKey) {
        directors.add(personKey);
        return this;
    }

    /** The unit (unified social credit code) applied under the policy in the year. */
    public HostStub applied(String creditCode, int year) {
        applications.add(creditCode + "/" + year);
        return this;
    }

    /** The unit holds a platform of the kind (e.g. {@code ENGINEERING_CENTER}). */
    public HostStub holding(String creditCode, String platformKind) {
        platforms.add(creditCode + "/" + platformKind);
        return this;
    }

    /** A center of this full name exists or is being recognised. */
    public HostStub nameTaken(String fullName) {
        names.add(fullName);
        return this;
    }

    @Override
    public boolean personDirectsAnotherPlatform(String personKey) {
        return directors.contains(personKey);
    }

    @Override
    public boolean unitAppliedInYear(String creditCode, int year) {
        return applications.contains(creditCode + "/" + year);
    }

    @Override
    public boolean unitHoldsPlatform(String creditCode, String platformKind) {
        return platforms.contains(creditCode + "/" + platformKind);
    }

    @Override
    public boolean centerNameTaken(String fullName) {
        return names.contains(fullName);
    }
}
