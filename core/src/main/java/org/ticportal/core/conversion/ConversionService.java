package org.ticportal.core.conversion;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.center.CenterService;

/**
 * What a center's page shows of a conversion (art. 16 of the Xinzhou measures): the engineering center it was
 * converted from ("由…转建") and the rewards recorded for it, for those who may see the center.
 */
@Service
@Transactional(readOnly = true)
public class ConversionService {

    private final EngineeringCenterRepository centers;
    private final CenterRewardRepository rewards;
    private final CenterService visibleCenters;
    private final EngineeringCenterService registry;

    ConversionService(EngineeringCenterRepository centers, CenterRewardRepository rewards, CenterService visibleCenters,
                      EngineeringCenterService registry) {
        this.centers = centers;
        this.rewards = rewards;
        this.visibleCenters = visibleCenters;
        this.registry = registry;
    }

    /**
     * The center's origin and rewards; refused ({@code center.notFound}) for a center the user may not see.
     *
     * @param convertedFrom the engineering center it was converted from, if it was
     * @param rewards       the rewards recorded for it
     */
    public record CenterConversion(Optional<EngineeringCenterRow> convertedFrom, List<CenterRewardRow> rewards) {
        public CenterConversion {
            rewards = List.copyOf(rewards);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterConversion forCenter(long centerId) {
        visibleCenters.get(centerId);
        Optional<EngineeringCenterRow> from = centers.findAll((root, q, cb) -> cb.equal(root.get("centerId"), centerId))
                .stream().findFirst().map(registry::rowOf);
        return new CenterConversion(from, rewards.findByCenterIdOrderById(centerId).stream()
                .map(CenterReward::row).toList());
    }
}
