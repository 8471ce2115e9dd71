package org.ticportal.core.gridview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A saved view of a grid as stored (table {@code saved_grid_view}); see {@link SavedViewService}. */
@Entity
@Table(name = "saved_grid_view")
class SavedGridView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "owner_name", nullable = false, length = 100)
    private String ownerName;

    @Column(name = "owner_role", nullable = false, length = 16)
    private String ownerRole;

    @Column(name = "share_scope", nullable = false, length = 40)
    private String shareScope;

    @Column(name = "grid_id", nullable = false, updatable = false, length = 64)
    private String gridId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "state_json", nullable = false, columnDefinition = "TEXT")
    private String stateJson;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SavedGridView() {
    }

    SavedGridView(long ownerId, Owner owner, String gridId, String name, String stateJson, Instant now) {
        this.ownerId = ownerId;
        this.gridId = gridId;
        this.name = name;
        this.stateJson = stateJson;
        this.createdAt = now;
        this.updatedAt = now;
        this.ownerName = owner.name();
        this.ownerRole = owner.role();
        this.shareScope = owner.scope();
    }

    /** Who owns a view now: display name, role and the colleagues' scope it may be shared in. */
    record Owner(String name, String role, String scope) {
    }

    void touch(Owner owner, Instant now) {
        this.ownerName = owner.name();
        this.ownerRole = owner.role();
        this.shareScope = owner.scope();
        this.updatedAt = now;
    }

    long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    long getVersion() {
        return version;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getOwnerName() {
        return ownerName;
    }

    String getOwnerRole() {
        return ownerRole;
    }

    String getShareScope() {
        return shareScope;
    }

    String getGridId() {
        return gridId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getStateJson() {
        return stateJson;
    }

    void setStateJson(String stateJson) {
        this.stateJson = stateJson;
    }

    boolean isShared() {
        return shared;
    }

    void setShared(boolean shared) {
        this.shared = shared;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
