package org.ticportal.core.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the people who count and keep deadlines — administrators and bureau staff — that a year of the working-day
 * calendar is missing, on the portal's {@link Clock}: see {@link CalendarWarning#due}.
 */
@Service
@Transactional(readOnly = true)
public class CalendarWarnings {

    /** Who is warned: the roles that see the calendar screen. */
    static final Set<String> WARNED = Set.of("ROLE_ADMIN", "ROLE_BUREAU");

    private final CalendarYearRepository years;
    private final Clock clock;

    CalendarWarnings(CalendarYearRepository years, Clock clock) {
        this.years = years;
        this.clock = clock;
    }

    /** The warning due today for the current user; empty when none is due or the user is not one to be warned. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CalendarWarning> missingYear() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .noneMatch(WARNED::contains)) {
            return Optional.empty();
        }
        return CalendarWarning.due(LocalDate.now(clock), years::existsById);
    }
}
