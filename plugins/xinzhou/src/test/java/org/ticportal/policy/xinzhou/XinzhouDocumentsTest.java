package org.ticportal.policy.xinzhou;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceType;
import org.ticportal.policy.api.rule.RuleKind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped forms follow docs/form-definitions.md and carry every field and attachment the policy reads. */
class XinzhouDocumentsTest {

    private static final Set<String> TYPES = Set.of("TEXT", "LONG_TEXT", "NUMBER", "DATE", "CHOICE", "MULTI_CHOICE",
            "YES_NO", "DECLARATION", "CREDIT_CODE", "TABLE", "ATTACHMENT", "COMPUTED");
    private static final Set<String> NOT_IN_COLUMNS = Set.of("TABLE", "ATTACHMENT", "COMPUTED");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._]+");
    private static final Set<String> FILE_TYPES = Set.of("pdf", "jpg", "png", "docx", "xlsx", "ofd");
    private static final Set<String> COMMON = Set.of("key", "type", "label", "help", "required", "article",
            "visibleWhen");
    /** Which properties the format allows for which types, besides the common ones. */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "NUMBER", Set.of("unit", "min", "max", "decimals"),
            "TEXT", Set.of("maxLength", "pattern", "patternMessage"),
            "LONG_TEXT", Set.of("maxLength", "pattern", "patternMessage"),
            "CHOICE", Set.of("catalog", "options"),
            "MULTI_CHOICE", Set.of("catalog", "options"),
            "DECLARATION", Set.of("text"),
            "TABLE", Set.of("columns", "minRows", "maxRows"),
            "ATTACHMENT", Set.of("evidence", "accept", "maxSizeMb", "maxFiles"),
            "COMPUTED", Set.of("sum"));

    private final XinzhouPolicy policy = new XinzhouPolicy();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyDocumentIsShippedUnderAUniqueCode() {
        List<DocumentTemplate> documents = policy.documents();
        assertThat(documents).extracting(DocumentTemplate::code).doesNotHaveDuplicates().containsExactly(
                "APPLICATION", "RECOMMENDATION", "EXPERT_CONCLUSION", "PLAN_REVISION", "PARTY_GROUP", "OBJECTION", "SCORE_SHEET",
                "ANNUAL_REPORT", "SELF_EVALUATION", "CHANGE_REQUEST", "NOTICE", "DECISION", "CERTIFICATE");
        documents.forEach(d -> assertThat(resource(d.resource())).as(d.resource()).isNotBlank());
    }

    @Test
    void everyFormParsesAndUsesOnlyTheFormatOfTheFormDefinitions() {
        for (DocumentTemplate document : forms()) {
            JsonNode form = form(document.code());
            assertThat(form.path("code").asString()).isEqualTo(document.code());
            assertThat(form.path("title").path("zh").asString()).isNotBlank();
            assertThat(form.path("sections").isArray()).isTrue();
            Set<String> sectionKeys = new HashSet<>();
            for (JsonNode section : form.path("sections").values()) {
                assertThat(sectionKeys.add(section.path("key").asString())).as("section key").isTrue();
                assertThat(section.path("title").path("zh").asString()).isNotBlank();
            }
            List<JsonNode> fields = fields(form);
            assertThat(fields).as(document.code()).isNotEmpty();
            Map<String, JsonNode> byKey = new HashMap<>();
            for (JsonNode field : fields) {
                String key = field.path("key").asString();
                assertThat(byKey.put(key, field)).as("%s: duplicate key %s", document.code(), key).isNull();
                checkField(document.code() + "/" + key, field, false);
            }
            for (JsonNode field : fields) {
                String where = document.code() + "/" + field.path("key").asString();
                JsonNode visible = field.path("visibleWhen");
                if (!visible.isMissingNode()) {
                    assertThat(byKey).as(where + " visibleWhen").containsKey(visible.path("field").asString());
                    assertThat(visible.has("equals") || visible.has("in") || visible.has("notEmpty")).as(where).isTrue();
                }
                if (field.path("type").asString().equals("COMPUTED")) {
                    String[] sum = field.path("sum").asString().split("\\.");
                    assertThat(sum).as(where).hasSize(2);
                    JsonNode table = byKey.get(sum[0]);
                    assertThat(table).as(where + " sums a table").isNotNull();
                    assertThat(table.path("columns").values()).as(where)
                            .anyMatch(c -> c.path("key").asString().equals(sum[1])
                                    && c.path("type").asString().equals("NUMBER"));
                }
            }
        }
    }

    @Test
    void theApplicationFormHasAFieldForEveryKeyEveryRuleReads() {
        Set<String> keys = keys(form(DocumentTemplate.APPLICATION_FORM));
        for (EligibilityRule rule : policy.eligibilityRules()) {
            assertThat(keys).as("fields of rule " + rule.id()).containsAll(rule.fieldKeys());
        }
    }

    @Test
    void theInstitutesAreAskedOfComprehensiveCentersOnly() {
        JsonNode institutes = field(form("APPLICATION"), "institutes");
        assertThat(institutes.path("type").asString()).isEqualTo("TABLE");
        assertThat(institutes.path("visibleWhen").path("field").asString()).isEqualTo("centerType");
        assertThat(institutes.path("visibleWhen").path("equals").asString()).isEqualTo("COMPREHENSIVE");
        assertThat(field(form("APPLICATION"), "equipment.totalValue").path("sum").asString())
                .isEqualTo("equipment.originalValue");
        assertThat(field(form("APPLICATION"), "leadUnit.registeredBody").path("catalog").asString())
                .isEqualTo("RECOMMENDING_BODIES");
        assertThat(field(form("APPLICATION"), "leadUnit.creditCode").path("type").asString()).isEqualTo("CREDIT_CODE");
    }

    @Test
    void everyEvidenceTheRulesNameHasAnAttachmentSlotInTheApplication() {
        Set<String> slots = evidenceSlots(form(DocumentTemplate.APPLICATION_FORM));
        for (EligibilityRule rule : policy.eligibilityRules()) {
            assertThat(slots).as("evidence of rule " + rule.id())
                    .containsAll(rule.evidence().stream().map(EvidenceType::code).toList());
        }
    }

    @Test
    void everyTransitionsFormIsShippedAndCarriesWhatItsGuardsRead() {
        Set<String> formCodes = new HashSet<>(forms().stream().map(DocumentTemplate::code).toList());
        JsonNode application = form(DocumentTemplate.APPLICATION_FORM);
        for (Transition t : policy.procedure().transitions()) {
            String where = t.from() + "/" + t.code();
            if (!t.form().isEmpty()) {
                assertThat(formCodes).as(where).contains(t.form());
            }
            Set<String> keys = new HashSet<>(keys(application));
            Set<String> slots = new HashSet<>(evidenceSlots(application));
            if (!t.form().isEmpty()) {
                keys.addAll(keys(form(t.form())));
                slots.addAll(evidenceSlots(form(t.form())));
            }
            for (Guard g : t.guards()) {
                if (g.kind() == GuardKind.EVIDENCE_PRESENT) {
                    assertThat(slots).as(where + " guard").contains(g.reference());
                }
                if (g.kind() == GuardKind.FIELD_PRESENT) {
                    assertThat(keys).as(where + " guard").contains(g.reference());
                }
            }
        }
    }

    @Test
    void formsUseOnlyCatalogsThePolicyDefines() {
        Set<String> catalogs = new HashSet<>(Set.of("CENTER_TYPES", "INDUSTRY_CLUSTERS", "RECOMMENDING_BODIES"));
        policy.catalogs().lists().forEach(c -> catalogs.add(c.code()));
        for (DocumentTemplate document : forms()) {
            allFieldsAndColumns(form(document.code())).filter(f -> f.has("catalog"))
                    .forEach(f -> assertThat(catalogs).as(f.path("key").asString())
                            .contains(f.path("catalog").asString()));
        }
        assertThat(catalogs).contains(Catalog.CO_BUILDING_MODES);
    }

    @Test
    void everyPolicyShipsTheDefaultForms() {
        assertThat(forms()).extracting(DocumentTemplate::code).contains(DocumentTemplate.APPLICATION_FORM,
                DocumentTemplate.RECOMMENDATION_FORM, DocumentTemplate.EXPERT_CONCLUSION_FORM,
                DocumentTemplate.OBJECTION_FORM, DocumentTemplate.SCORE_SHEET_FORM,
                DocumentTemplate.ANNUAL_REPORT_FORM, DocumentTemplate.SELF_EVALUATION_FORM,
                DocumentTemplate.CHANGE_REQUEST_FORM);
    }

    /** Every "article" of every form names articles that exist: 第一条 to 第十七条, clauses of 第八、九条 only. */
    @Test
    void formsCiteOnlyArticlesOfTheMeasures() {
        Pattern one = Pattern.compile("第([一二三四五六七八九十]+)条(?:第（([一二三四])）项)?");
        Map<Integer, Integer> clauses = Map.of(8, 4, 9, 3);
        for (DocumentTemplate document : forms()) {
            allFieldsAndColumns(form(document.code())).filter(f -> f.has("article")).forEach(f -> {
                String where = document.code() + "/" + f.path("key").asString();
                String article = f.path("article").asString();
                assertThat(article).as(where).isNotBlank();
                for (String part : article.split("、")) {
                    var m = one.matcher(part);
                    assertThat(m.matches()).as(where + ": " + part).isTrue();
                    int number = chineseNumber(m.group(1));
                    assertThat(number).as(where + ": " + part).isBetween(1, 17);
                    if (m.group(2) != null) {
                        assertThat(chineseNumber(m.group(2))).as(where + ": " + part)
                                .isLessThanOrEqualTo(clauses.getOrDefault(number, 0));
                    }
                }
            });
        }
    }

    /** A field shown for a value of a choice or yes/no field names a value that field can take. */
    @Test
    void conditionsNameValuesTheirFieldCanTake() {
        for (DocumentTemplate document : forms()) {
            JsonNode form = form(document.code());
            for (JsonNode field : fields(form)) {
                JsonNode visible = field.path("visibleWhen");
                if (visible.isMissingNode() || visible.has("notEmpty")) {
                    continue;
                }
                Set<String> values = new HashSet<>();
                if (visible.has("equals")) {
                    values.add(visible.path("equals").asString());
                }
                visible.path("in").values().forEach(v -> values.add(v.asString()));
                assertThat(codesOf(field(form, visible.path("field").asString())))
                        .as(document.code() + "/" + field.path("key").asString()).containsAll(values);
            }
        }
    }

    /**
     * 第九条第（二）项: each expert scores the conditions the argumentation judges (every EXPERT rule's clause) and
     * the construction plan, on 100 points; the panel's conclusion is a separate form.
     */
    @Test
    void theScoreSheetScoresWhatTheExpertsJudgeOn100Points() {
        JsonNode sheet = form(DocumentTemplate.SCORE_SHEET_FORM);
        List<JsonNode> scores = fields(sheet).stream()
                .filter(f -> f.path("key").asString().startsWith("scoreSheet.score.")).toList();
        assertThat(scores).hasSizeGreaterThanOrEqualTo(5).allSatisfy(f -> {
            assertThat(f.path("type").asString()).isEqualTo("NUMBER");
            assertThat(f.path("required").asBoolean()).isTrue();
            assertThat(f.path("min").asInt()).isZero();
        });
        assertThat(scores.stream().mapToInt(f -> f.path("max").asInt()).sum()).isEqualTo(100);
        Set<String> cited = new HashSet<>();
        scores.forEach(f -> cited.addAll(List.of(f.path("article").asString().split("、"))));
        policy.eligibilityRules().stream().filter(r -> r.kind() == RuleKind.EXPERT)
                .forEach(r -> assertThat(cited).as("rule " + r.id()).contains(r.article()));
        assertThat(keys(sheet)).contains("scoreSheet.expertName", "scoreSheet.noConflict",
                "scoreSheet.recommendation", "scoreSheet.opinion");
        assertThat(field(sheet, "scoreSheet.recommendation").path("options").values())
                .extracting(o -> o.path("code").asString())
                .containsExactlyElementsOf(field(form(DocumentTemplate.EXPERT_CONCLUSION_FORM),
                        XinzhouProcedure.EXPERT_PANEL_CONCLUSION).path("options").values().stream()
                        .map(o -> o.path("code").asString()).toList());
    }

    /** 第十四条: the self-evaluation scores every indicator of evaluation(), up to its weight, with its basis. */
    @Test
    void theSelfEvaluationScoresEveryIndicatorOfTheEvaluationUpToItsWeight() {
        JsonNode form = form(DocumentTemplate.SELF_EVALUATION_FORM);
        List<Indicator> leaves = new ArrayList<>();
        policy.evaluation().indicators().forEach(i -> collectLeaves(i, leaves));
        Set<String> scoreKeys = new HashSet<>();
        for (Indicator leaf : leaves) {
            JsonNode score = field(form, "selfEvaluation.score." + leaf.code());
            scoreKeys.add(score.path("key").asString());
            assertThat(score.path("type").asString()).isEqualTo("NUMBER");
            assertThat(score.path("required").asBoolean()).isTrue();
            assertThat(score.path("min").decimalValue()).isZero();
            assertThat(score.path("max").decimalValue()).as(leaf.code()).isEqualByComparingTo(leaf.weight());
            assertThat(score.path("article").asString()).isEqualTo(Articles.ART_14);
            assertThat(field(form, "selfEvaluation.basis." + leaf.code()).path("type").asString())
                    .isEqualTo("LONG_TEXT");
        }
        assertThat(keys(form)).filteredOn(k -> k.startsWith("selfEvaluation.score."))
                .containsExactlyInAnyOrderElementsOf(scoreKeys);
        for (Indicator group : policy.evaluation().indicators()) {
            assertThat(field(form, "selfEvaluation.evidence." + group.code()).path("evidence").asString())
                    .isEqualTo("PERFORMANCE_EVIDENCE_" + group.code());
        }
        assertThat(evidenceSlots(form)).contains("SELF_EVALUATION_REPORT");
        assertThat(field(form, "selfEvaluation.outstandingAchievements").path("visibleWhen").path("field").asString())
                .isEqualTo("selfEvaluation.outstanding");
    }

    /** 第十五条: the change request offers exactly the change types, and asks what each type changes. */
    @Test
    void theChangeRequestOffersTheChangeTypesOfArticle15() {
        JsonNode form = form(DocumentTemplate.CHANGE_REQUEST_FORM);
        JsonNode type = field(form, "change.type");
        assertThat(type.path("catalog").asString()).isEqualTo(XinzhouCatalogs.CHANGE_TYPES);
        assertThat(type.path("required").asBoolean()).isTrue();
        Catalog catalog = policy.catalogs().list(XinzhouCatalogs.CHANGE_TYPES).orElseThrow();
        assertThat(catalog.entries()).extracting(e -> e.code())
                .containsExactlyElementsOf(policy.changeTypes().stream().map(ChangeType::code).toList());
        assertThat(catalog.entries()).extracting(e -> e.name().zh())
                .containsExactly("更名", "变更主要研究方向", "调整重组");
        assertThat(catalog.article()).isEqualTo(Articles.ART_15);
        Set<String> conditioned = new HashSet<>();
        fields(form).stream().filter(f -> f.path("visibleWhen").path("field").asString().equals("change.type"))
                .forEach(f -> conditioned.add(f.path("visibleWhen").path("equals").asString()));
        assertThat(conditioned).containsExactlyInAnyOrderElementsOf(
                policy.changeTypes().stream().map(ChangeType::code).toList());
        assertThat(keys(form)).contains("change.before", "change.after", "change.reasons");
        assertThat(evidenceSlots(form)).contains("CHANGE_APPLICATION");
        assertThat(field(form, "change.newCoreName").path("pattern").asString())
                .isEqualTo(field(form(DocumentTemplate.APPLICATION_FORM), "coreName").path("pattern").asString());
    }

    @Test
    void theAnnualReportCarriesTheYearsFiguresAndTheirArticles() {
        JsonNode form = form(DocumentTemplate.ANNUAL_REPORT_FORM);
        assertThat(keys(form)).contains("annual.year", "annual.rdSpend", "annual.leadUnitInvestment",
                "coBuilderInputs", "annual.staffTotal", "talents", "ipItems", "projects", "transfers",
                "annual.usableArea", "newEquipment", "annual.servicesOffered", "services", "institutes",
                "annual.boardMeetings", "annual.summary");
        assertThat(field(form, "annual.rdSpend").path("article").asString()).isEqualTo(Articles.ART_12);
        assertThat(field(form, "services").path("article").asString()).isEqualTo(Articles.ART_13);
        assertThat(field(form, "ipItems").path("article").asString()).isEqualTo(Articles.ART_8_2);
        assertThat(field(form, "annual.usableArea").path("article").asString()).isEqualTo(Articles.ART_8_3);
        assertThat(field(form, "institutes").path("visibleWhen").path("equals").asString())
                .isEqualTo(XinzhouCatalogs.COMPREHENSIVE);
        assertThat(fields(form)).filteredOn(f -> f.path("type").asString().equals("COMPUTED"))
                .extracting(f -> f.path("sum").asString()).contains("coBuilderInputs.contribution",
                        "newEquipment.originalValue", "services.income", "transfers.income");
    }

    @Test
    void templatesCarryTheirPlaceholders() {
        assertThat(template("NOTICE")).contains("${centerNames}", "${noticeStart}", "${noticeEnd}", "忻州市科学技术局",
                "书面", "公章", "真实姓名", "5个工作日");
        assertThat(template("DECISION")).contains("${centerNames}", "${decisionNumber}", "${decisionDate}",
                "忻州市技术创新中心");
        assertThat(template("CERTIFICATE")).contains("${centerName}", "${decisionNumber}", "${decisionDate}");
        for (String code : List.of("NOTICE", "DECISION", "CERTIFICATE")) {
            assertThat(Pattern.compile("\\$\\{([^}]*)}").matcher(template(code)).results()
                    .map(m -> m.group(1)).toList()).as(code).allMatch(p -> p.matches("[a-zA-Z]+"));
        }
    }

    private void checkField(String where, JsonNode field, boolean column) {
        String type = field.path("type").asString();
        assertThat(TYPES).as(where + " type").contains(type);
        if (column) {
            assertThat(NOT_IN_COLUMNS).as(where + " column type").doesNotContain(type);
        }
        assertThat(KEY.matcher(field.path("key").asString()).matches()).as(where + " key").isTrue();
        assertThat(field.path("label").path("zh").asString()).as(where + " label").isNotBlank();
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(PROPERTIES.getOrDefault(type, Set.of()));
        assertThat(field.propertyNames()).as(where + " properties").isSubsetOf(allowed);
        switch (type) {
            case "CHOICE", "MULTI_CHOICE" -> assertThat(field.has("catalog") ^ field.has("options")).as(where).isTrue();
            case "DECLARATION" -> assertThat(field.path("text").path("zh").asString()).as(where).isNotBlank();
            case "ATTACHMENT" -> {
                assertThat(field.path("evidence").asString()).as(where).matches("[A-Z][A-Z0-9_]*");
                field.path("accept").values().forEach(a -> assertThat(FILE_TYPES).as(where).contains(a.asString()));
            }
            case "TABLE" -> {
                Set<String> columnKeys = new HashSet<>();
                assertThat(field.path("columns").values()).as(where).isNotEmpty();
                for (JsonNode c : field.path("columns").values()) {
                    assertThat(columnKeys.add(c.path("key").asString())).as(where + " column key").isTrue();
                    checkField(where + "." + c.path("key").asString(), c, true);
                }
            }
            default -> {
            }
        }
        if (field.has("pattern")) {
            Pattern.compile(field.path("pattern").asString());
        }
    }

    /** The codes a choice or yes/no field accepts. */
    private Set<String> codesOf(JsonNode field) {
        Set<String> codes = new HashSet<>();
        switch (field.path("type").asString()) {
            case "YES_NO" -> codes.addAll(Set.of("true", "false"));
            case "CHOICE", "MULTI_CHOICE" -> {
                field.path("options").values().forEach(o -> codes.add(o.path("code").asString()));
                String catalog = field.path("catalog").asString();
                var catalogs = policy.catalogs();
                switch (catalog) {
                    case "CENTER_TYPES" -> catalogs.centerTypes().forEach(c -> codes.add(c.code()));
                    case "INDUSTRY_CLUSTERS" -> catalogs.allClusters().forEach(c -> codes.add(c.code()));
                    case "RECOMMENDING_BODIES" -> catalogs.recommendingBodies().forEach(b -> codes.add(b.code()));
                    case "" -> {
                    }
                    default -> catalogs.list(catalog).orElseThrow().entries().forEach(e -> codes.add(e.code()));
                }
            }
            default -> throw new AssertionError(field.path("key").asString() + " cannot be a condition");
        }
        return codes;
    }

    private static int chineseNumber(String text) {
        String digits = "一二三四五六七八九";
        if (text.startsWith("十")) {
            return 10 + (text.length() > 1 ? digits.indexOf(text.charAt(1)) + 1 : 0);
        }
        int value = digits.indexOf(text.charAt(0)) + 1;
        if (text.length() == 1) {
            return value;
        }
        return value * 10 + (text.length() > 2 ? digits.indexOf(text.charAt(2)) + 1 : 0);
    }

    private static void collectLeaves(Indicator indicator, List<Indicator> leaves) {
        if (indicator.children().isEmpty()) {
            leaves.add(indicator);
        } else {
            indicator.children().forEach(c -> collectLeaves(c, leaves));
        }
    }

    private List<DocumentTemplate> forms() {
        return policy.documents().stream().filter(d -> d.kind() == DocumentTemplate.Kind.FORM).toList();
    }

    private JsonNode form(String code) {
        DocumentTemplate document = policy.documents().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + code));
        return json.readTree(resource(document.resource()));
    }

    private String template(String code) {
        return resource(policy.documents().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow()
                .resource());
    }

    private static List<JsonNode> fields(JsonNode form) {
        List<JsonNode> fields = new ArrayList<>();
        form.path("sections").values().forEach(s -> fields.addAll(s.path("fields").values()));
        return fields;
    }

    private static Stream<JsonNode> allFieldsAndColumns(JsonNode form) {
        return fields(form).stream().flatMap(f -> Stream.concat(Stream.of(f), f.path("columns").values().stream()));
    }

    private static JsonNode field(JsonNode form, String key) {
        return fields(form).stream().filter(f -> f.path("key").asString().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
    }

    private static Set<String> keys(JsonNode form) {
        Set<String> keys = new HashSet<>();
        fields(form).forEach(f -> keys.add(f.path("key").asString()));
        return keys;
    }

    private static Set<String> evidenceSlots(JsonNode form) {
        Set<String> slots = new HashSet<>();
        fields(form).stream().filter(f -> f.path("type").asString().equals("ATTACHMENT"))
                .forEach(f -> slots.add(f.path("evidence").asString()));
        return slots;
    }

    private static String resource(String path) {
        try (InputStream in = XinzhouPolicy.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("resource " + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(path, e);
        }
    }
}
