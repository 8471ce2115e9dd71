package org.ticportal.core.catalog;

/** Where a catalog entry comes from. */
public enum EntrySource {
    /** The policy plugin's catalog (possibly renamed or retired by an administrator). */
    DEFAULT,
    /** Added by an administrator. */
    ADDED
}
