package org.ticportal.core.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceType;

/**
 * The forms of a case in the versions that apply to it (the application's own in the version it is filled in on, a
 * step's in the version in use now), and the names {@link Guards} take from them and from the rules' evidence.
 */
@Component
class CaseForms {

    private final PolicyProviders providers;
    private final FormVersionService versions;

    CaseForms(PolicyProviders providers, FormVersionService versions) {
        this.providers = providers;
        this.versions = versions;
    }

    /**
     * A form of the application: its own form in the version it is filled in on, or a step's form in the version in
     * use now.
     */
    FormDefinition formOf(RecognitionApplication app, String formCode) {
        return formCode.equals(app.getFormCode())
                ? versions.definition(app.getPin(), formCode, app.getFormVersionId())
                : versions.current(app.getPin(), formCode).definition();
    }

    /**
     * The names guards use: the step forms' fields first, then the application form's, then (read only when a field
     * is on none of these) the forms of the procedure's other steps in their current versions; the rules' evidence.
     */
    Guards.Vocabulary vocabulary(RecognitionApplication app, List<FormDefinition> stepForms) {
        List<FormDefinition> searched = new ArrayList<>(stepForms);
        searched.add(formOf(app, app.getFormCode()));
        java.util.function.Supplier<List<FormDefinition>> otherSteps = () -> otherStepForms(app, searched);
        Map<String, LocalizedText> evidence = providers.read(app.getPin(), p -> {
            Map<String, LocalizedText> names = new LinkedHashMap<>();
            for (EligibilityRule rule : p.eligibilityRules()) {
                try {
                    for (EvidenceType e : rule.evidence()) {
                        names.putIfAbsent(e.code(), e.name());
                    }
                } catch (RuntimeException e) {
                    // a rule that cannot say its evidence leaves the code to be shown
                }
            }
            return names;
        });
        return new Guards.Vocabulary(searched, otherSteps, evidence);
    }

    /** The forms of the procedure's steps not among those already searched, in the procedure's order. */
    private List<FormDefinition> otherStepForms(RecognitionApplication app, List<FormDefinition> searched) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        searched.forEach(f -> seen.add(f.code()));
        List<FormDefinition> out = new ArrayList<>();
        for (Transition t : providers.read(app.getPin(), p -> p.procedure()).transitions()) {
            if (!t.form().isEmpty() && seen.add(t.form())) {
                try {
                    out.add(formOf(app, t.form()));
                } catch (RuntimeException e) {
                    // a step's form that cannot be read names nothing; the key is shown then
                }
            }
        }
        return out;
    }
}
