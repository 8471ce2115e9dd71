package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ticportal.policy.api.Catalog;
import org.ticportal.policy.api.CatalogEntry;
import org.ticportal.policy.api.DocumentTemplate;
import org.ticportal.policy.api.change.ChangeType;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.procedure.Guard;
import org.ticportal.policy.api.procedure.GuardKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.rule.EligibilityRule;
import org.ticportal.policy.api.rule.EvidenceType;
import org.ticportal.policy.api.rule.FieldKeys;
import org.ticportal.policy.api.rule.RuleKind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped forms follow docs/form-definitions.md and carry every field the rules and guards read. */
class ShanxiFormsTest {

    private static final ShanxiPolicy POLICY = new ShanxiPolicy();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> TYPES = Set.of("TEXT", "LONG_TEXT", "NUMBER", "DATE", "CHOICE", "MULTI_CHOICE",
            "YES_NO", "DECLARATION", "CREDIT_CODE", "TABLE", "ATTACHMENT", "COMPUTED");
    private static final Set<String> FIELD_PROPERTIES = Set.of("key", "type", "label", "help", "required", "article",
            "visibleWhen", "unit", "min", "max", "decimals", "maxLength", "pattern", "patternMessage", "catalog",
            "options", "text", "columns", "minRows", "maxRows", "evidence", "accept", "maxSizeMb", "maxFiles", "sum");
    private static final Set<String> NUMBER = Set.of("NUMBER");
    private static final Set<String> TEXTS = Set.of("TEXT", "LONG_TEXT");
    private static final Set<String> CHOICES = Set.of("CHOICE", "MULTI_CHOICE");
    private static final Map<String, Set<String>> ONLY_FOR = Map.ofEntries(
            Map.entry("unit", NUMBER), Map.entry("min", NUMBER), Map.entry("max", NUMBER),
            Map.entry("decimals", NUMBER), Map.entry("maxLength", TEXTS), Map.entry("pattern", TEXTS),
            Map.entry("patternMessage", TEXTS), Map.entry("catalog", CHOICES), Map.entry("options", CHOICES),
            Map.entry("text", Set.of("DECLARATION")), Map.entry("columns", Set.of("TABLE")),
            Map.entry("minRows", Set.of("TABLE")), Map.entry("maxRows", Set.of("TABLE")),
            Map.entry("evidence", Set.of("ATTACHMENT")), Map.entry("accept", Set.of("ATTACHMENT")),
            Map.entry("maxSizeMb", Set.of("ATTACHMENT")), Map.entry("maxFiles", Set.of("ATTACHMENT")),
            Map.entry("sum", Set.of("COMPUTED")));
    private static final Set<String> FILE_TYPES = Set.of("pdf", "jpg", "png", "docx", "xlsx", "ofd");
    private static final String KEY = "[A-Za-z0-9._]+";

    private static List<DocumentTemplate> forms() {
        return POLICY.documents().stream().filter(d -> d.kind() == DocumentTemplate.Kind.FORM).toList();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ShanxiFormsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }

    private static JsonNode form(String code) {
        return read(forms().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().resource());
    }

    /** The form's fields (not table columns), in order. */
    private static List<JsonNode> fields(JsonNode form) {
        List<JsonNode> fields = new ArrayList<>();
        form.get("sections").forEach(s -> s.get("fields").forEach(fields::add));
        return fields;
    }

    private static Map<String, JsonNode> fieldsByKey(JsonNode form) {
        return fields(form).stream().collect(Collectors.toMap(f -> f.get("key").asString(), f -> f));
    }

    private static Set<String> evidenceCodes(JsonNode form) {
        return fields(form).stream().filter(f -> f.get("type").asString().equals("ATTACHMENT"))
                .map(f -> f.get("evidence").asString()).collect(Collectors.toSet());
    }

    static Stream<DocumentTemplate> formDocuments() {
        return forms().stream();
    }

