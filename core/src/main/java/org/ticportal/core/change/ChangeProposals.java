package org.ticportal.core.change;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.EligibilityReport;
import org.ticportal.core.center.CenterNameCheck;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.LegalForm;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitService;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.change.ChangeType.Part;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * What a change request proposes (art. 15 of the Xinzhou measures: 更名、变更主要研究方向或进行调整重组): the lead unit's
 * draft checked against the change type the center's policy declares (values only for the parts the type affects, a
 * reason, a name the naming rules and the unique name allow, a confirmed registered unit as a new lead unit, something
 * actually changed), the next profile it makes of the current one, and the eligibility rules of the center's policy run
 * for a new lead unit. Shared by {@link ChangeRequestService} and {@link ChangeRequestQueries}; it checks no roles
 * itself, its callers' public methods do, and runs in their transactions.
 */
@Component
class ChangeProposals {

    /** The longest reason of a request, return or refusal. */
    static final int MAX_REASON = 2000;

    private final CenterService centers;
    private final UnitService units;
    private final ApplicationService applications;
    private final PolicyProviders providers;
    private final PortalTime time;

    ChangeProposals(CenterService centers, UnitService units, ApplicationService applications,
                    PolicyProviders providers, PortalTime time) {
        this.centers = centers;
        this.units = units;
        this.applications = applications;
        this.providers = providers;
        this.time = time;
    }

    /**
     * The draft checked as a proposal of the type for the center, whose profile is at {@code base}: only the parts
     * that differ from it are kept. Refused with the field at fault (see {@link ChangeRequestService#file}).
     */
    ChangeProposal proposal(CenterRow center, ChangeType type, CenterProfileVersion base, ChangeRequestDraft d) {
        CenterProfileDraft b = base.profile();
        refuseUnless(type, Part.NAME, d.coreName() != null && !d.coreName().isBlank(), "coreName");
        refuseUnless(type, Part.RESEARCH_DIRECTIONS, d.researchDirections() != null, "researchDirections");
        refuseUnless(type, Part.LEAD_UNIT, d.newLeadUnitCreditCode() != null, "leadUnit");
        refuseUnless(type, Part.CO_BUILDERS, d.coBuilders() != null, "coBuilders");
        refuseUnless(type, Part.INSTITUTES, d.institutes() != null, "institutes");
        if (d.reason().isEmpty()) {
            throw BusinessException.onField("reason", "change.reasonRequired");
        }
        if (d.reason().length() > MAX_REASON) {
            throw BusinessException.onField("reason", "change.commentTooLong", MAX_REASON);
        }
        String core = null;
        if (type.affects(Part.NAME)) {
            CenterNameCheck check = centers.checkRename(center.id(), d.coreName() == null ? "" : d.coreName());
            if (!check.passed()) {
                throw BusinessException.onField("coreName", "change.rename.refused", check.fullName(),
                        check.problems().getFirst());
            }
            core = check.coreName();
        }
        List<String> directions = null;
        if (d.researchDirections() != null) {
            directions = d.researchDirections().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (directions.isEmpty()) {
                throw BusinessException.onField("researchDirections", "change.directionsRequired");
            }
            if (directions.stream().anyMatch(s -> s.length() > 200)) {
                throw BusinessException.onField("researchDirections", "change.directionTooLong", 200);
            }
            if (directions.equals(b.researchDirections())) {
                directions = null;
            }
        }
        Unit lead = null;
        if (d.newLeadUnitCreditCode() != null) {
            lead = units.confirmedByCreditCode(d.newLeadUnitCreditCode()).orElseThrow(() -> BusinessException
                    .onField("leadUnit", "change.leadUnitUnknown", d.newLeadUnitCreditCode()));
            if (lead.getId() == b.leadUnitId()) {
                throw BusinessException.onField("leadUnit", "change.leadUnitSame", lead.getName());
            }
            if (d.newLeadUnitIndependent() == null) {
                throw BusinessException.onField("leadUnitIndependent", "change.leadUnitIndependentRequired");
            }
        }
        var coBuilders = d.coBuilders() != null && !d.coBuilders().equals(b.coBuilders()) ? d.coBuilders() : null;
        if (coBuilders != null && coBuilders.stream().map(c -> c.name()).distinct().count() != coBuilders.size()) {
            throw BusinessException.onField("coBuilders", "change.coBuilderTwice");
        }
        var institutes = d.institutes() != null && !d.institutes().equals(b.institutes()) ? d.institutes() : null;
        if (institutes != null && (institutes.stream().map(i -> i.name()).distinct().count() != institutes.size()
                || institutes.stream().filter(i -> i.headquarters()).count() > 1)) {
            throw BusinessException.onField("institutes", "change.instituteTwice");
        }
        if (core == null && directions == null && lead == null && coBuilders == null && institutes == null) {
            throw new BusinessException("change.nothingChanged");
        }
        return new ChangeProposal(core, directions, lead == null ? null : lead.getId(),
                lead == null ? null : lead.getName(), lead == null ? null : lead.getCreditCode(),
                lead == null ? null : lead.getRecommendingBodyCode(),
                lead == null ? null : d.newLeadUnitIndependent(), coBuilders, institutes);
    }

