package org.ticportal.ui.base;

import org.springframework.stereotype.Component;
import org.ticportal.core.common.PortalTime;

/** Hands the portal's zone to {@link Formats} at start-up, so that screens show moments in it. */
@Component
class DisplayZone {

    DisplayZone(PortalTime time) {
        Formats.useZone(time.zone());
    }
}
