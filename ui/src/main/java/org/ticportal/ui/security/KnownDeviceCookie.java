package org.ticportal.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.ticportal.core.user.LoginOrigin;
import org.ticportal.core.user.SecurityPolicyProperties;

/**
 * Gives a browser that signed in its long-lived known-device cookie (OWASP's device cookie): a random token that core
 * records, hashed, as a known device of the account. While an account is protected after an attack from many
 * sources, only its known devices may sign in. The cookie is HttpOnly, SameSite=Lax, and Secure when the request came
 * over TLS (directly, or through a reverse proxy whose forwarded headers the portal trusts).
 */
final class KnownDeviceCookie implements SessionAuthenticationStrategy {

    /** The cookie's name. */
    static final String NAME = "TICPORTAL_DEVICE";

    private final SecurityPolicyProperties policy;

    KnownDeviceCookie(SecurityPolicyProperties policy) {
        this.policy = policy;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (!(authentication.getDetails() instanceof LoginOrigin origin)) {
            return;
        }
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, origin.deviceToken())
                .path(path)
                .maxAge(policy.knownDeviceLifetime())
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build().toString());
    }
}
