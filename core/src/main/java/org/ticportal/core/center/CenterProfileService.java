package org.ticportal.core.center;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.user.UserService;

/**
 * The versions of a center's profile (arts. 10–13 of the Xinzhou measures; art. 15: an approved change makes a new
 * version): a center keeps its identity (id, name, number, decision) for life, while its type, lead unit, co-builders,
 * legal form, director, research directions, cluster and supervising department are recorded version by version, each
 * readable and comparable later. Recognition writes version 1 ({@link CenterRecognizer}); the bureau records the next
 * version of a change it approved. Who may see a center's versions is who may see the center ({@link CenterService}).
 */
@Service
@Transactional(readOnly = true)
public class CenterProfileService {

    private final CenterRepository centers;
    private final CenterProfileRepository profiles;
    private final UserService users;
    private final AuditService audit;
    private final PortalTime time;
    private final PolicyProviders providers;

    CenterProfileService(CenterRepository centers, CenterProfileRepository profiles, UserService users,
                         AuditService audit, PortalTime time, PolicyProviders providers) {
        this.providers = providers;
        this.centers = centers;
        this.profiles = profiles;
        this.users = users;
        this.audit = audit;
        this.time = time;
    }

    /** The center's profile versions, newest first; {@code center.notFound} for a center the user may not see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<CenterProfileVersion> versions(long centerId) {
        visible(centerId);
        return profiles.findByCenterIdOrderByVersionNoDesc(centerId).stream().map(CenterProfile::toVersion).toList();
    }

    /** One version of the center's profile; {@code centerProfile.versionNotFound} when it has no such version. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterProfileVersion version(long centerId, int versionNo) {
        visible(centerId);
        return find(centerId, versionNo).toVersion();
    }

    /**
     * The fields that differ between two versions of the center's profile, from the earlier of the two to the later,
     * in the order of {@link CenterProfiles#FIELDS}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<ProfileDifference> compare(long centerId, int a, int b) {
        visible(centerId);
        CenterProfileVersion first = find(centerId, Math.min(a, b)).toVersion();
        CenterProfileVersion second = find(centerId, Math.max(a, b)).toVersion();
        return CenterProfiles.compare(first, second);
    }

    /**
     * Records the next version of the center's profile, for a change the bureau approved (art. 15), and audits it. The
     * caller names the version it changed ({@code expectedVersionNo}): when another has been recorded since, the change
     * is refused ({@link OptimisticLockingFailureException}), as is a version taking effect before the one in force
     * ({@code centerProfile.effectiveBefore}), a change without a reason ({@code centerProfile.reasonRequired}) and a lead
     * unit that is not registered ({@code centerProfile.unitUnknown}). The center takes the new version as its current
     * profile (see {@link Center#profile}); its name and number stay.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public CenterProfileVersion recordVersion(long centerId, int expectedVersionNo, CenterProfileDraft draft,
                                              String reason) {
        return record(visible(centerId), expectedVersionNo, draft, reason);
    }

    /**
     * Records the next version for a center already found (the bureau's {@link #recordVersion} and an approved change
     * request, {@link CenterChangeApproved}); the caller's transaction.
     */
    CenterProfileVersion record(Center center, int expectedVersionNo, CenterProfileDraft draft, String reason) {
        long centerId = center.getId();
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("centerProfile.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new BusinessException("centerProfile.reasonTooLong", "1000");
        }
        int current = center.getProfileVersion();
        if (expectedVersionNo != current) {
            throw new OptimisticLockingFailureException("the profile of center " + centerId + " is at version "
                    + current + ", not " + expectedVersionNo + ": another change was recorded meanwhile");
        }
        if (current > 0) {
            CenterProfileVersion inForce = find(centerId, current).toVersion();
            if (draft.effectiveFrom().isBefore(inForce.effectiveFrom())) {
                throw new BusinessException("centerProfile.effectiveBefore", inForce.effectiveFrom().toString());
            }
        }
        int next = current + 1;
        CenterProfile saved;
        try {
            saved = profiles.saveAndFlush(new CenterProfile(centerId, next, draft, reason.strip(), time.now(),
                    AuditService.currentActor()));
            center.profile(next, draft);
            centers.saveAndFlush(center);
        } catch (DataIntegrityViolationException e) {
            if (e.getMessage() != null && e.getMessage().contains("ux_center_profile_no")) {
                throw new OptimisticLockingFailureException("version " + next + " of center " + centerId
                        + " was recorded meanwhile", e);
            }
            throw new BusinessException("centerProfile.unitUnknown", Long.toString(draft.leadUnitId()));
        }
        audit.record(AuditSubject.CENTER, Long.toString(centerId), AuditAction.CENTER_PROFILE_VERSION, Integer.toString(current),
                Integer.toString(next), reason.strip());
        return saved.toVersion();
    }

    /**
     * An approved change (art. 15): the next profile version and, for a rename, the new name checked once more against
     * the naming rules and the names other centers hold or held. Runs in the approval's transaction, as the approver.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    void onChangeApproved(CenterChangeApproved change) {
        Center center = centers.findById(change.centerId())
                .orElseThrow(() -> new BusinessException("center.notFound", change.centerId()));
        String before = center.getName();
        if (change.newCoreName() != null) {
            CenterNameCheck check = CenterNameCheck.of(center, change.newCoreName(), providers, centers);
            if (!check.passed()) {
                throw new BusinessException("change.rename.refused", check.fullName(), check.problems().get(0));
            }
            center.rename(check.fullName(), check.coreName());
            try {
                centers.saveAndFlush(center);
            } catch (DataIntegrityViolationException e) {
                throw new BusinessException("change.rename.nameTaken", check.fullName());
            }
        }
        record(center, change.expectedVersionNo(), change.profile(), change.reason());
        if (change.newCoreName() != null) {
            audit.record(AuditSubject.CENTER, Long.toString(center.getId()), AuditAction.CENTER_RENAMED, before,
                    center.getName(), change.reason().strip());
        }
    }

    private CenterProfile find(long centerId, int versionNo) {
        return profiles.findByCenterIdAndVersionNo(centerId, versionNo)
                .orElseThrow(() -> new BusinessException("centerProfile.versionNotFound", versionNo));
    }

    /** The center, when the user may see it (as {@link CenterService} decides); {@code center.notFound} otherwise. */
    private Center visible(long centerId) {
        Center c = centers.findById(centerId).orElse(null);
        if (c == null || !CenterService.sees(users.currentScope(), c)) {
            throw new BusinessException("center.notFound", centerId);
        }
        return c;
    }
}
