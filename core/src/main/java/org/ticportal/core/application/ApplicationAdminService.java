package org.ticportal.core.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;

/**
 * What administrators see and do about the plugin versions cases are pinned to: how many cases each version
 * handles, and the explicit, recorded migration of open cases to the version that runs now. Decisions already taken
 * stay in the history as they were.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationAdminService {

    private final ApplicationRepository applications;
    private final CaseHistory history;
    private final PolicyProviders providers;
    private final AuditService audit;
    private final Clock clock;

    ApplicationAdminService(ApplicationRepository applications, CaseHistory history, PolicyProviders providers,
                            AuditService audit, Clock clock) {
        this.applications = applications;
        this.history = history;
        this.providers = providers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plugin versions applications are pinned to, with their counts. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PinUsage> pinUsage() {
        Map<PolicyPin, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : applications.countByPin()) {
            PolicyPin pin = new PolicyPin((String) row[0], (String) row[1], (String) row[2]);
            long[] c = counts.computeIfAbsent(pin, p -> new long[2]);
            c[Boolean.TRUE.equals(row[3]) ? 1 : 0] += ((Number) row[4]).longValue();
        }
        List<StartedPolicy> running = providers.started();
        List<PinUsage> result = new ArrayList<>();
        counts.forEach((pin, c) -> result.add(new PinUsage(pin, c[0], c[1],
                running.stream().anyMatch(p -> p.pin().equals(pin)))));
        result.sort(java.util.Comparator.comparing((PinUsage u) -> u.pin().policyId())
                .thenComparing(u -> u.pin().pluginVersion()));
        return result;
    }

    /**
     * Moves the open applications pinned to an older version of a policy to the version that runs now. An application
     * whose stage the new version does not have stays where it is and is listed as skipped. Each move is recorded in
     * the application's history and the audit trail.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MigrationResult migrateOpen(PolicyPin from, String comment) {
        if (comment == null || comment.isBlank()) {
            throw BusinessException.onField("comment", "migration.commentRequired");
        }
        StartedPolicy current = providers.current(from.policyId())
                .orElseThrow(() -> new BusinessException("policy.notRunning", from.policyId()));
        PolicyPin to = current.pin();
        if (to.equals(from)) {
            throw new BusinessException("migration.sameVersion", from.toString());
        }
        Procedure procedure = providers.read(to, p -> p.procedure());
        List<String> moved = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Long id : applications.findOpenIdsPinnedTo(from.policyId(), from.pluginVersion())) {
            RecognitionApplication app = applications.findById(id).orElseThrow();
            if (!app.getPin().pluginId().equals(from.pluginId())) {
                continue;
            }
            Stage stage = procedure.stage(app.getStage()).orElse(null);
            if (stage == null) {
                skipped.add(app.getReferenceNo() + ": stage " + app.getStage() + " is not in " + to);
                continue;
            }
            if (stage.kind() != app.getStageKind() || stage.isFinal()) {
                skipped.add(app.getReferenceNo() + ": stage " + app.getStage() + " is of another kind in " + to);
                continue;
            }
            app.pinTo(to);
            app.touch(clock.instant());
            history.migrated(app, from, comment);
            moved.add(app.getReferenceNo());
        }
        audit.record(AuditSubject.POLICY, from.policyId(), AuditAction.MIGRATED, from.pluginVersion(), to.pluginVersion(),
                moved.size() + " moved, " + skipped.size() + " skipped: " + comment.strip());
        return new MigrationResult(from, to, moved, skipped);
    }
}
