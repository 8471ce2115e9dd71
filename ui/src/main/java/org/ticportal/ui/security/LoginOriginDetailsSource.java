package org.ticportal.ui.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.ticportal.core.user.LoginOrigin;

/**
 * Gives a login POST its origin: the client address as the servlet container reports it (the forwarded client
 * address when the operator configures {@code server.forward-headers-strategy} behind a reverse proxy; otherwise the
 * connecting address) and the browser's known-device cookie.
 */
final class LoginOriginDetailsSource implements AuthenticationDetailsSource<HttpServletRequest, LoginOrigin> {

    @Override
    public LoginOrigin buildDetails(HttpServletRequest request) {
        return LoginOrigin.of(request.getRemoteAddr(), deviceCookie(request));
    }

    private static @Nullable String deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (KnownDeviceCookie.NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