    @Test
    void everyListedResourceExists() {
        assertThat(POLICY.documents()).extracting(DocumentTemplate::code).doesNotHaveDuplicates()
                .contains("APPLICATION", "RECOMMENDATION", "FORMAL_REVIEW", "EXPERT_CONCLUSION", "SITE_INSPECTION",
                        "PARTY_GROUP", "OBJECTION", "NOTICE", "DECISION", "CERTIFICATE",
                        DocumentTemplate.SCORE_SHEET_FORM, DocumentTemplate.ANNUAL_REPORT_FORM,
                        DocumentTemplate.SELF_EVALUATION_FORM, DocumentTemplate.CHANGE_REQUEST_FORM);
        for (DocumentTemplate d : POLICY.documents()) {
            assertThat(getClass().getClassLoader().getResource(d.resource())).as(d.resource()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formDocuments")
    void eachFormParsesAndFollowsTheDocumentedFormat(DocumentTemplate document) {
        JsonNode form = read(document.resource());
        assertThat(form.get("code").asString()).isEqualTo(document.code());
        assertThat(form.get("title").get("zh").asString()).isNotBlank();
        assertThat(form.get("sections").isArray()).isTrue();
        Set<String> keys = new HashSet<>();
        Set<String> sectionKeys = new HashSet<>();
        Set<String> catalogs = new HashSet<>(Set.of("CENTER_TYPES", "INDUSTRY_CLUSTERS", "RECOMMENDING_BODIES"));
        POLICY.catalogs().lists().stream().map(Catalog::code).forEach(catalogs::add);
        for (JsonNode section : form.get("sections")) {
            assertThat(sectionKeys.add(section.get("key").asString())).isTrue();
            assertThat(section.get("title").get("zh").asString()).isNotBlank();
            for (JsonNode field : section.get("fields")) {
                String key = field.get("key").asString();
                assertThat(keys.add(key)).as("unique key " + key).isTrue();
                checkField(field, catalogs, false);
            }
        }
        for (JsonNode field : fields(form)) {
            if (field.has("visibleWhen")) {
                assertThat(keys).as("visibleWhen of " + field.get("key")).contains(
                        field.get("visibleWhen").get("field").asString());
            }
        }
    }

    private static void checkField(JsonNode field, Set<String> catalogs, boolean column) {
        String key = field.get("key").asString();
        String type = field.get("type").asString();
        assertThat(key).matches(KEY);
        assertThat(TYPES).as(key).contains(type);
        assertThat(field.get("label").get("zh").asString()).as(key).isNotBlank();
        for (String property : field.propertyNames()) {
            assertThat(FIELD_PROPERTIES).as(key + "." + property).contains(property);
            if (ONLY_FOR.containsKey(property)) {
                assertThat(ONLY_FOR.get(property)).as(key + "." + property + " on " + type).contains(type);
            }
        }
        switch (type) {
            case "CHOICE", "MULTI_CHOICE" -> {
                assertThat(field.has("catalog") || field.has("options")).as(key).isTrue();
                if (field.has("catalog")) {
                    assertThat(catalogs).as(key).contains(field.get("catalog").asString());
                }
            }
            case "DECLARATION" -> assertThat(field.get("text").get("zh").asString()).as(key).isNotBlank();
            case "TABLE" -> {
                assertThat(column).as("no table in a table: " + key).isFalse();
                Set<String> columns = new HashSet<>();
                for (JsonNode c : field.get("columns")) {
                    assertThat(columns.add(c.get("key").asString())).as(key + " column").isTrue();
                    assertThat(c.get("type").asString()).as(key + " column")
                            .isNotIn("TABLE", "ATTACHMENT", "COMPUTED");
                    checkField(c, catalogs, true);
                }
            }
            case "ATTACHMENT" -> {
                assertThat(field.get("evidence").asString()).as(key).matches("[A-Z][A-Z0-9_]*");
                field.get("accept").forEach(a -> assertThat(FILE_TYPES).as(key).contains(a.asString()));
            }
            case "COMPUTED" -> assertThat(field.get("sum").asString()).as(key).matches(KEY + "\\." + "[A-Za-z0-9_]+");
            default -> {
            }
        }
    }

    @Test
    void theApplicationHasAFieldForEveryKeyARuleReads() {
        Set<String> keys = fieldsByKey(form("APPLICATION")).keySet();
        for (EligibilityRule rule : POLICY.eligibilityRules()) {
            assertThat(keys).as(rule.id()).containsAll(rule.fieldKeys());
        }
        assertThat(keys).contains(FieldKeys.CENTER_TYPE, FieldKeys.CORE_NAME, FieldKeys.INSTITUTES,
                FieldKeys.CO_BUILDERS);
    }

    @Test
    void theApplicationHasAnAttachmentForEveryEvidenceARuleOrTheSubmissionAsksFor() {
        Set<String> attachments = evidenceCodes(form("APPLICATION"));
        POLICY.eligibilityRules().stream().flatMap(r -> r.evidence().stream()).map(EvidenceType::code)
                .forEach(code -> assertThat(attachments).as(code).contains(code));
        POLICY.procedure().from("DRAFT").stream().flatMap(t -> t.guards().stream())
                .filter(g -> g.kind() == GuardKind.EVIDENCE_PRESENT)
                .forEach(g -> assertThat(attachments).as(g.reference()).contains(g.reference()));
    }

    @Test
    void everyTransitionsFormExistsAndHoldsWhatItsGuardsRequire() {
        Set<String> formCodes = forms().stream().map(DocumentTemplate::code).collect(Collectors.toSet());
        Set<String> application = fieldsByKey(form("APPLICATION")).keySet();
        Set<String> applicationEvidence = evidenceCodes(form("APPLICATION"));
        for (Transition t : POLICY.procedure().transitions()) {
            String name = t.from() + "/" + t.code();
            if (!t.form().isEmpty()) {
                assertThat(formCodes).as(name).contains(t.form());
            }
            JsonNode stepForm = t.form().isEmpty() ? null : form(t.form());
            for (Guard g : t.guards()) {
                if (g.kind() == GuardKind.FIELD_PRESENT) {
                    Set<String> keys = new HashSet<>(application);
                    if (stepForm != null) {
                        keys.addAll(fieldsByKey(stepForm).keySet());
                    }
                    assertThat(keys).as(name + " needs " + g.reference()).contains(g.reference());
                }
                if (g.kind() == GuardKind.EVIDENCE_PRESENT) {
                    Set<String> codes = new HashSet<>(applicationEvidence);
                    if (stepForm != null) {
                        codes.addAll(evidenceCodes(stepForm));
                    }
                    assertThat(codes).as(name + " needs " + g.reference()).contains(g.reference());
                }
            }
        }
    }

    @Test
    void theApplicationCarriesTheProvincialFields() {
        Map<String, JsonNode> fields = fieldsByKey(form("APPLICATION"));
        JsonNode directions = fields.get(FieldKeys.RESEARCH_DIRECTIONS);
        assertThat(directions.get("type").asString()).isEqualTo("TABLE");
        assertThat(directions.get("minRows").asInt()).isEqualTo(3);
        assertThat(directions.get("maxRows").asInt()).isEqualTo(5);
        assertThat(directions.get("columns")).extracting(c -> c.get("key").asString())
                .containsExactly("name", "description");
        JsonNode funds = fields.get(FieldKeys.MATCHING_FUNDS);
        assertThat(funds.get("type").asString()).isEqualTo("NUMBER");
        assertThat(funds.get("unit").asString()).isEqualTo("万元");
        assertThat(fields.get(FieldKeys.LEAD_UNIT_CREDIT_CODE).get("type").asString()).isEqualTo("CREDIT_CODE");
        assertThat(fields.get(FieldKeys.DIRECTOR_ID).get("type").asString()).isEqualTo("TEXT");
        JsonNode institutes = fields.get(FieldKeys.INSTITUTES);
        assertThat(institutes.get("type").asString()).isEqualTo("TABLE");
        assertThat(institutes.get("visibleWhen").get("field").asString()).isEqualTo(FieldKeys.CENTER_TYPE);
        assertThat(institutes.get("visibleWhen").get("equals").asString()).isEqualTo("COMPREHENSIVE");
        assertThat(fields.values()).filteredOn(f -> f.get("type").asString().equals("COMPUTED"))
                .extracting(f -> f.get("sum").asString()).containsExactly("equipment.originalValue");
        assertThat(fields.get(FieldKeys.USABLE_AREA).get("help").get("zh").asString()).contains("1000");
    }

    @Test
    void theFormalReviewFormRecordsThePaperCopy() {
        assertThat(fieldsByKey(form("FORMAL_REVIEW"))).containsKey(ShanxiProcedure.PAPER_COPY_RECEIVED);
        assertThat(fieldsByKey(form("RECOMMENDATION"))).containsKey(FieldKeys.RECOMMENDATION_LETTER_NO);
    }

    /** Every field and column with its source and fields with their conditions, for each form. */
    private static Stream<JsonNode> fieldsAndColumns(JsonNode form) {
        return fields(form).stream().flatMap(f -> Stream.concat(Stream.of(f),
                f.has("columns") ? f.get("columns").values().stream() : Stream.empty()));
    }

    /**
     * Every "article" cites one of the sources of {@link Sources} in each of its parts, and every Xinzhou article it
     * borrows (同忻州市办法第…条) exists: 第一条 to 第十七条, clauses of 第八、九条 only.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formDocuments")
    void eachFormCitesKnownSources(DocumentTemplate document) {
        List<String> sources = List.of(Sources.MEASURES, Sources.CALL_2021, Sources.CALL_2022, Sources.CALL_2024,
                Sources.CALLS, Sources.DEFAULT, Sources.PRACTICE, Sources.EVALUATION_PRACTICE);
        Pattern borrowed = Pattern.compile("同忻州市办法((?:[^（）]|（[一二三四]）)+)）");
        Pattern one = Pattern.compile("第([一二三四五六七八九十]+)条(?:第（([一二三四])）项)?");
        fieldsAndColumns(read(document.resource())).filter(f -> f.has("article")).forEach(f -> {
            String where = document.code() + "/" + f.get("key").asString();
            String article = f.get("article").asString();
            for (String part : article.split("；")) {
                assertThat(sources).as(where + ": " + part).anyMatch(part::contains);
            }
            Matcher m = borrowed.matcher(article);
            while (m.find()) {
                for (String a : m.group(1).split("、")) {
                    Matcher n = one.matcher(a);
                    assertThat(n.matches()).as(where + ": " + a).isTrue();
                    int number = chineseNumber(n.group(1));
                    assertThat(number).as(where + ": " + a).isBetween(1, 17);
                    if (n.group(2) != null) {
                        assertThat(chineseNumber(n.group(2))).as(where + ": " + a)
                                .isLessThanOrEqualTo(Map.of(8, 4, 9, 3).getOrDefault(number, 0));
                    }
                }
            }
        });
    }

    /** A field shown for a value of a choice or yes/no field names a value that field can take. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formDocuments")
    void eachConditionNamesAValueItsFieldCanTake(DocumentTemplate document) {
        JsonNode form = read(document.resource());
        Map<String, JsonNode> byKey = fieldsByKey(form);
        for (JsonNode field : fields(form)) {
            JsonNode visible = field.get("visibleWhen");
            if (visible == null || visible.has("notEmpty")) {
                continue;
            }
            Set<String> values = new HashSet<>();
            if (visible.has("equals")) {
                values.add(visible.get("equals").asString());
            }
            if (visible.has("in")) {
                visible.get("in").forEach(v -> values.add(v.asString()));
            }
            assertThat(codesOf(byKey.get(visible.get("field").asString())))
                    .as(document.code() + "/" + field.get("key").asString()).containsAll(values);
        }
    }

    @Test
    void theScoreSheetScoresRecognitionOn100PointsAndConversionOnTheConversionSheet() {
        JsonNode sheet = form(DocumentTemplate.SCORE_SHEET_FORM);
        List<JsonNode> recognition = fields(sheet).stream()
                .filter(f -> f.get("key").asString().startsWith("scoreSheet.score.")).toList();
        assertThat(recognition).hasSizeGreaterThanOrEqualTo(5).allSatisfy(f -> {
            assertThat(f.get("type").asString()).isEqualTo("NUMBER");
            assertThat(f.get("min").asInt()).isZero();
            assertThat(f.get("visibleWhen").get("equals").asString()).isEqualTo("RECOGNITION");
        });
        assertThat(recognition.stream().mapToInt(f -> f.get("max").asInt()).sum()).isEqualTo(100);
        Set<String> cited = new HashSet<>();
        recognition.forEach(f -> cited.addAll(List.of(f.get("article").asString().split("；"))));
        POLICY.eligibilityRules().stream().filter(r -> r.kind() == RuleKind.EXPERT).forEach(r -> assertThat(cited)
                .as("rule " + r.id()).containsAll(List.of(r.article().split("；"))));

        Map<String, JsonNode> fields = fieldsByKey(sheet);
        List<Indicator> conversion = POLICY.conversionSources().getFirst().scoringSheet();
        assertThat(conversion).isNotEmpty();
        for (Indicator i : conversion) {
            JsonNode score = fields.get("scoreSheet.conversionScore." + i.code());
            assertThat(score).as(i.code()).isNotNull();
            assertThat(score.get("max").decimalValue()).isEqualByComparingTo(i.weight());
            assertThat(score.get("visibleWhen").get("equals").asString()).isEqualTo("CONVERSION");
        }
        assertThat(fields.keySet()).filteredOn(k -> k.startsWith("scoreSheet.conversionScore."))
                .hasSameSizeAs(conversion);
        assertThat(evidenceCodes(sheet)).contains("EXPERT_SCORE_SHEETS");
    }

    @Test
    void theSelfEvaluationScoresEveryIndicatorOfTheEvaluationUpToItsWeight() {
        JsonNode form = form(DocumentTemplate.SELF_EVALUATION_FORM);
        Map<String, JsonNode> fields = fieldsByKey(form);
        List<Indicator> leaves = new ArrayList<>();
        POLICY.evaluation().indicators().forEach(i -> collectLeaves(i, leaves));
        for (Indicator leaf : leaves) {
            JsonNode score = fields.get("selfEvaluation.score." + leaf.code());
            assertThat(score).as(leaf.code()).isNotNull();
            assertThat(score.get("type").asString()).isEqualTo("NUMBER");
            assertThat(score.get("required").asBoolean()).isTrue();
            assertThat(score.get("max").decimalValue()).as(leaf.code()).isEqualByComparingTo(leaf.weight());
            assertThat(fields).containsKey("selfEvaluation.basis." + leaf.code());
        }
        assertThat(fields.keySet()).filteredOn(k -> k.startsWith("selfEvaluation.score.")).hasSameSizeAs(leaves);
        for (Indicator group : POLICY.evaluation().indicators()) {
            assertThat(fields.get("selfEvaluation.evidence." + group.code()).get("evidence").asString())
                    .isEqualTo("PERFORMANCE_EVIDENCE_" + group.code());
        }
        assertThat(evidenceCodes(form)).contains("SELF_EVALUATION_REPORT");
    }

    @Test
    void theChangeRequestOffersTheChangeTypesAndKeepsTheProvincialRules() {
        JsonNode form = form(DocumentTemplate.CHANGE_REQUEST_FORM);
        Map<String, JsonNode> fields = fieldsByKey(form);
        assertThat(fields.get("change.type").get("catalog").asString()).isEqualTo(ShanxiCatalogs.CHANGE_TYPES);
        assertThat(POLICY.catalogs().list(ShanxiCatalogs.CHANGE_TYPES).orElseThrow().entries())
                .extracting(CatalogEntry::code)
                .containsExactlyElementsOf(POLICY.changeTypes().stream().map(ChangeType::code).toList());
        Set<String> conditioned = fields(form).stream().filter(f -> f.has("visibleWhen")
                        && f.get("visibleWhen").get("field").asString().equals("change.type"))
                .map(f -> f.get("visibleWhen").get("equals").asString()).collect(Collectors.toSet());
        assertThat(conditioned).containsExactlyInAnyOrderElementsOf(
                POLICY.changeTypes().stream().map(ChangeType::code).toList());
        assertThat(fields.get("change.newCoreName").get("pattern").asString())
                .isEqualTo(fieldsByKey(form("APPLICATION")).get(FieldKeys.CORE_NAME).get("pattern").asString());
        JsonNode after = fields.get("directionsAfter");
        assertThat(after.get("minRows").asInt()).isEqualTo(3);
        assertThat(after.get("maxRows").asInt()).isEqualTo(5);
        assertThat(fields.keySet()).contains("change.before", "change.after", "change.reasons");
        assertThat(evidenceCodes(form)).contains("CHANGE_APPLICATION");
    }

    @Test
    void theAnnualReportCarriesTheProvincialFigures() {
        Map<String, JsonNode> fields = fieldsByKey(form(DocumentTemplate.ANNUAL_REPORT_FORM));
        assertThat(fields.keySet()).contains("annual.year", "annual.rdSpend", "annual.matchingFunds",
                "coBuilderInputs", "annual.staffTotal", "talents", "ipItems", "transfers", "annual.usableArea",
                "newEquipment", "services", "directionProgress", "annual.directorOtherPlatform");
        assertThat(fields.get("annual.usableArea").get("help").get("zh").asString()).contains("1000");
        assertThat(fields.get("directionProgress").get("minRows").asInt()).isEqualTo(3);
        assertThat(fields.get("directionProgress").get("maxRows").asInt()).isEqualTo(5);
        assertThat(fields.get("annual.matchingFunds").get("article").asString()).contains(Sources.CALL_2022);
    }

    private static Set<String> codesOf(JsonNode field) {
        Set<String> codes = new HashSet<>();
        switch (field.get("type").asString()) {
            case "YES_NO" -> codes.addAll(Set.of("true", "false"));
            case "CHOICE", "MULTI_CHOICE" -> {
                if (field.has("options")) {
                    field.get("options").forEach(o -> codes.add(o.get("code").asString()));
                }
                var catalogs = POLICY.catalogs();
                switch (field.has("catalog") ? field.get("catalog").asString() : "") {
                    case "" -> {
                    }
                    case "CENTER_TYPES" -> catalogs.centerTypes().forEach(c -> codes.add(c.code()));
                    case "INDUSTRY_CLUSTERS" -> catalogs.allClusters().forEach(c -> codes.add(c.code()));
                    case "RECOMMENDING_BODIES" -> catalogs.recommendingBodies().forEach(b -> codes.add(b.code()));
                    default -> catalogs.list(field.get("catalog").asString()).orElseThrow().entries()
                            .forEach(e -> codes.add(e.code()));
                }
            }
            default -> throw new AssertionError(field.get("key").asString() + " cannot be a condition");
        }
        return codes;
    }

    private static int chineseNumber(String text) {
        String digits = "一二三四五六七八九";
        if (text.startsWith("十")) {
            return 10 + (text.length() > 1 ? digits.indexOf(text.charAt(1)) + 1 : 0);
        }
        int value = digits.indexOf(text.charAt(0)) + 1;
        return text.length() == 1 ? value : value * 10 + (text.length() > 2 ? digits.indexOf(text.charAt(2)) + 1 : 0);
    }

    private static void collectLeaves(Indicator indicator, List<Indicator> leaves) {
        if (indicator.children().isEmpty()) {
            leaves.add(indicator);
        } else {
            indicator.children().forEach(c -> collectLeaves(c, leaves));
        }
    }

    @Test
    void theTextTemplatesHaveTheirPlaceholders() throws IOException {
        assertThat(template("NOTICE")).contains("${centerNames}", "${noticeStart}", "${noticeEnd}", "晋科发〔2020〕64号");
        assertThat(template("DECISION")).contains("${centerNames}", "${decisionNumber}", "${decisionDate}");
        assertThat(template("CERTIFICATE")).contains("${centerName}", "${decisionNumber}", "${decisionDate}");
    }

    private String template(String code) throws IOException {
        DocumentTemplate d = POLICY.documents().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
        assertThat(d.mediaType()).isEqualTo("text/plain");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(d.resource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
