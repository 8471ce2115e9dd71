package org.ticportal.policy.api;

/** Whether the measures are issued on trial (试行) or as final (正式). */
public enum PolicyStatus {
    /** 试行: measures on trial. */
    TRIAL,
    /** 正式: final measures. */
    FINAL
}
