package org.ticportal.core.application;

/**
 * The plugin template made into a city whose centers are approved for construction first, for the tests of timed
 * stages in core and ui (shared through the core test jar).
 */
public final class BuildCity {

    private BuildCity() {
    }

    /** The template's application form with the lead unit's registration day and last year's revenue. */
    public static String form(String templateForm) {
        return templateForm.replace("{\"key\": \"leadUnit.creditCode\",", """
                {"key": "leadUnit.registeredOn", "type": "DATE", "required": true, "article": "第三条第（六）项",
                 "label": {"zh": "注册成立日期", "en": "Registered on"}},
                {"key": "revenue", "type": "NUMBER", "unit": "万元", "min": 0, "decimals": 2, "required": true,
                 "article": "第三条第（七）项", "label": {"zh": "上年度营业收入", "en": "Revenue last year"}},
                {"key": "leadUnit.creditCode",""");
    }

    /** The template's form as {@link #form} extends it, read from the source tree. */
    public static String form() {
        try {
            return form(java.nio.file.Files.readString(org.ticportal.core.plugin.TestPluginBuilder.TEMPLATE
                    .resolve("src/main/resources/forms/application.json")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Values that fill its form: the template's, registered in 2024, revenue 1000 万元 (R&D 50: 5%). */
    public static java.util.Map<String, Object> application(String creditCode, String coreName) {
        java.util.Map<String, Object> values = org.ticportal.core.TemplateSamples.completeApplication(creditCode,
                "NEW_MATERIALS", 320);
        values.put("coreName", coreName);
        values.put("leadUnit.registeredOn", "2024-05-01");
        values.put("revenue", "1000");
        return values;
    }

    /**
     * The template as a ninth city's policy ({@code buildcity}, jurisdiction 990900) that approves a center for
     * construction first (plugin API 0.2.5), asks for a lead unit registered for a year before filing (rule 3.6) and
     * R&amp;D spending of at least 3% of revenue, universities and institutes exempt (rule 3.7), refuses a center name with
     * the applicant unit's own name in it, and has the template's single center type (filled in by the portal): the meeting's pass enters {@code CONSTRUCTION}, limited to 36 months
     * counted from the day the case entered the meeting's stage, reminded of 90 days before; the applicant asks for
     * the acceptance review ({@code ACCEPTANCE}, the panel's), which recognises the center or fails it
     * ({@code NOT_ACCEPTED}, {@code ACCEPTANCE_FAILED}); when the 36 months pass without the request, the portal
     * fails it itself ({@code CONSTRUCTION_EXPIRED}).
     */
    public static String policy(String source) {
        return source.replace("NamingRules.Constraint.UNIQUE)", "NamingRules.Constraint.UNIQUE, "
                        + "NamingRules.Constraint.NO_APPLICANT_UNIT_NAME)")
                .replace("Threshold.of(100)));", "Threshold.of(100)),\n"
                        + "                Rules.registeredFor(\"3.6\", RuleKind.AUTO, t(\"牵头单位注册成立满一年\", \"The lead "
                        + "unit registered for a year\"), \"第三条第（六）项\", java.time.Period.ofYears(1)),\n"
                        + "                Rules.ratio(\"3.7\", RuleKind.AUTO, t(\"研发投入占营业收入比例\", \"R&D spending "
                        + "to revenue\"), \"第三条第（七）项\", org.ticportal.policy.api.rule.Ratio.of(\"rdSpending\", "
                        + "\"revenue\", 3).exemptWhen(FieldKeys.LEAD_UNIT_CATEGORY, java.util.Set.of(\"UNIVERSITY\", "
                        + "\"INSTITUTE\"), t(\"高校、科研院所不适用本项\", \"Universities and institutes are exempt\"))));")
                .replace("new PolicyIdentity(\"example\", \"990100\"",
                        "new PolicyIdentity(\"buildcity\", \"990900\"")
                .replace("Stage.of(\"RECOGNIZED\",", "Stage.of(\"CONSTRUCTION\", t(\"批准建设\", \"Approved, to be "
                        + "built\"), StageKind.CONSTRUCTION, ART_6).lastingAtMost(36, \"CONSTRUCTION_EXPIRED\")"
                        + ".countedFrom(\"stage:DECISION\").remindingDaysBefore(90),\n"
                        + "                Stage.of(\"ACCEPTANCE\", t(\"建设验收\", \"Acceptance review\"), "
                        + "StageKind.EXPERT_REVIEW, ART_6),\n"
                        + "                Stage.of(\"NOT_ACCEPTED\", t(\"验收未通过\", \"Acceptance failed\"), "
                        + "StageKind.ACCEPTANCE_FAILED, ART_6),\n"
                        + "                Stage.of(\"RECOGNIZED\",")
                .replace("Transition.of(\"PASS\", \"DECISION\", \"PUBLIC_NOTICE\"",
                        "Transition.of(\"PASS\", \"DECISION\", \"CONSTRUCTION\"")
                .replace("Transition.of(\"END_NOTICE\",", "Transition.of(\"REQUEST_ACCEPTANCE\", \"CONSTRUCTION\", "
                        + "\"ACCEPTANCE\", t(\"申请验收\", \"Request acceptance\"), Actor.APPLICANT, ART_6),\n"
                        + "                Transition.of(\"CONSTRUCTION_EXPIRED\", \"CONSTRUCTION\", "
                        + "\"NOT_ACCEPTED\", t(\"建设期满未验收\", \"Construction period over\"), Actor.SYSTEM, ART_6),\n"
                        + "                Transition.of(\"ACCEPTED\", \"ACCEPTANCE\", \"RECOGNIZED\", "
                        + "t(\"验收通过\", \"Accepted\"), Actor.EXPERT_PANEL, ART_6),\n"
                        + "                Transition.of(\"NOT_ACCEPTED\", \"ACCEPTANCE\", \"NOT_ACCEPTED\", "
                        + "t(\"验收不通过\", \"Not accepted\"), Actor.EXPERT_PANEL, ART_6).withGuards(comment),\n"
                        + "                Transition.of(\"END_NOTICE\",");
    }

}
