package org.ticportal.core.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * What a step's guards say, in words a user reads: what a guard requires ({@link #describe}) and why it refuses a step
 * ({@link #refusal}). A guard names a field by its label on the step's or the application's form (else on another
 * step's form), and evidence by the name the policy gives it (its attachment field's label, else the name in the
 * policy's rules), never by key or code.
 * The texts are keys in core's bundle (heading "application: step labels, workflow and guard refusals"), each followed
 * by the article that requires it.
 *
 * <p>{@link #unmet} decides the guards that need nothing but the case file: FIELD_PRESENT, EVIDENCE_PRESENT,
 * COMMENT_PRESENT, NOTICE_ENDED (a provisional end does not count as ended) and NO_OPEN_OBJECTION. The eligibility
 * check is the engine's, which runs the policy's rules.
 */
final class Guards {

    private final Supplier<Vocabulary> vocabulary;
    private @Nullable Vocabulary names;

    /**
     * Names of fields and evidence for guards.
     *
     * @param forms      the forms a guard may name a field of, in the order they are searched (the step's form
     *                   first)
     * @param otherForms the forms searched when a field is on none of {@code forms} (the procedure's other steps'),
     *                   read only then
     * @param evidence   the names of the policy's evidence types, by code
     */
    record Vocabulary(java.util.List<FormDefinition> forms, Supplier<java.util.List<FormDefinition>> otherForms,
                      Map<String, LocalizedText> evidence) {

        Vocabulary {
            forms = java.util.List.copyOf(forms);
            evidence = Map.copyOf(evidence);
        }

        LocalizedText field(String key) {
            return label(forms, key).or(() -> label(otherForms.get(), key)).orElse(new LocalizedText(key, key));
        }

        private static Optional<LocalizedText> label(java.util.List<FormDefinition> searched, String key) {
            return searched.stream().flatMap(form -> form.field(key).stream()).map(f -> f.label()).findFirst();
        }

        LocalizedText evidence(String code) {
            for (FormDefinition form : forms) {
                Optional<LocalizedText> label = form.fields()
                        .filter(f -> f.type() == FieldType.ATTACHMENT && code.equals(f.evidence()))
                        .map(f -> f.label()).findFirst();
                if (label.isPresent()) {
                    return label.get();
                }
            }
            LocalizedText name = evidence.get(code);
            return name != null ? name : new LocalizedText(code, code);
        }
    }

    /** @param vocabulary the names of fields and evidence, read when a text first names one */
    Guards(Supplier<Vocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What the guard requires, e.g. 已填写“推荐文件文号”（第九条第（一）项）. */
    LocalizedText describe(Guard g) {
        return withArticle(CoreMessages.text("application.guard." + g.kind().name(), subject(g)), g);
    }

    /** Why the guard refuses a step, e.g. 缺少必填信息：专家组结论（第九条）; {@code arguments} as the key needs. */
    LocalizedText refusal(Guard g, String reason, Object... arguments) {
        Object[] args = arguments.length > 0 ? arguments : new Object[] {subject(g)};
        return withArticle(CoreMessages.text("application.refused." + reason, args), g);
    }

    /**
     * Why a guard that needs nothing but the case refuses the step, or {@code null} when it is met (and for
     * ELIGIBILITY_PASSED, which the engine decides).
     *
     * @param known   the values known of the case: earlier steps', the application's, this step's (later win)
     * @param comment the actor's comment
     * @param today   the day the step is taken
     */
    @Nullable LocalizedText unmet(Guard g, CaseFile file, Map<String, Object> known, @Nullable String comment,
                                  LocalDate today) {
        RecognitionApplication app = file.application();
        return switch (g.kind()) {
            case ELIGIBILITY_PASSED -> null;
            case FIELD_PRESENT -> {
                Object v = known.get(g.reference());
                yield v == null || v instanceof String s && s.isBlank() ? refusal(g, "FIELD_PRESENT") : null;
            }
            case EVIDENCE_PRESENT -> file.evidence().contains(g.reference()) ? null : refusal(g, "EVIDENCE_PRESENT");
            case COMMENT_PRESENT -> comment == null || comment.isBlank() ? refusal(g, "COMMENT_PRESENT") : null;
            case NOTICE_ENDED -> app.getNotice().lastDay() == null || !today.isAfter(app.getNotice().lastDay())
                    ? refusal(g, "NOTICE_ENDED")
                    : app.getNotice().lastDayProvisional() ? refusal(g, "NOTICE_PROVISIONAL") : null;
            case NO_OPEN_OBJECTION -> app.getStageKind() == StageKind.OBJECTION ? refusal(g, "NO_OPEN_OBJECTION")
                    : null;
            case EVIDENCE_UPLOADED_IN_STAGE -> file.evidenceSince(app.getStageEnteredAt()).contains(g.reference())
                    ? null : refusal(g, "EVIDENCE_UPLOADED_IN_STAGE");
            case CHECKLIST_VERIFIED -> null;
        };
    }

    private Object subject(Guard g) {
        return switch (g.kind()) {
            case FIELD_PRESENT -> vocabulary().field(g.reference());
            case EVIDENCE_PRESENT, EVIDENCE_UPLOADED_IN_STAGE -> vocabulary().evidence(g.reference());
            default -> "";
        };
    }

    private Vocabulary vocabulary() {
        if (names == null) {
            names = vocabulary.get();
        }
        return names;
    }

    private static LocalizedText withArticle(LocalizedText text, Guard g) {
        return g.article().isBlank() ? text : CoreMessages.text("application.guard.withArticle", text, g.article());
    }
}
