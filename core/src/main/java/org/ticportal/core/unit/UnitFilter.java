package org.ticportal.core.unit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for the units grid; blank fields do not filter.
 *
 * @param text         matched against name and credit code
 * @param divisionCode only units registered under this division or body
 * @param category     only units of this category
 * @param state        only units in this state
 */
public record UnitFilter(@Nullable String text, @Nullable String divisionCode, @Nullable String category,
                         @Nullable UnitState state) {

    public static final UnitFilter NONE = new UnitFilter(null, null, null, null);

    public UnitFilter withText(@Nullable String newText) {
        return new UnitFilter(newText, divisionCode, category, state);
    }

    public UnitFilter withDivision(@Nullable String newDivision) {
        return new UnitFilter(text, newDivision, category, state);
    }

    public UnitFilter withCategory(@Nullable String newCategory) {
        return new UnitFilter(text, divisionCode, newCategory, state);
    }

    public UnitFilter withState(@Nullable UnitState newState) {
        return new UnitFilter(text, divisionCode, category, newState);
    }

    Specification<Unit> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like),
                        cb.like(cb.lower(root.get("creditCode")), like)));
            }
            if (divisionCode != null && !divisionCode.isBlank()) {
                predicates.add(cb.equal(root.get("recommendingBodyCode"), divisionCode));
            }
            if (category != null && !category.isBlank()) {
                predicates.add(cb.equal(root.get("category"), category));
            }
            if (state != null) {
                predicates.add(cb.equal(root.get("state"), state));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * The units whose registration or change request waits for the user's decision, in the database: pending or with
     * an open change request, and confirmed by the user's body (or, for bureau staff, by the bureau, in their
     * jurisdiction) as {@link UnitAccess#confirms} says of one unit.
     */
    static Specification<Unit> awaitingDecisionBy(UnitAccess access) {
        return (root, query, cb) -> {
            Predicate waiting = cb.or(cb.equal(root.get("state"), UnitState.PENDING),
                    cb.isNotNull(root.get("requestedAt")));
            Predicate mine = switch (access.kind()) {
                case BODY -> cb.equal(root.get("confirmingBodyCode"), access.bodyCode());
                case BUREAU -> access.jurisdictionCode() == null ? cb.isNull(root.get("confirmingBodyCode"))
                        : cb.and(cb.isNull(root.get("confirmingBodyCode")), cb.or(
                        cb.isNull(root.get("jurisdictionCode")),
                        cb.equal(root.get("jurisdictionCode"), access.jurisdictionCode())));
                default -> cb.disjunction();
            };
            return cb.and(waiting, mine);
        };
    }

    /** The units a user with this access sees, in the database. */
    static Specification<Unit> visibleTo(UnitAccess access) {
        return (root, query, cb) -> switch (access.kind()) {
            case ADMINISTRATOR, BUREAU -> cb.conjunction();
            case BODY -> cb.or(cb.equal(root.get("recommendingBodyCode"), access.bodyCode()),
                    cb.equal(root.get("confirmingBodyCode"), access.bodyCode()));
            case OWN_UNIT -> access.unitId() == null ? cb.disjunction() : cb.equal(root.get("id"), access.unitId());
            case NONE -> cb.disjunction();
        };
    }
}
