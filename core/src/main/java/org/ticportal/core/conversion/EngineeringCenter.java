package org.ticportal.core.conversion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;

/** A municipal engineering technology research center (市工程技术研究中心) of the bureau's registry. */
@Entity
@Table(name = "engineering_center")
class EngineeringCenter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "jurisdiction_code", nullable = false, length = 16, updatable = false)
    private String jurisdictionCode;

    @Column(name = "source_code", nullable = false, length = 64, updatable = false)
    private String sourceCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "division_code", nullable = false, length = 32)
    private String divisionCode;

    @Column(name = "recognized_year", nullable = false)
    private int recognizedYear;

    @Column(name = "document_number", length = 100)
    private @Nullable String documentNumber;

    @Column(length = 200)
    private @Nullable String field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EngineeringCenterStatus status;

    @Column(name = "application_id")
    private @Nullable Long applicationId;

    @Column(name = "center_id")
    private @Nullable Long centerId;

    @Column(name = "converted_on")
    private @Nullable LocalDate convertedOn;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64, updatable = false)
    private String importedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EngineeringCenter() {
    }

    EngineeringCenter(String jurisdictionCode, String sourceCode, EngineeringCenterDraft d, Instant now, String by) {
        this.jurisdictionCode = jurisdictionCode;
        this.sourceCode = sourceCode;
        this.name = d.name();
        this.unitName = d.unitName();
        this.creditCode = d.creditCode();
        this.divisionCode = d.divisionCode();
        this.recognizedYear = d.recognizedYear();
        this.documentNumber = d.documentNumber();
        this.field = d.field();
        this.status = EngineeringCenterStatus.REGISTERED;
        this.importedAt = now;
        this.importedBy = by;
        this.updatedAt = now;
    }

    /** A conversion application was filed for it. */
    void filed(long application, Instant now) {
        if (status != EngineeringCenterStatus.REGISTERED) {
            throw new BusinessException("conversion.notRegistered", name);
        }
        this.applicationId = application;
        this.updatedAt = now;
    }

    /** Its conversion was recognised: it is converted into the center. */
    void converted(long center, LocalDate on, Instant now) {
        if (status != EngineeringCenterStatus.REGISTERED) {
            throw new BusinessException("conversion.notRegistered", name);
        }
        this.status = EngineeringCenterStatus.CONVERTED;
        this.centerId = center;
        this.convertedOn = on;
        this.updatedAt = now;
    }

    Long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    long getVersion() {
        return version;
    }

    String getJurisdictionCode() {
        return jurisdictionCode;
    }

    String getSourceCode() {
        return sourceCode;
    }

    String getName() {
        return name;
    }

    String getUnitName() {
        return unitName;
    }

    String getCreditCode() {
        return creditCode;
    }

    String getDivisionCode() {
        return divisionCode;
    }

    int getRecognizedYear() {
        return recognizedYear;
    }

    @Nullable String getDocumentNumber() {
        return documentNumber;
    }

    @Nullable String getField() {
        return field;
    }

    EngineeringCenterStatus getStatus() {
        return status;
    }

    @Nullable Long getApplicationId() {
        return applicationId;
    }

    @Nullable Long getCenterId() {
        return centerId;
    }

    @Nullable LocalDate getConvertedOn() {
        return convertedOn;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    String getImportedBy() {
        return importedBy;
    }
}
