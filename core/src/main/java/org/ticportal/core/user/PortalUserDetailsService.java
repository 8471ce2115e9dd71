package org.ticportal.core.user;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database for Spring Security's login. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(account -> new PortalUser(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
