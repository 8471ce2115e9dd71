package org.ticportal.core.unit;

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

    UnitService(UnitRepository units) {
        this.units = units;
    }

    /** Units whose name contains the text, for choosing an applicant user's unit. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<Unit> search(String nameContains, Pageable pageable) {
        return units.findByNameContainingIgnoreCase(nameContains == null ? "" : nameContains.trim(), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Unit> find(long id) {
        return units.findById(id);
    }
}
