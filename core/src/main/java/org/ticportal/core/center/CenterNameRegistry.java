package org.ticportal.core.center;

import org.springframework.stereotype.Component;
import org.ticportal.core.application.CenterNames;

/** The names recognised centers hold, for the applications' naming check. */
@Component
class CenterNameRegistry implements CenterNames {

    private final CenterRepository centers;

    CenterNameRegistry(CenterRepository centers) {
        this.centers = centers;
    }

    @Override
    public boolean taken(String fullName, long applicationId) {
        return centers.existsByNameAndApplicationIdNot(CenterRecognizer.blankless(fullName), applicationId);
    }
}
