package org.ticportal.ui.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.ticportal.core.db.DatabaseUnavailable;

/**
 * Sends a refused login back to the login view with one answer for every refusal — a wrong password, an unknown user
 * name, a locked source, a disabled or protected account — so that the answer tells nobody which accounts exist or
 * what state they are in. The one other answer is about the portal, not the account: while the database is away the
 * login could not be checked at all, and the user is told that the service is temporarily unavailable (never "wrong
 * password").
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        boolean unavailable = exception instanceof InternalAuthenticationServiceException
                && DatabaseUnavailable.isCause(exception);
        response.sendRedirect(request.getContextPath() + (unavailable ? "/login?unavailable" : "/login?error"));
    }
}
