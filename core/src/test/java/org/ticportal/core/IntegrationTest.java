package org.ticportal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.ticportal.core.plugin.TestPluginBuilder;

/**
 * A Spring Boot test of the core services on real MariaDB: the embedded server in a fresh data folder under
 * {@code target/}, or, when the environment variable {@value #EXTERNAL_URL} names one, an external MariaDB server
 * (user and password from {@code TICPORTAL_TEST_DB_USER} / {@code TICPORTAL_TEST_DB_PASSWORD}). The plugins folder
 * holds the plugin template ({@code plugins/template}: 示例市, policy {@code example}, jurisdiction 990100, districts
 * 990101 and 990102, direct channel 990100), compiled from the API alone as an outside developer would, and the same
 * template as a second city's policy with a rule that throws ({@code faulty}, jurisdiction 990200), and as a third
 * whose forms and catalogs only the form designer's and catalog editor's tests change ({@code formcity},
 * jurisdiction 990300); and more cities, each a variant of the template for one feature's tests (listed below and in
 * {@link org.ticportal.core.application.BuildCity}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class)
public @interface IntegrationTest {

    String EXTERNAL_URL = "TICPORTAL_TEST_DB_URL";

    /** Registers the database and plugin properties; call from a {@code @DynamicPropertySource} method. */
    final class Properties {

        private static final Path PLUGINS = buildPlugins();

        private Properties() {
        }

        public static void register(DynamicPropertyRegistry registry) {
            String external = System.getenv(EXTERNAL_URL);
            if (external != null && !external.isBlank()) {
                registry.add("spring.datasource.url", () -> external);
                registry.add("spring.datasource.username", () -> env("TICPORTAL_TEST_DB_USER", "root"));
                registry.add("spring.datasource.password", () -> env("TICPORTAL_TEST_DB_PASSWORD", ""));
                // the test contexts Spring keeps cached share one server: an idle context gives its connections
                // back (after 10 s, at the pool's next housekeeping) instead of holding ten each, which a server's
                // 151 connections do not cover once some fifteen contexts are cached
                registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
                registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
            }
            Path data = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
            registry.add("ticportal.data-dir", data::toString);
            registry.add("ticportal.plugins.dir", PLUGINS::toString);
            registry.add("ticportal.plugins.mode", () -> "deployment");
        }

        /**
         * The template made into another city's policy ({@code faulty}, jurisdiction 990200) one of whose rules
         * throws, as a plugin with a bug would.
         */
        static String faulty(String source) {
            return source.replace("new PolicyIdentity(\"example\", \"990100\"", "new PolicyIdentity(\"faulty\", \"990200\"")
                    .replace("Threshold.of(100)));", "Threshold.of(100)), Rules.of(\"3.9\", RuleKind.AUTO, "
                            + "t(\"有缺陷的规则\", \"A rule with a bug\"), \"第三条第（九）项\", List.of(\"area.usable\"), "
                            + "ctx -> { throw new IllegalStateException(\"rule bug\"); }));");
        }

        /**
         * The template as a third city's policy ({@code formcity}, jurisdiction 990300) whose forms and catalogs only
         * the form designer's and catalog editor's tests change: published form versions never go away, and other
         * tests keep the shipped forms and catalogs.
         */
        public static String formCity(String source) {
            return source.replace("new PolicyIdentity(\"example\", \"990100\"",
                    "new PolicyIdentity(\"formcity\", \"990300\"");
        }

        /**
         * The template as a fourth city's policy ({@code expertcity}, jurisdiction 990400) with an expert argumentation
         * stage after the bureau's review (optional: the bureau may skip it for a conversion of its engineering centers,
         * which are scored on a sheet of their own and keep a reward), whose panel of three (one finance seat, trimmed mean) is drawn from the pool,
         * and a co-builder table on its form.
         */
        public static String expertCity(String source) {
            if (!source.contains("new PolicyIdentity(\"example\"")) {
                return source;
            }
            return source.replace("new PolicyIdentity(\"example\", \"990100\"",
                            "new PolicyIdentity(\"expertcity\", \"990400\"")
                    .replace("Stage.of(\"DECISION\",", "Stage.of(\"EXPERTS\", t(\"专家论证\", \"Expert argumentation\"), "
                            + "StageKind.EXPERT_REVIEW, ART_6).asOptional(),\n                Stage.of(\"DECISION\",")
                    .replace("Transition.of(\"ACCEPT\", \"BUREAU_REVIEW\", \"DECISION\"",
                            "Transition.of(\"ACCEPT\", \"BUREAU_REVIEW\", \"EXPERTS\"")
                    .replace("Transition.of(\"PASS\", \"DECISION\"",
                            "Transition.of(\"RECOMMENDED\", \"EXPERTS\", \"DECISION\", t(\"专家组建议认定\", \"Experts "
                                    + "recommend\"), Actor.EXPERT_PANEL, ART_6),\n                Transition.of("
                                    + "\"NOT_RECOMMENDED\", \"EXPERTS\", \"REJECTED\", t(\"专家组不建议认定\", \"Experts do "
                                    + "not recommend\"), Actor.EXPERT_PANEL, ART_6).withGuards(comment),\n"
                                    + "                Transition.of(\"PASS\", \"DECISION\"")
                    .replace("    @Override\n    public EvaluationScheme evaluation() {", """
                                @Override
                                public java.util.Optional<org.ticportal.policy.api.panel.ExpertPanelRules> expertPanel() {
                                    return java.util.Optional.of(new org.ticportal.policy.api.panel.ExpertPanelRules(3,
                                            List.of(new org.ticportal.policy.api.panel.PanelSeat("FINANCE", 1,
                                                    t("至少一名财务专家", "At least one finance expert"))),
                                            org.ticportal.policy.api.panel.Aggregation.TRIMMED_MEAN,
                                            java.util.Set.of(org.ticportal.policy.api.panel.Avoidance.values()),
                                            List.of(Indicator.leaf("INNOVATION", t("创新能力", "Innovation"), 60),
                                                    Indicator.leaf("PLAN", t("建设方案", "Construction plan"), 40)),
                                            List.of(new IndustryCluster("FINANCE", t("财务", "Finance"))), ART_6,
                                            null));
                                }

                                @Override
                                public List<org.ticportal.policy.api.change.ConversionSource> conversionSources() {
                                    return List.of(new org.ticportal.policy.api.change.ConversionSource(
                                            "ENGINEERING_CENTER", t("市工程技术研究中心", "Engineering center"), true,
                                            List.of(Indicator.leaf("RD", t("研发能力", "R&D capability"), 70),
                                                    Indicator.leaf("SERVICE", t("行业服务", "Service"), 30)),
                                            ART_6).granting("ENGINEERING_CENTER_REWARDS"));
                                }

                                @Override
                                public List<org.ticportal.policy.api.change.Reward> rewards() {
                                    return List.of(new org.ticportal.policy.api.change.Reward(
                                            "ENGINEERING_CENTER_REWARDS", t("参照市工程技术研究中心享受奖励",
                                            "Rewards as for engineering centers"), ART_6),
                                            new org.ticportal.policy.api.change.Reward("OUTSTANDING",
                                            t("优秀中心优先支持", "Priority support"), ART_6));
                                }

                                @Override
                                public EvaluationScheme evaluation() {""");
        }

        private static String expertCityForm() {
            try {
                String form = Files.readString(TestPluginBuilder.TEMPLATE.resolve("src/main/resources/forms/application.json"));
                return form.replace("{\"key\": \"coreName\",", """
                        {"key": "coBuilders", "type": "TABLE", "label": {"zh": "参与共建单位", "en": "Co-builders"},
                         "columns": [
                           {"key": "name", "type": "TEXT", "required": true, "maxLength": 100, "label": {"zh": "单位名称", "en": "Name"}},
                           {"key": "creditCode", "type": "CREDIT_CODE", "label": {"zh": "统一社会信用代码", "en": "Credit code"}}
                         ]},
                        {"key": "coreName",""");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The template as a fifth city's policy ({@code checkcity}, jurisdiction 990500) whose pledge (rule 3.4) its
         * districts verify before they recommend, for the reviewers' checklist.
         */
        public static String checkCity(String source) {
            return source.replace("new PolicyIdentity(\"example\", \"990100\"",
                            "new PolicyIdentity(\"checkcity\", \"990500\"")
                    .replace("Rules.required(\"3.4\", RuleKind.ATTEST,",
                            "Rules.verifiedBy(Actor.RECOMMENDING_BODY, Rules.required(\"3.4\", RuleKind.ATTEST,")
                    .replace("\"第三条第（四）项\", FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS),",
                            "\"第三条第（四）项\", FieldKeys.PLEDGE_NO_MAJOR_PROBLEMS)),");
        }

        /**
         * The template as a seventh city's policy ({@code unitcity}, jurisdiction 990700) whose units approve a
         * submission before it leaves them (单位审核, {@code Actor.UNIT_ADMINISTRATOR}), as Shanxi's procedure has it:
         * the applicant submits into {@code UNIT_REVIEW}; the unit administrator approves it on to the district or
         * returns it with reasons.
         */
        public static String unitCity(String source) {
            return source.replace("new PolicyIdentity(\"example\", \"990100\"",
                            "new PolicyIdentity(\"unitcity\", \"990700\"")
                    .replace("Stage.of(\"COUNTY_REVIEW\",", "Stage.of(\"UNIT_REVIEW\", t(\"单位审核\", \"Unit approval\"), "
                            + "StageKind.REVIEW, ART_6),\n                Stage.of(\"COUNTY_REVIEW\",")
                    .replace("Transition.of(\"SUBMIT\", \"DRAFT\", \"COUNTY_REVIEW\"",
                            "Transition.of(\"SUBMIT\", \"DRAFT\", \"UNIT_REVIEW\"")
                    .replace("Transition.of(\"RECOMMEND\",", "Transition.of(\"APPROVE\", \"UNIT_REVIEW\", "
                            + "\"COUNTY_REVIEW\", t(\"审核通过\", \"Approve\"), Actor.UNIT_ADMINISTRATOR, ART_6),\n"
                            + "                Transition.of(\"RETURN\", \"UNIT_REVIEW\", \"DRAFT\", t(\"退回修改\", "
                            + "\"Return\"), Actor.UNIT_ADMINISTRATOR, ART_6).withGuards(comment),\n"
                            + "                Transition.of(\"RECOMMEND\",")
                    .replace("List.of(\"DRAFT\", \"COUNTY_REVIEW\",", "List.of(\"DRAFT\", \"UNIT_REVIEW\", \"COUNTY_REVIEW\",");
        }

        /**
         * The template as an eighth city's policy ({@code noticecity}, jurisdiction 990800) whose notice lasts 5
         * working days, as Xinzhou's, and whose objections are handled in an {@code OBJECTION} stage: received by the
         * bureau on the objection form (Xinzhou's), then dismissed (recognised, once the notice ended) or upheld
         * (rejected), each with reasons.
         */
        public static String noticeCity(String source) {
            return source.replace("new PolicyIdentity(\"example\", \"990100\"",
                            "new PolicyIdentity(\"noticecity\", \"990800\"")
                    .replace("new NoticeRules(7,", "new NoticeRules(5,")
                    .replace("Stage.of(\"RECOGNIZED\",", "Stage.of(\"OBJECTION_HANDLING\", t(\"异议处理\", "
                            + "\"Handling an objection\"), StageKind.OBJECTION, ART_7),\n                Stage.of(\"RECOGNIZED\",")
                    .replace("Transition.of(\"END_NOTICE\",", "Transition.of(\"OBJECTION_RECEIVED\", \"PUBLIC_NOTICE\", "
                            + "\"OBJECTION_HANDLING\", t(\"收到异议\", \"Objection received\"), Actor.AUTHORITY, ART_7)"
                            + ".withForm(\"OBJECTION\"),\n"
                            + "                Transition.of(\"DISMISS\", \"OBJECTION_HANDLING\", \"RECOGNIZED\", "
                            + "t(\"异议不成立\", \"Dismissed\"), Actor.AUTHORITY, ART_7).withGuards(comment, "
                            + "new Guard(GuardKind.NOTICE_ENDED, \"\", ART_7)),\n"
                            + "                Transition.of(\"UPHOLD\", \"OBJECTION_HANDLING\", \"REJECTED\", "
                            + "t(\"异议成立\", \"Upheld\"), Actor.AUTHORITY, ART_7).withGuards(comment),\n"
                            + "                Transition.of(\"END_NOTICE\",")
                    .replace("DocumentTemplate.form(\"RECOMMENDATION\",", "DocumentTemplate.form(\"OBJECTION\", "
                            + "t(\"异议登记\", \"Objection\"), \"forms/objection.json\"),\n"
                            + "                DocumentTemplate.form(\"RECOMMENDATION\",");
        }

        private static String objectionForm() {
            try {
                return Files.readString(TestPluginBuilder.TEMPLATE.resolve(
                        "../xinzhou/src/main/resources/forms/objection.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null ? fallback : value;
        }

        private static Path buildPlugins() {
            try {
                Path dir = Files.createDirectories(Path.of("target", "it-plugins", UUID.randomUUID().toString()))
                        .toAbsolutePath();
                TestPluginBuilder.fromTemplate("example", "1.0.0", s -> s).buildJar(dir);
                TestPluginBuilder.fromTemplate("faultycity", "1.0.0", Properties::faulty).buildJar(dir);
                TestPluginBuilder.fromTemplate("formcity", "1.0.0", Properties::formCity).buildJar(dir);
                TestPluginBuilder.fromTemplate("expertcity", "1.0.0", Properties::expertCity)
                        .resource("forms/application.json", expertCityForm()).buildJar(dir);
                TestPluginBuilder.fromTemplate("checkcity", "1.0.0", Properties::checkCity).buildJar(dir);
                TestPluginBuilder.fromTemplate("unitcity", "1.0.0", Properties::unitCity).buildJar(dir);
                TestPluginBuilder.fromTemplate("noticecity", "1.0.0", Properties::noticeCity)
                        .resource("forms/objection.json", objectionForm()).buildJar(dir);
                TestPluginBuilder.fromTemplate("buildcity", "1.0.0", org.ticportal.core.application.BuildCity::policy)
                        .resource("forms/application.json", org.ticportal.core.application.BuildCity.form()).buildJar(dir);
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