    private static void refuseUnless(ChangeType type, Part part, boolean given, String field) {
        if (given && !type.affects(part)) {
            throw BusinessException.onField(field, "change.partNotAllowed", type.name().zh());
        }
    }

    /** The change type of the pinned policy with the code; {@code change.typeUnknown} when it declares none such. */
    ChangeType type(PolicyPin pin, String code) {
        return providers.read(pin, p -> p.changeTypes().stream().filter(t -> t.code().equals(code)).findFirst())
                .orElseThrow(() -> new BusinessException("change.typeUnknown", code));
    }

    /** The next profile: the current one with the proposed parts in place, effective today (or with the current). */
    CenterProfileDraft proposedProfile(CenterProfileVersion current, ChangeProposal p) {
        CenterProfileDraft b = current.profile();
        LocalDate today = time.today();
        boolean newLead = p.leadUnitId() != null;
        LegalForm legalForm = newLead ? Boolean.TRUE.equals(p.leadUnitIndependent())
                ? LegalForm.INDEPENDENT_LEGAL_ENTITY : LegalForm.INTERNAL_UNIT : b.legalForm();
        return new CenterProfileDraft(today.isBefore(b.effectiveFrom()) ? b.effectiveFrom() : today, b.typeCode(),
                b.typeName(), newLead ? p.leadUnitId() : b.leadUnitId(),
                newLead ? Objects.requireNonNull(p.leadUnitName()) : b.leadUnitName(),
                p.coBuilders() != null ? p.coBuilders() : b.coBuilders(), legalForm,
                newLead ? null : b.transitionTarget(), b.director(),
                p.researchDirections() != null ? p.researchDirections() : b.researchDirections(), b.clusterCode(),
                b.clusterName(), b.supervisingBodyCode(), p.institutes() != null ? p.institutes() : b.institutes(),
                b.governance(), b.publicServices());
    }

    /**
     * The eligibility rules of the center's policy run for the proposed new lead unit: its registered particulars in
     * place of the lead unit's fields of the application the center was recognised on.
     */
    EligibilityReport eligibilityOf(ChangeRequest r, ChangeProposal p) {
        CenterRow center = centers.get(r.getCenterId());
        Map<String, Object> lead = new HashMap<>();
        lead.put(FieldKeys.LEAD_UNIT_NAME, p.leadUnitName());
        lead.put(FieldKeys.LEAD_UNIT_CREDIT_CODE, p.leadUnitCreditCode());
        lead.put(FieldKeys.LEAD_UNIT_REGISTERED_BODY, p.leadUnitBodyCode());
        lead.put(FieldKeys.LEAD_UNIT_INDEPENDENT, p.leadUnitIndependent());
        // the policy's legal-form codes are its own: the old lead unit's answer no longer applies, none is known
        lead.put(FieldKeys.LEAD_UNIT_LEGAL_FORM, null);
        lead.put(FieldKeys.LEAD_UNIT_CATEGORY, null);
        return applications.eligibilityWithLeadUnit(center.applicationId(), lead);
    }
}
