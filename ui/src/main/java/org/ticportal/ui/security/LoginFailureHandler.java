package org.ticportal.ui.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused login back to the login view with one answer for every refusal — a wrong password, an unknown user
 * name, a locked source, a disabled or protected account — so that the answer tells nobody which accounts exist or
 * what state they are in.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
