package org.ticportal.core.center;

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

/**
 * One version of a center's profile (table {@code center_profile}): written once, by recognition (version 1) or by the
 * bureau recording an approved change (the next version), and never changed after; the co-builders, the research
 * directions, the institutes and the public services are JSON lists.
 */
@Entity
@Table(name = "center_profile")
class CenterProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "center_id", nullable = false, updatable = false)
    private long centerId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(length = 1000, updatable = false)
    private @Nullable String reason;

    @Column(name = "type_code", length = 64, updatable = false)
    private @Nullable String typeCode;

    @Column(name = "type_name_zh", length = 200, updatable = false)
    private @Nullable String typeNameZh;

    @Column(name = "type_name_en", length = 200, updatable = false)
    private @Nullable String typeNameEn;

    @Column(name = "lead_unit_id", nullable = false, updatable = false)
    private long leadUnitId;

    @Column(name = "lead_unit_name", nullable = false, length = 200, updatable = false)
    private String leadUnitName;

    @Column(name = "co_builders_json", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String coBuildersJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", length = 32, updatable = false)
    private @Nullable LegalForm legalForm;

    @Column(name = "transition_target", updatable = false)
    private @Nullable LocalDate transitionTarget;

    @Column(length = 100, updatable = false)
    private @Nullable String director;

    @Column(name = "directions_json", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String directionsJson;

    @Column(name = "cluster_code", length = 64, updatable = false)
    private @Nullable String clusterCode;

    @Column(name = "cluster_name_zh", length = 200, updatable = false)
    private @Nullable String clusterNameZh;

    @Column(name = "cluster_name_en", length = 200, updatable = false)
    private @Nullable String clusterNameEn;

    @Column(name = "supervising_body_code", length = 16, updatable = false)
    private @Nullable String supervisingBodyCode;

    @Column(name = "institutes_json", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String institutesJson;

    @Column(name = "governance_description", length = 3000, updatable = false)
    private @Nullable String governanceDescription;

    @Column(name = "board_chair", length = 100, updatable = false)
    private @Nullable String boardChair;

    @Column(name = "board_members", length = 1000, updatable = false)
    private @Nullable String boardMembers;

    @Column(name = "committee_chair", length = 100, updatable = false)
    private @Nullable String committeeChair;

    @Column(name = "committee_size", updatable = false)
    private @Nullable Integer committeeSize;

    @Column(name = "charter_name", length = 255, updatable = false)
    private @Nullable String charterName;

    @Column(name = "charter_date", updatable = false)
    private @Nullable LocalDate charterDate;

    @Column(name = "services_json", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String servicesJson;

    protected CenterProfile() {
        effectiveFrom = LocalDate.EPOCH;
        recordedAt = Instant.EPOCH;
        recordedBy = leadUnitName = "";
        coBuildersJson = directionsJson = institutesJson = servicesJson = "[]";
    }

    CenterProfile(long centerId, int versionNo, CenterProfileDraft d, @Nullable String reason, Instant recordedAt,
                  String recordedBy) {
        this.centerId = centerId;
        this.versionNo = versionNo;
        this.effectiveFrom = d.effectiveFrom();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.reason = reason;
        this.typeCode = d.typeCode();
        this.typeNameZh = d.typeName() == null ? null : d.typeName().zh();
        this.typeNameEn = d.typeName() == null ? null : d.typeName().en();
        this.leadUnitId = d.leadUnitId();
        this.leadUnitName = d.leadUnitName();
        this.coBuildersJson = CenterProfiles.writeCoBuilders(d.coBuilders());
        this.legalForm = d.legalForm();
        this.transitionTarget = d.transitionTarget();
        this.director = d.director();
        this.directionsJson = CenterProfiles.writeDirections(d.researchDirections());
        this.clusterCode = d.clusterCode();
        this.clusterNameZh = d.clusterName() == null ? null : d.clusterName().zh();
        this.clusterNameEn = d.clusterName() == null ? null : d.clusterName().en();
        this.supervisingBodyCode = d.supervisingBodyCode();
        this.institutesJson = CenterProfiles.writeInstitutes(d.institutes());
        Governance g = d.governance();
        this.governanceDescription = g.description();
        this.boardChair = g.boardChair();
        this.boardMembers = g.boardMembers();
        this.committeeChair = g.committeeChair();
        this.committeeSize = g.committeeSize();
        this.charterName = g.charterName();
        this.charterDate = g.charterDate();
        this.servicesJson = CenterProfiles.writeServices(d.publicServices());
    }

    int getVersionNo() {
        return versionNo;
    }

    CenterProfileVersion toVersion() {
        CenterProfileDraft draft = new CenterProfileDraft(effectiveFrom, typeCode,
                CenterRow.text(typeNameZh, typeNameEn), leadUnitId, leadUnitName,
                CenterProfiles.readCoBuilders(coBuildersJson), legalForm, transitionTarget, director,
                CenterProfiles.readDirections(directionsJson), clusterCode, CenterRow.text(clusterNameZh, clusterNameEn),
                supervisingBodyCode, CenterProfiles.readInstitutes(institutesJson),
                new Governance(governanceDescription, boardChair, boardMembers, committeeChair, committeeSize,
                        charterName, charterDate),
                CenterProfiles.readServices(servicesJson));
        return new CenterProfileVersion(centerId, versionNo, recordedAt, recordedBy, reason, draft);
    }
}
