package org.ticportal.core.unit;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads applicant units. Registration comes with the unit-registration feature. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final UnitScope scope;
    private final Clock clock;

    UnitService(UnitRepository units, UnitScope scope, Clock clock) {
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    /** Units whose name contains the text, for choosing an applicant user's unit. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<Unit> search(String nameContains, Pageable pageable) {
        return units.findByNameContainingIgnoreCase(nameContains == null ? "" : nameContains.trim(), pageable);
    }

    /**
     * A unit, if the logged-in user's scope covers it: administrators and bureau staff see every unit, a county
     * reviewer the units of their recommending body, an applicant their own unit.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Unit> find(long id) {
        return units.findById(id).filter(unit -> scope.covers(unit.getId(), unit.getRecommendingBodyCode()));
    }

    /** Whether a unit with this id exists, for giving an applicant user their unit. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean exists(long id) {
        return units.existsById(id);
    }

    /**
     * The unit with this credit code, registered under the recommending body when there is none yet; for data the
     * portal loads itself (the demo unit).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public Unit registerIfAbsent(String name, String creditCode, String recommendingBodyCode) {
        return units.findByCreditCode(creditCode)
                .orElseGet(() -> units.save(new Unit(name, creditCode, recommendingBodyCode, clock.instant())));
    }
}
