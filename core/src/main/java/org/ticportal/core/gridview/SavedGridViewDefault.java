package org.ticportal.core.gridview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** The view a user opens a grid with (table {@code saved_grid_view_default}: one per user and grid). */
@Entity
@Table(name = "saved_grid_view_default")
class SavedGridViewDefault {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "grid_id", nullable = false, updatable = false, length = 64)
    private String gridId;

    @Column(name = "view_id", nullable = false)
    private long viewId;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected SavedGridViewDefault() {
    }

    SavedGridViewDefault(long userId, String gridId, long viewId, Instant now) {
        this.userId = userId;
        this.gridId = gridId;
        this.viewId = viewId;
        this.chosenAt = now;
    }

    long getViewId() {
        return viewId;
    }

    void choose(long view, Instant now) {
        this.viewId = view;
        this.chosenAt = now;
    }
}
