package org.ticportal.core.change;

/** A step of a change request's history. */
public enum ChangeAction {
    /** The lead unit filed the request. */
    FILE,
    /** The lead unit filed it again after a return. */
    RESUBMIT,
    /** An approver approved it at their step (the last one's approval records the change). */
    APPROVE,
    /** An approver returned it to the lead unit, with the reason. */
    RETURN,
    /** An approver refused it, with the reason. */
    REFUSE
}
