package org.ticportal.core.expert;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An expert of the pool (专家库) of one jurisdiction: where they work, their title level and fields (codes of the
 * policy's industry clusters or its panel's expert fields), and the login they score with.
 */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "jurisdiction_code", nullable = false, length = 12)
    private String jurisdictionCode;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "unit_credit_code", length = 18)
    private @Nullable String unitCreditCode;

    @Column(name = "title_level", nullable = false, length = 32)
    private String titleLevel;

    /** The field codes between commas (",A,B,"), so that a field is found with one LIKE in the database. */
    @Column(nullable = false, length = 500)
    private String fields;

    @Column(length = 32)
    private @Nullable String phone;

    @Column(length = 200)
    private @Nullable String email;

    @Column(nullable = false)
    private boolean active;

    @Column(length = 64)
    private @Nullable String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Expert() {
    }

    Expert(String jurisdictionCode, ExpertDraft draft, Instant createdAt) {
        this.jurisdictionCode = jurisdictionCode;
        this.createdAt = createdAt;
        apply(draft);
    }

    final void apply(ExpertDraft draft) {
        this.name = draft.name();
        this.unitName = draft.unitName();
        this.unitCreditCode = draft.unitCreditCode();
        this.titleLevel = draft.titleLevel();
        this.fields = "," + String.join(",", draft.fields()) + ",";
        this.phone = draft.phone();
        this.email = draft.email();
        this.active = draft.active();
    }

    void linkLogin(String username) {
        this.username = username;
    }

    /** The draft this expert would be edited from. */
    public ExpertDraft toDraft() {
        return new ExpertDraft(name, unitName, unitCreditCode, titleLevel, fieldList(), phone, email, active);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public String getName() {
        return name;
    }

    public String getUnitName() {
        return unitName;
    }

    public @Nullable String getUnitCreditCode() {
        return unitCreditCode;
    }

    public String getTitleLevel() {
        return titleLevel;
    }

    /** The field codes, in the order given. */
    public List<String> fieldList() {
        return Arrays.stream(fields.split(",")).filter(f -> !f.isBlank()).toList();
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
