package org.ticportal.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.evaluation.SelfAssessmentForms;
import org.ticportal.core.form.FormField;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.rule.FieldKeys;

/**
 * A lead unit's self-assessment on its policy's self-evaluation form, filled in as a user would from what the form
 * asks (whatever the policy's form holds): every required field answered, the self-scores given (the others at their
 * minimum), a stamped report attached to each required file field; then filed.
 */
public final class SelfAssessmentSamples {

    private static final byte[] PDF = "%PDF-1.4\n%自评\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
            .getBytes(StandardCharsets.UTF_8);

    private SelfAssessmentSamples() {
    }

    /** Values answering every required top-level field of the form, with the self-scores given (by indicator code). */
    public static Map<String, Object> complete(SelfAssessmentForms.SelfForm form, String summary,
                                               Map<String, BigDecimal> scores) {
        Map<String, Object> values = new LinkedHashMap<>(form.values());
        for (FormField f : form.form().fields().toList()) {
            if (values.containsKey(f.key()) && values.get(f.key()) != null) {
                continue;
            }
            if (f.key().startsWith(FieldKeys.SELF_EVALUATION_SCORE_PREFIX)) {
                BigDecimal given = scores.get(f.key().substring(FieldKeys.SELF_EVALUATION_SCORE_PREFIX.length()));
                values.put(f.key(), given != null ? given : f.min() != null ? f.min() : BigDecimal.ZERO);
                continue;
            }
            if (!f.required()) {
                continue;
            }
            switch (f.type()) {
                case TEXT -> values.put(f.key(), f.pattern() != null ? "03503031234" : "示例");
                case LONG_TEXT -> values.put(f.key(), f.key().equals(FieldKeys.SELF_EVALUATION_SUMMARY) ? summary
                        : "评估期内按计划推进，数据见佐证材料。");
                case NUMBER -> values.put(f.key(), f.min() != null ? f.min() : BigDecimal.ZERO);
                case YES_NO -> values.put(f.key(), false);
                case DECLARATION -> values.put(f.key(), true);
                case DATE -> values.put(f.key(), PortalDay.today());
                default -> {
                }
            }
        }
        return values;
    }

    /** The user's unit attaches a PDF to every required file field of the form and files it; the evaluation's row. */
    public static EvaluationViews.Row file(SecurityContextHolderStrategy security, SelfAssessmentForms forms,
                                           org.ticportal.core.evaluation.EvaluationReader reader, String user,
                                           long id, String summary, Map<String, BigDecimal> scores) {
        return Acting.as(security, user, Role.APPLICANT, () -> {
            SelfAssessmentForms.SelfForm form = forms.get(id).orElseThrow();
            for (FormField f : form.form().fields().toList()) {
                if (f.type() == org.ticportal.core.form.FieldType.ATTACHMENT && f.required()
                        && forms.files(id, f.key()).isEmpty()) {
                    forms.upload(id, f.key(), "自评报告.pdf", new ByteArrayInputStream(PDF));
                }
            }
            return forms.submit(id, reader.get(id).row().version(), complete(form, summary, scores));
        });
    }
}
