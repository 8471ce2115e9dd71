package org.ticportal.core.conversion;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ConversionRegistry;
import org.ticportal.core.application.RecognisedCase;
import org.ticportal.core.application.RecognisedCases;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.center.CenterRecognized;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.change.ConversionSource;
import org.ticportal.policy.api.change.Reward;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * The registry's side of a conversion (art. 16 of the Xinzhou measures). When a unit files: the engineering center
 * must be registered under the unit's own credit code, with no open conversion ({@link ConversionRegistry}). When
 * recognition creates the center ({@link CenterRecognized}, in the step's transaction): the engineering center the
 * application converts is marked converted and linked to the new center, and the rewards the pinned policy's
 * conversion source grants ({@code ConversionSource.rewards}) are recorded for the center; all audited.
 */
@Component
class EngineeringCenterConversions implements ConversionRegistry {

    private final EngineeringCenterRepository centers;
    private final CenterRewardRepository rewards;
    private final RecognisedCases cases;
    private final PolicyProviders providers;
    private final AuditService audit;
    private final PortalTime time;

    EngineeringCenterConversions(EngineeringCenterRepository centers, CenterRewardRepository rewards,
                                 RecognisedCases cases, PolicyProviders providers, AuditService audit,
                                 PortalTime time) {
        this.centers = centers;
        this.rewards = rewards;
        this.cases = cases;
        this.providers = providers;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public Claim claim(long engineeringCenterId, String unitCreditCode) {
        EngineeringCenter e = centers.findById(engineeringCenterId)
                .filter(c -> c.getCreditCode().equalsIgnoreCase(unitCreditCode))
                .orElseThrow(() -> new BusinessException("conversion.notFound", engineeringCenterId));
        if (e.getStatus() != EngineeringCenterStatus.REGISTERED) {
            throw new BusinessException("conversion.notRegistered", e.getName());
        }
        if (e.getApplicationId() != null && cases.of(e.getApplicationId())
                .map(c -> c.stageKind() != StageKind.REJECTED && c.stageKind() != StageKind.WITHDRAWN).orElse(false)) {
            throw new BusinessException("conversion.alreadyFiled", e.getName());
        }
        return new Claim(e.getJurisdictionCode(), e.getSourceCode());
    }

    @Override
    public void filed(long engineeringCenterId, long applicationId) {
        EngineeringCenter e = centers.findById(engineeringCenterId).orElseThrow();
        e.filed(applicationId, time.now());
        centers.saveAndFlush(e);
        audit.record(AuditSubject.ENGINEERING_CENTER, e.getId().toString(), AuditAction.CONVERSION_FILED, null,
                Long.toString(applicationId), e.getName());
    }

    @EventListener
    void onRecognized(CenterRecognized recognized) {
        EngineeringCenter e = centers.findFirstByApplicationId(recognized.applicationId()).orElse(null);
        if (e == null) {
            return;
        }
        RecognisedCase app = cases.of(recognized.applicationId()).orElseThrow();
        e.converted(recognized.centerId(), recognized.recognizedOn(), time.now());
        centers.saveAndFlush(e);
        audit.record(AuditSubject.ENGINEERING_CENTER, e.getId().toString(), AuditAction.CONVERTED, "REGISTERED",
                "CONVERTED", recognized.name());
        List<ConversionSource> sources = providers.read(app.pin(), p -> p.conversionSources());
        Map<String, Reward> byCode = providers.read(app.pin(), p -> {
            Map<String, Reward> m = new java.util.LinkedHashMap<>();
            p.rewards().forEach(r -> m.put(r.code(), r));
            return m;
        });
        sources.stream().filter(s -> s.code().equals(e.getSourceCode())).findFirst().ifPresent(source -> {
            for (String code : source.rewards()) {
                Reward r = byCode.get(code);
                if (r != null) {
                    rewards.save(new CenterReward(recognized.centerId(), r.code(), r.description(), r.article(),
                            CenterReward.CONVERSION, e.getId(), recognized.recognizedOn(), time.now(),
                            AuditService.currentActor()));
                    audit.record(AuditSubject.CENTER, Long.toString(recognized.centerId()), AuditAction.REWARD_GRANTED, null,
                            r.code(), r.article());
                }
            }
        });
    }
}
