package org.ticportal.core.unit;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;

/** Reads applicant units. Registration comes with the unit-registration feature. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final UserService users;

    UnitService(UnitRepository units, UserService users) {
        this.units = units;
        this.users = users;
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
        AccessScope scope = users.currentScope();
        return units.findById(id).filter(unit -> scope.covers(unit.getId(), unit.getRecommendingBodyCode()));
    }
}
