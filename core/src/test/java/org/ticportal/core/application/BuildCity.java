package org.ticportal.core.application;

/**
 * The plugin template made into a city whose centers are approved for construction first, for the tests of timed
 * stages in core and ui (shared through the core test jar).
 */
public final class BuildCity {

    private BuildCity() {
    }

    /**
     * The template as a ninth city's policy ({@code buildcity}, jurisdiction 990900) that approves a center for
     * construction first (plugin API 0.2.5): the meeting's pass enters {@code CONSTRUCTION}, limited to 36 months
     * counted from the day the case entered the meeting's stage, reminded of 90 days before; the applicant asks for
     * the acceptance review ({@code ACCEPTANCE}, the panel's), which recognises the center or fails it
     * ({@code NOT_ACCEPTED}, {@code ACCEPTANCE_FAILED}); when the 36 months pass without the request, the portal
     * fails it itself ({@code CONSTRUCTION_EXPIRED}).
     */
    public static String policy(String source) {
        return source.replace("new PolicyIdentity(\"example\", \"990100\"",
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
