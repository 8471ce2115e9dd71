package org.ticportal.core.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.ticportal.core.plugin.TestPluginBuilder;

/**
 * Test policies for evaluations, made from the plugin template as an outside developer would and compiled against the
 * API alone: {@code evalcity} (jurisdiction 990600) evaluates every 2 years through the standard procedure, scored by
 * two experts of whom one is a finance expert (mean); a first failure rectifies, a failure in a row or while
 * rectifying revokes, a missing self-assessment rectifies within 3 months, 良好 is outstanding; {@code provcity}
 * (990700) is the same policy whose centers are recognised provisionally and confirmed by a passed evaluation (良好
 * recommended upward); {@code notecity} (991000, {@link #withNoticeCity}) is {@code evalcity} whose results are
 * publicly noticed for 5 working days before they take effect.
 */
public final class EvaluationPolicies {

    private EvaluationPolicies() {
    }

    /** A plugins folder holding both policies. */
    public static Path build() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it-plugins", "eval-" + UUID.randomUUID()))
                    .toAbsolutePath();
            TestPluginBuilder.fromTemplate("evalcity", "1.0.0", s -> evalCity(s, "evalcity", "990600"))
                    .buildJar(dir);
            TestPluginBuilder.fromTemplate("provcity", "1.0.0", s -> provisional(evalCity(s, "provcity", "990700")))
                    .buildJar(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code notecity} to a folder built by {@link #build()}: results noticed for 5 working days. */
    public static Path withNoticeCity(Path dir) {
        TestPluginBuilder.fromTemplate("notecity", "1.0.0", s -> resultNotice(evalCity(s, "notecity", "991000")))
                .buildJar(dir);
        return dir;
    }

    static String resultNotice(String source) {
        String panelEnd = "List.of(new IndustryCluster(\"FINANCE\", t(\"财务\", \"Finance\"))));";
        if (!source.contains("new PolicyIdentity(\"notecity\"")) {
            return source;
        }
        if (!source.contains(panelEnd)) {
            throw new IllegalStateException("the template's evaluation panel changed; adapt EvaluationPolicies");
        }
        return source.replace(panelEnd, panelEnd.substring(0, panelEnd.length() - 1) + ".withResultNotice(5);");
    }

    static String evalCity(String source, String policyId, String jurisdiction) {
        if (!source.contains("new PolicyIdentity(\"example\"")) {
            return source;
        }
        String out = source.replace("new PolicyIdentity(\"example\", \"990100\"",
                        "new PolicyIdentity(\"" + policyId + "\", \"" + jurisdiction + "\"")
                .replace("(grade, history, settings) -> grade.passing()", "(grade, history, settings) -> "
                        + "history.submissionMissing() ? new EvaluationDecision(Outcome.RECTIFY, false, false, 3, "
                        + "t(\"未按期提交评估材料，限期整改3个月\", \"Nothing submitted: rectify within 3 months\"))"
                        + " : !grade.passing() && (history.previousFailures() >= 1 || history.underRectification())"
                        + " ? new EvaluationDecision(Outcome.REVOKE, false, t(\"再次评估不合格，撤销\", \"Failed again\"))"
                        + " : !grade.passing() ? new EvaluationDecision(Outcome.RECTIFY, false, false, 0, "
                        + "t(\"评估不合格，限期整改\", \"Failed: rectify\"))"
                        + " : history.provisional() ? new EvaluationDecision(Outcome.CONFIRM, false, "
                        + "\"GOOD\".equals(grade.code()), 0, t(\"评估合格，确认为正式中心\", \"Passed: confirmed\"))"
                        + " : grade.passing()")
                .replace(".withProcedure(EvaluationProcedure.standard(\"第八条\"));", """
                        .withProcedure(EvaluationProcedure.standard("第八条"))
                                        .withPanel(2, List.of(new org.ticportal.policy.api.panel.PanelSeat("FINANCE", 1,
                                                        t("至少一名财务专家", "One finance expert"))),
                                                org.ticportal.policy.api.panel.Aggregation.MEAN,
                                                java.util.Set.of(org.ticportal.policy.api.panel.Avoidance.APPLICANT_UNIT,
                                                        org.ticportal.policy.api.panel.Avoidance.CO_BUILDERS),
                                                List.of(new IndustryCluster("FINANCE", t("财务", "Finance"))));""");
        if (!out.contains("history.submissionMissing()") || !out.contains("withPanel(2")) {
            throw new IllegalStateException("the template's evaluation changed; adapt EvaluationPolicies");
        }
        return out;
    }

    static String provisional(String source) {
        return source.replace("Stage.of(\"RECOGNIZED\", t(\"已认定\", \"Recognised\"), StageKind.RECOGNIZED, ART_6)",
                "Stage.of(\"RECOGNIZED\", t(\"试运行\", \"Provisional\"), StageKind.PROVISIONAL, ART_6)");
    }
}
