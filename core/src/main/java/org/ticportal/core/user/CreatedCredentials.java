package org.ticportal.core.user;

/**
 * A user and the one-time password just given to them. The password is shown once to the administrator and never
 * stored in clear.
 */
public record CreatedCredentials(UserAccount user, String oneTimePassword) {

    @Override
    public String toString() {
        return "CreatedCredentials[" + user.getUsername() + "]";
    }
}
