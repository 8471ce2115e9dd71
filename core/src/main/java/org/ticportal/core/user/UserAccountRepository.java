package org.ticportal.core.user;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    /**
     * The user's scope, read as values (no entity into the persistence context) by a query whose SQL Hibernate
     * translates once: every grid page asks it (benchmark P1, {@code ApplicationGridBench}).
     */
    @Query("select new org.ticportal.core.user.AccessScope(u.role, u.recommendingBodyCode, u.unitId,"
            + " u.jurisdictionCode, u.unitAdministrator) from UserAccount u where u.username = :username")
    Optional<AccessScope> findScope(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    boolean existsByUnitIdAndUnitAdministratorTrue(Long unitId);

    java.util.List<UserAccount> findByUnitIdOrderByCreatedAt(Long unitId);

    /**
     * The enabled users whose scope may cover a case of the unit, arriving through the body, in the jurisdiction: the
     * unit's users, the body's reviewers, the bureau staff of the jurisdiction or of all.
     */
    @Query("select u from UserAccount u where u.enabled = true and (u.role = org.ticportal.core.user.Role.APPLICANT "
            + "and u.unitId = :unitId or u.role = org.ticportal.core.user.Role.COUNTY and u.recommendingBodyCode = "
            + ":bodyCode or u.role = org.ticportal.core.user.Role.BUREAU and (u.jurisdictionCode is null "
            + "or u.jurisdictionCode = :jurisdictionCode)) order by u.id")
    java.util.List<UserAccount> findConcerned(long unitId, String bodyCode, String jurisdictionCode);

    /**
     * Records a login with one statement that neither reads nor bumps the account's version, so that parallel logins
     * to one account (and an administrator editing it meanwhile) do not collide; the row lock orders them. The
     * assignments run left to right: the previous login takes the old last login before it is replaced.
     */
    @Modifying(flushAutomatically = true)
    @Query("update UserAccount u set u.previousLoginAt = u.lastLoginAt, u.lastLoginAt = :at where u.id = :id")
    int recordLogin(long id, Instant at);

    /**
     * Protects an account until {@code until} unless it is protected already, with one statement outside the versioned
     * entity (as {@link #recordLogin}); 1 when this call protected it.
     */
    @Modifying(flushAutomatically = true)
    @Query("update UserAccount u set u.lockedUntil = :until where u.id = :id"
            + " and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int protect(long id, Instant until, Instant now);

    /** Lifts a protection; 1 when the account had one. */
    @Modifying(flushAutomatically = true)
    @Query("update UserAccount u set u.lockedUntil = null where u.id = :id and u.lockedUntil is not null")
    int unlock(long id);
}
