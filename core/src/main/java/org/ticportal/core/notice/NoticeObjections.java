package org.ticportal.core.notice;

import java.util.EnumSet;

import org.springframework.stereotype.Component;
import org.ticportal.core.application.PendingObjections;

/** Tells the workflow of objections filed on the public page and not yet upheld or dismissed. */
@Component
class NoticeObjections implements PendingObjections {

    private final ObjectionRepository objections;

    NoticeObjections(ObjectionRepository objections) {
        this.objections = objections;
    }

    @Override
    public boolean pending(long applicationId) {
        return objections.existsByApplicationIdAndStateIn(applicationId,
                EnumSet.of(Objection.State.FILED, Objection.State.RECEIVED));
    }
}
