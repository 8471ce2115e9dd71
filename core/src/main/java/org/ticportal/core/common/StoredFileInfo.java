package org.ticportal.core.common;

/**
 * A file attached to a form's field, as the form's attachment editor lists it: whichever record keeps it (an
 * application's attachment, an annual report's file).
 */
public interface StoredFileInfo {

    /** Its id, which the owning service opens and removes it by. */
    Long getId();

    /** The name it was uploaded under. */
    String getOriginalName();

    /** Its size in bytes. */
    long getSizeBytes();
}
