package org.ticportal.core.unit;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.RequestMemo;

/**
 * Applicant units: the grid of units in the user's scope, a unit created by hand, a registration confirmed or refused
 * by the body that confirms it, and changes of name or division that body approves. Every change is recorded in the
 * unit's history (audit subject {@link AuditSubject#UNIT}); decisions check the version the user saw.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final UnitScope scope;
    private final AuditService audit;
    private final Clock clock;
    private final UnitDivisions divisions;
    private final RequestMemo memo;

    private final java.nio.file.Path attachments;

    UnitService(UnitRepository units, UnitScope scope, AuditService audit, Clock clock, UnitDivisions divisions,
                RequestMemo memo, @org.springframework.beans.factory.annotation.Value("${ticportal.data-dir:data}")
                java.nio.file.Path dataDir) {
        this.memo = memo;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.divisions = divisions;
        this.attachments = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** The unit's licence scan and where it is stored, after checking that the user may see the unit. */
    @PreAuthorize("isAuthenticated()")
    public Licence licence(long id) {
        LicenceFile file = visible(id).getLicence();
        if (file == null) {
            throw new BusinessException("unit.notFound", id);
        }
        java.nio.file.Path path = attachments.resolve(file.storedName()).normalize();
        if (!path.startsWith(attachments) || !java.nio.file.Files.isRegularFile(path)) {
            throw new BusinessException("unit.notFound", id);
        }
        return new Licence(file, path);
    }

    /**
     * A licence scan to send.
     *
     * @param file what it is
     * @param path where it is stored
     */
    public record Licence(LicenceFile file, java.nio.file.Path path) {

        public java.io.InputStream stream() throws java.io.IOException {
            return java.nio.file.Files.newInputStream(path);
        }
    }

    /** Units whose name contains the text, for choosing an applicant user's unit. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<Unit> search(String nameContains, Pageable pageable) {
        return units.findByNameContainingIgnoreCase(nameContains == null ? "" : nameContains.trim(), pageable);
    }

    /** The units in the user's scope matching the filter, one page, sorted in the database. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public Page<Unit> list(UnitFilter filter, Pageable pageable) {
        return units.findAll(UnitFilter.visibleTo(scope.access()).and(filter.toSpecification()), pageable);
    }

    /**
     * The registrations and change requests waiting for the user's decision (我的待办), oldest first unless sorted
     * otherwise: one page, in the database.
     */
    @PreAuthorize("hasAnyRole('BUREAU', 'COUNTY')")
    public Page<Unit> awaitingMyDecision(Pageable pageable) {
        UnitAccess access = scope.access();
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                org.springframework.data.domain.Sort.by("createdAt", "id"));
        return units.findAll(UnitFilter.visibleTo(access).and(UnitFilter.awaitingDecisionBy(access)), sorted);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public long count(UnitFilter filter) {
        return units.count(UnitFilter.visibleTo(scope.access()).and(filter.toSpecification()));
    }

    /**
     * A unit, if the logged-in user's scope covers it: administrators and bureau staff see every unit, a county
     * reviewer the units of their recommending body, an applicant their own unit.
     */
    @PreAuthorize("isAuthenticated()")
    // no transaction of its own: a unit the request read before costs no round trip (RequestMemo)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Unit> find(long id) {
        UnitAccess access = scope.access();
        // read once per web request (an applicant's landing asked four times for their unit), checked at each call
        return memo.optional("unit:" + id, () -> units.findById(id)).filter(unit -> access.sees(unit)
                || scope.covers(unit.getId(), unit.getRecommendingBodyCode()));
    }

    /**
     * The confirmed unit registered under a unified social credit code, for naming a center's new lead unit in a change
     * request (art. 15 of the Xinzhou measures): whoever knows a unit's code (it is public) may name it; nothing else of
     * units outside the user's scope is listed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public Optional<Unit> confirmedByCreditCode(String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        return code.isEmpty() ? Optional.empty()
                : units.findByCreditCode(code).filter(u -> u.getState() == UnitState.CONFIRMED);
    }

    /** Whether the logged-in user decides this unit's registration and change requests. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayDecide(Unit unit) {
        return scope.access().confirms(unit);
    }

    /** Whether a unit with this id exists, for giving an applicant user their unit. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public boolean exists(long id) {
        return units.existsById(id);
    }

    /** Whether a unit with this credit code exists (a registration must not repeat one). */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean creditCodeTaken(String creditCode) {
        return units.existsByCreditCode(creditCode);
    }

    /** The unit's history, newest first unless the page sorts otherwise; empty outside the user's scope. */
    @PreAuthorize("isAuthenticated()")
    public Page<AuditEvent> history(long id, Pageable pageable) {
        visible(id);
        return audit.historyInScope(AuditSubject.UNIT, Long.toString(id), pageable);
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

    /**
     * A unit that registered itself on the public page; it waits for its confirming body. Called by the registration
     * feature, which has checked the challenge, the rate limit and the licence scan.
     *
     * @param actor who registered (the first user's name), recorded in the history
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public Unit registerPending(UnitProfile profile, LicenceFile licence, String actor, String comment) {
        requireNewCreditCode(profile.creditCode());
        Unit unit = units.saveAndFlush(new Unit(profile, UnitState.PENDING, licence, clock.instant()));
        audit.recordAs(actor, AuditSubject.UNIT, unit.getId().toString(), AuditAction.REGISTERED, null,
                UnitState.PENDING.name(), comment);
        return unit;
    }

    /** A unit an administrator or bureau staff member enters by hand: confirmed at once. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public Unit create(UnitProfile profile) {
        requireNewCreditCode(profile.creditCode());
        Unit unit = units.saveAndFlush(new Unit(profile, UnitState.CONFIRMED, null, clock.instant()));
        audit.record(AuditSubject.UNIT, unit.getId().toString(), AuditAction.CREATED, null, UnitState.CONFIRMED.name(),
                unit.getName());
        return unit;
    }

    /** Confirms a pending registration; only the body that confirms the unit (or the bureau for municipal units). */
    @PreAuthorize("hasAnyRole('COUNTY', 'BUREAU')")
    @Transactional
    public Unit confirm(long id, long expectedVersion) {
        return decide(id, expectedVersion, UnitState.CONFIRMED, null);
    }

    /** Refuses a pending registration with a reason the unit's users read. */
    @PreAuthorize("hasAnyRole('COUNTY', 'BUREAU')")
    @Transactional
    public Unit refuse(long id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "unit.refuse.reasonRequired");
        }
        return decide(id, expectedVersion, UnitState.REFUSED, reason.strip());
    }

    /**
     * Asks the confirming body to change the unit's name or division (either may be {@code null}: unchanged). Only
     * the unit's administrator, for a confirmed unit without an open request.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public Unit requestChange(long id, long expectedVersion, @Nullable String newName, @Nullable String newBodyCode) {
        UnitAccess access = scope.access();
        Unit unit = load(id, expectedVersion);
        if (access.kind() != UnitAccess.Kind.OWN_UNIT || !unit.getId().equals(access.unitId())
                || !access.unitAdministrator()) {
            throw new AccessDeniedException("only the unit's administrator asks for a change of unit " + id);
        }
        if (!unit.isConfirmed() || unit.hasChangeRequest()) {
            throw new BusinessException("unit.change.notNow");
        }
        String name = newName == null || newName.isBlank() || newName.strip().equals(unit.getName()) ? null
                : newName.strip();
        String body = newBodyCode == null || newBodyCode.isBlank() || newBodyCode.equals(unit.getRecommendingBodyCode())
                ? null : newBodyCode;
        if (name == null && body == null) {
            throw BusinessException.onField("name", "unit.change.nothing");
        }
        if (name != null && name.length() > 200) {
            throw BusinessException.onField("name", "unit.name.size");
        }
        UnitDivisions.Placement moved = null;
        if (body != null) {
            moved = divisions.place(unit.getJurisdictionCode(), body)
                    .orElseThrow(() -> BusinessException.onField("division", "registration.division.unknown",
                            newBodyCode));
        }
        unit.requestChange(name, body, clock.instant());
        audit.record(AuditSubject.UNIT, unit.getId().toString(), AuditAction.CHANGE_REQUESTED, describe(unit),
                describe(name == null ? unit.getName() : name, body == null ? unit.getRecommendingBodyCode() : body,
                        moved == null ? unit.getConfirmingBodyCode() : moved.confirmingBodyCode()), null);
        return units.saveAndFlush(unit);
    }

    /**
     * Approves or refuses the unit's open change request; only its confirming body, and a refusal with a reason the
     * unit's users read. An approved new division moves the unit to the body that confirms that division: the old
     * body no longer sees or decides it. The history keeps the old and new name, division and confirming body, who
     * decided and when.
     */
    @PreAuthorize("hasAnyRole('COUNTY', 'BUREAU')")
    @Transactional
    public Unit decideChange(long id, long expectedVersion, boolean approve, @Nullable String comment) {
        Unit unit = load(id, expectedVersion);
        if (!scope.access().confirms(unit)) {
            throw new AccessDeniedException("not the confirming body of unit " + id);
        }
        if (!unit.hasChangeRequest()) {
            throw new BusinessException("unit.change.none");
        }
        String reason = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approve && reason == null) {
            throw BusinessException.onField("reason", "unit.change.reasonRequired");
        }
        if (reason != null && reason.length() > 1000) {
            throw BusinessException.onField("reason", "unit.change.reasonTooLong", 1000);
        }
        UnitDivisions.Placement placement = null;
        if (approve && unit.getRequestedBodyCode() != null) {
            // placed again now: the policy in force may have changed since the request
            placement = divisions.place(unit.getJurisdictionCode(), unit.getRequestedBodyCode())
                    .orElseThrow(() -> new BusinessException("registration.division.unknown",
                            unit.getRequestedBodyCode()));
        }
        String before = describe(unit);
        unit.closeChangeRequest(approve, placement);
        audit.record(AuditSubject.UNIT, unit.getId().toString(), approve ? AuditAction.CHANGE_APPROVED : AuditAction.CHANGE_REFUSED,
                before, describe(unit), reason);
        return units.saveAndFlush(unit);
    }

    private Unit decide(long id, long expectedVersion, UnitState decided, @Nullable String reason) {
        Unit unit = load(id, expectedVersion);
        if (!scope.access().confirms(unit)) {
            // a reviewer who types another body's unit id into a request learns nothing about it
            throw new AccessDeniedException("not the confirming body of unit " + id);
        }
        if (unit.getState() != UnitState.PENDING) {
            throw new BusinessException("unit.notPending", unit.getName());
        }
        unit.decide(decided, reason, AuditService.currentActor(), clock.instant());
        audit.record(AuditSubject.UNIT, unit.getId().toString(), decided == UnitState.CONFIRMED ? AuditAction.CONFIRMED
                : AuditAction.REFUSED, UnitState.PENDING.name(), decided.name(), reason);
        return units.saveAndFlush(unit);
    }

    private Unit visible(long id) {
        return find(id).orElseThrow(() -> new BusinessException("unit.notFound", id));
    }

    private Unit load(long id, long expectedVersion) {
        Unit unit = units.findById(id).orElseThrow(() -> new BusinessException("unit.notFound", id));
        if (unit.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("unit " + id + " was changed by someone else (version "
                    + unit.getVersion() + ", expected " + expectedVersion + ")");
        }
        return unit;
    }

    private void requireNewCreditCode(String creditCode) {
        if (units.existsByCreditCode(creditCode)) {
            throw BusinessException.onField("creditCode", "unit.creditCode.taken", creditCode);
        }
    }

    private static String describe(Unit unit) {
        return describe(unit.getName(), unit.getRecommendingBodyCode(), unit.getConfirmingBodyCode());
    }

    /** Name / division / confirming body ({@code -}: the bureau), as the history shows a unit's placement. */
    private static String describe(String name, String bodyCode, @Nullable String confirmingBodyCode) {
        return name + " / " + bodyCode + " / " + (confirmingBodyCode == null ? "-" : confirmingBodyCode);
    }
}
