package org.ticportal.core.user;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.SpringSecurityMessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login: user name and password checked by Spring's {@link DaoAuthenticationProvider}, with lock-out that cannot
 * be used as a weapon and answers that give nothing away.
 *
 * <ul>
 *   <li>A locked source is refused before the password is checked, for every account (it learns nothing about any);
 *       a known device of the named account passes, so a holder behind a shared address is not locked out.</li>
 *   <li>The password is checked for every other attempt — a real, disabled or protected account's hash, or Spring's
 *       dummy hash for an unknown name — so no answer comes faster for one kind of account than for another.</li>
 *   <li>Only then: a disabled account, or a protected account from a device that never signed in to it, is refused.
 *       Every refusal is one answer, exactly a wrong password's: a {@link BadCredentialsException} with Spring's
 *       message. The reason goes to the audit (and the debug log), never to the one who tried.</li>
 * </ul>
 *
 * A database failure while counting surfaces as {@link InternalAuthenticationServiceException}, as Spring's own
 * provider reports one while loading the user, so the web layer can tell "service unavailable" from "refused".
 */
class PortalAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PortalAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    PortalAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // no status check in Spring's provider: it would answer LockedException or DisabledException, even to a wrong
        // password (Spring Security 7 still checks the hash first, alwaysPerformAdditionalChecksOnUser). The portal
        // looks at the state only after a right password, and answers as to a wrong one.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> { });
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        LoginOrigin origin = LoginOrigin.from(authentication.getDetails());
        boolean trusted = guarded(() -> attempts.isTrustedDevice(username, origin));
        if (!trusted && guarded(() -> attempts.isSourceLocked(origin))) {
            throw refused("source locked", origin);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            guarded(() -> {
                attempts.recordFailure(username, origin);
                return null;
            });
            throw e;
        }
        PortalUser user = (PortalUser) result.getPrincipal();
        String refusal = !user.isEnabled() ? "account disabled"
                : !user.isAccountNonLocked() && !trusted ? "account protected, device never signed in to it" : null;
        if (refusal != null) {
            guarded(() -> {
                attempts.recordRefusal(user, origin, refusal);
                return null;
            });
            throw refused(refusal, origin);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The answer to a refused login: what Spring's provider answers a wrong password, in the same locale. */
    private static BadCredentialsException refused(String reason, LoginOrigin origin) {
        LOG.debug("login refused from {}: {}", origin.address(), reason);
        return new BadCredentialsException(SpringSecurityMessageSource.getAccessor().getMessage(
                "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
    }

    private static <T> T guarded(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("login bookkeeping failed: " + e.getMessage(), e);
        }
    }
}
