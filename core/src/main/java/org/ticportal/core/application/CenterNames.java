package org.ticportal.core.application;

/**
 * The names recognised centers hold, asked by the naming check ({@code NamingRules.Constraint.UNIQUE}) besides the
 * names other applications use: a name in use or a revoked center's may not be given again. The center feature
 * answers; without it no center holds a name.
 */
public interface CenterNames {

    /**
     * Whether a center (of any status, revoked ones included) other than the one recognised on the application holds
     * the full name, compared without blanks.
     */
    boolean taken(String fullName, long applicationId);
}
