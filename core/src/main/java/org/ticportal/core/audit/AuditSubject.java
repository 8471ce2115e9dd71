package org.ticportal.core.audit;

/** The kinds of things whose history is recorded. */
public enum AuditSubject {
    USER,
    PLUGIN
}
