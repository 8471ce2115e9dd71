package org.ticportal.core.user;

import static org.ticportal.core.user.UserAccounts.blankToNull;

import java.time.Clock;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.unit.UnitService;

/**
 * The accounts of an applicant unit: the first one, its administrator (申报单位管理员), made when the unit registers
 * itself, with the checks of the registration page; the colleagues the administrator invites, disables and enables
 * again; and who a unit's users are. Administrators manage every account in {@link UserService}. Every change is
 * recorded in the audit trail (the unit's history too); edits check the version the editor saw (optimistic locking).
 */
@Service
@Validated
@Transactional
public class UnitAccounts {

    private final UserAccountRepository users;
    private final PasswordHistoryRepository history;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final Clock clock;
    private final UserAccounts accounts;

    UnitAccounts(UserAccountRepository users, PasswordHistoryRepository history, UnitService units,
                 PasswordEncoder encoder, PasswordPolicy passwordPolicy, AuditService audit, Clock clock,
                 UserAccounts accounts) {
        this.users = users;
        this.history = history;
        this.units = units;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
    }

    /**
     * The first user of a unit that registered itself: its administrator (申报单位管理员), with the password they chose
     * (checked against the password rules). Called by the registration feature.
     *
     * @throws BusinessException on field {@code username} when the name is taken or reserved, on {@code password}
     *                           when the password is too weak
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public UserAccount createUnitAdministrator(long unitId, @Valid UserDraft draft, String password) {
        if (draft.role() != Role.APPLICANT) {
            throw new IllegalArgumentException("a unit administrator is an applicant user");
        }
        accounts.checkNewUsername(draft.username());
        passwordPolicy.check(draft.username(), password);
        UserAccount user = new UserAccount(draft.username(), draft.displayName().trim(), Role.APPLICANT,
                encoder.encode(password), false, clock.instant());
        user.setProfile(draft.displayName().trim(), blankToNull(draft.email()), blankToNull(draft.phone()));
        user.assignAccess(Role.APPLICANT, null, unitId, null);
        user.setUnitAdministrator(true);
        users.save(user);
        history.save(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), clock.instant()));
        audit.recordAs(draft.username(), AuditSubject.USER, user.getId().toString(), AuditAction.REGISTERED, null,
                user.describeAccess(), user.getDisplayName());
        return user;
    }

    /** Whether a user name is free (for the registration page's early check; the registration checks again). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.existsByUsername(username)
                || org.ticportal.core.common.SystemAuthentication.NAME.equalsIgnoreCase(username);
    }

    /** Refuses a new account's password that breaks the password rules (on field {@code password}). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public void checkNewPassword(String username, String password) {
        passwordPolicy.check(username, password);
    }

    /**
     * The users of a unit the logged-in user may see: administrators and bureau staff any unit's, a reviewer those of
     * units of their body, an applicant their own unit's.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    @Transactional(readOnly = true)
    public java.util.List<UserAccount> unitUsers(long unitId) {
        if (units.find(unitId).isEmpty()) {
            throw new BusinessException("unit.notFound", unitId);
        }
        return users.findByUnitIdOrderByCreatedAt(unitId);
    }

    /**
     * The unit administrator invites a colleague: a new applicant user of their unit with a one-time password, which
     * the administrator passes on and the colleague changes at first login. Only for a confirmed unit.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public CreatedCredentials inviteColleague(@Valid UserDraft draft) {
        UserAccount admin = unitAdministrator();
        if (units.find(admin.getUnitId()).filter(org.ticportal.core.unit.Unit::isConfirmed).isEmpty()) {
            throw new BusinessException("unit.notConfirmed");
        }
        accounts.checkNewUsername(draft.username());
        String oneTime = passwordPolicy.generateOneTimePassword();
        UserAccount user = new UserAccount(draft.username(), draft.displayName().trim(), Role.APPLICANT,
                encoder.encode(oneTime), true, clock.instant());
        user.setProfile(draft.displayName().trim(), blankToNull(draft.email()), blankToNull(draft.phone()));
        user.assignAccess(Role.APPLICANT, null, admin.getUnitId(), null);
        users.save(user);
        history.save(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), clock.instant()));
        audit.record(AuditSubject.USER, user.getId().toString(), AuditAction.INVITED, null, user.describeAccess(),
                user.getDisplayName());
        audit.record(AuditSubject.UNIT, admin.getUnitId().toString(), AuditAction.USER_INVITED, null, user.getUsername(),
                user.getDisplayName());
        return new CreatedCredentials(user, oneTime);
    }

    /** The unit administrator disables or enables a colleague of their own unit (never themselves). */
    @PreAuthorize("hasRole('APPLICANT')")
    public UserAccount setColleagueEnabled(long id, long expectedVersion, boolean enabled) {
        UserAccount admin = unitAdministrator();
        UserAccount user = accounts.load(id, expectedVersion);
        if (!admin.getUnitId().equals(user.getUnitId())) {
            throw new org.springframework.security.access.AccessDeniedException("user " + id + " is not of the unit");
        }
        if (user.getId().equals(admin.getId())) {
            throw new BusinessException("user.cannotDisableSelf");
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            String state = enabled ? "ENABLED" : "DISABLED";
            audit.record(AuditSubject.USER, user.getId().toString(), enabled ? AuditAction.ENABLED
                    : AuditAction.DISABLED, enabled ? "DISABLED" : "ENABLED", state, null);
            audit.record(AuditSubject.UNIT, user.getUnitId().toString(), enabled ? AuditAction.USER_ENABLED
                    : AuditAction.USER_DISABLED, null, user.getUsername(), null);
        }
        return users.saveAndFlush(user);
    }

    private UserAccount unitAdministrator() {
        UserAccount admin = users.findByUsername(CurrentScope.currentUsername())
                .orElseThrow(() -> new BusinessException("user.notFound", CurrentScope.currentUsername()));
        if (admin.getRole() != Role.APPLICANT || admin.getUnitId() == null || !admin.isUnitAdministrator()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only the unit's administrator manages its users");
        }
        return admin;
    }
}
