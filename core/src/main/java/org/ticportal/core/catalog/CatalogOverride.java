package org.ticportal.core.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator changed about one entry of a policy's catalog: an entry added, a default entry's new name, or
 * the entry retired. Never deleted: a restored entry keeps its row with the flag cleared.
 */
@Entity
@Table(name = "catalog_override")
class CatalogOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "policy_id", nullable = false, length = 64, updatable = false)
    private String policyId;

    @Column(name = "catalog_code", nullable = false, length = 64, updatable = false)
    private String catalogCode;

    @Column(name = "entry_code", nullable = false, length = 64, updatable = false)
    private String entryCode;

    @Column(nullable = false, updatable = false)
    private boolean added;

    @Column(name = "name_zh", length = 200)
    private @Nullable String nameZh;

    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column(name = "retired_by", length = 64)
    private @Nullable String retiredBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected CatalogOverride() {
    }

    CatalogOverride(String policyId, String catalogCode, String entryCode, boolean added, int position, Instant at,
                    String by) {
        this.policyId = policyId;
        this.catalogCode = catalogCode;
        this.entryCode = entryCode;
        this.added = added;
        this.position = position;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void rename(@Nullable String zh, @Nullable String en, Instant at, String by) {
        this.nameZh = zh;
        this.nameEn = en;
        touch(at, by);
    }

    void retire(Instant at, String by) {
        this.retired = true;
        this.retiredAt = at;
        this.retiredBy = by;
        touch(at, by);
    }

    void restore(Instant at, String by) {
        this.retired = false;
        this.retiredAt = null;
        this.retiredBy = null;
        touch(at, by);
    }

    private void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    long getVersion() {
        return version;
    }

    String getEntryCode() {
        return entryCode;
    }

    /** An immutable copy, for the cache and the merge. */
    OverrideRow row() {
        return new OverrideRow(catalogCode, entryCode, added, nameZh, nameEn, position, retired, retiredAt, retiredBy,
                version, updatedAt, updatedBy);
    }
}
