package org.ticportal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.user.Role;

/** A complete Xinzhou application of the demo applicant's unit (忻府区), for tests that need one. */
public final class XinzhouSamples {

    private XinzhouSamples() {
    }

    /** Values that fill every required field of Xinzhou's shipped application form and pass its rules. */
    public static Map<String, Object> completeApplication() {
        Map<String, Object> v = new HashMap<>();
        v.put("leadUnit.name", "忻州示范新材料有限公司");
        v.put("leadUnit.creditCode", "91140902MA0DEMX01" + org.ticportal.policy.api.CreditCode.checkCharacter(
                "91140902MA0DEMX01"));
        v.put("leadUnit.registeredBody", "140902");
        v.put("leadUnit.independentLegalPerson", true);
        v.put("leadUnit.category", "LEADING_ENTERPRISE");
        v.put("leadUnit.legalForm", "INDEPENDENT_ENTERPRISE");
        v.put("leadUnit.address", "忻州市忻府区示范路1号");
        v.put("leadUnit.contactName", "张经办");
        v.put("leadUnit.contactPhone", "0350-3030303");
        v.put("centerType", "FIELD");
        v.put("coreName", "示范新材料");
        v.put("researchDirections", List.of(Map.of("direction", "特种合金")));
        v.put("publicServices", List.of("TESTING", "TRAINING"));
        v.put("director.name", "王研究员");
        v.put("director.idNumber", "14090219700101123X");
        v.put("director.titleLevel", "FULL_SENIOR");
        v.put("director.title", "研究员");
        v.put("team", List.of(Map.of("name", "李工", "titleLevel", "DEPUTY_SENIOR", "degree", "DOCTOR",
                "fullTime", true)));
        v.put("area.usable", 650);
        v.put("ipItems", List.of(Map.of("kind", "INVENTION_PATENT", "title", "一种合金", "number", "ZL2025100000001",
                "holder", "忻州示范新材料有限公司")));
        v.put("equipment", List.of(Map.of("name", "光谱仪", "quantity", 1, "originalValue", 120)));
        v.put("narrative.integration", "联合高校开展技术转移");
        v.put("industryCluster", "SPECIAL_METALS");
        v.put("strategy.justification", "服务特种金属材料集群");
        v.put("governance.description", "理事会决策、主任负责、专家委员会咨询");
        v.put("leadUnit.committedInvestment", 500);
        v.put("plan.goals", "三年建成区域创新平台");
        v.put("pledge.noMajorProblems", true);
        v.put("pledge.truthful", true);
        return v;
    }
    /** Attaches a small PDF to every attachment field of a form, as the user would upload one (as that user). */
    public static void attachEvery(ApplicationService applications, AttachmentService attachments, long id,
                                   String formCode) {
        FormDefinition form = applications.stepForm(id, formCode);
        form.fields().filter(f -> f.type() == FieldType.ATTACHMENT).forEach(f -> attachments.upload(id, formCode,
                f.key(), f.key() + ".pdf",
                new ByteArrayInputStream(("%PDF-1.7 " + f.key()).getBytes(StandardCharsets.US_ASCII))));
    }

    /**
     * A complete application of the demo applicant's unit, with a core name of its own (the policy refuses a name
     * another application has), submitted by the demo applicant to 忻府区; its reference number.
     */
    public static String submittedToCounty(SecurityContextHolderStrategy security, ApplicationService applications,
                                           AttachmentService attachments, String coreNamePrefix) {
        long id = Acting.as(security, "applicant", Role.APPLICANT, () -> applications.create("140900")).row().id();
        return Acting.as(security, "applicant", Role.APPLICANT, () -> {
            attachEvery(applications, attachments, id, "APPLICATION");
            Map<String, Object> values = new HashMap<>(completeApplication());
            values.put("coreName", coreNamePrefix + UniqueNames.suffix());
            applications.saveDraft(id, applications.get(id).row().version(), values, Map.of());
            return applications.perform(id, applications.get(id).row().version(), "SUBMIT_TO_COUNTY", null,
                    Map.of());
        }).row().referenceNo();
    }
}
