package org.ticportal.core.gridview;

import java.time.Instant;

/**
 * A saved view as its grid's user sees it.
 *
 * @param id          the view's id
 * @param version     the version an overwrite, rename, share or delete must name (optimistic locking)
 * @param gridId      the grid it belongs to
 * @param name        its name, unique among the owner's views of the grid
 * @param state       the filters, columns and sort it restores
 * @param ownerName   the display name of the user who saved it
 * @param own         whether the current user saved it (only the owner changes it)
 * @param shared      whether it is shared with the owner's colleagues
 * @param userDefault whether it is the current user's default view of the grid
 * @param updatedAt   when it was last saved
 */
public record SavedView(long id, long version, String gridId, String name, GridViewState state, String ownerName,
                        boolean own, boolean shared, boolean userDefault, Instant updatedAt) {

    public SavedView {
        if (name == null || name.isBlank() || gridId == null || state == null) {
            throw new IllegalArgumentException("a saved view has a grid, a name and a state");
        }
    }
}
