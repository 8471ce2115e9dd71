package org.ticportal.policy.api.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApplicationDataTest {

    @Test
    void textIsStrippedAndBlankTextIsAbsent() {
        ApplicationData data = ApplicationData.of(Map.of("a", "  煤机  ", "b", "   "));

        assertThat(data.text("a")).contains("煤机");
        assertThat(data.text("b")).isEmpty();
        assertThat(data.text("c")).isEmpty();
    }

    @Test
    void numbersComeFromNumbersOrNumericText() {
        ApplicationData data = ApplicationData.of(Map.of("int", 500, "double", 12.5, "text", "1000.00",
                "decimal", new BigDecimal("3.14"), "word", "many"));

        assertThat(data.number("int")).contains(new BigDecimal("500"));
        assertThat(data.number("double")).contains(new BigDecimal("12.5"));
        assertThat(data.number("text")).contains(new BigDecimal("1000.00"));
        assertThat(data.number("decimal")).contains(new BigDecimal("3.14"));
        assertThat(data.number("word")).isEmpty();
        assertThat(data.number("none")).isEmpty();
    }

    @Test
    void flagsComeFromBooleansOrTheTextsTrueAndFalse() {
        ApplicationData data = ApplicationData.of(Map.of("yes", true, "no", false, "textYes", "true",
                "other", "是"));

        assertThat(data.flag("yes")).contains(true);
        assertThat(data.flag("no")).contains(false);
        assertThat(data.flag("textYes")).contains(true);
        assertThat(data.flag("other")).isEmpty();
        assertThat(data.flag("none")).isEmpty();
    }

    @Test
    void choicesComeFromAListOrASingleCode() {
        ApplicationData data = ApplicationData.of(Map.of("many", List.of("A", "B"), "one", "A"));

        assertThat(data.choices("many")).containsExactly("A", "B");
        assertThat(data.choices("one")).containsExactly("A");
        assertThat(data.choices("none")).isEmpty();
    }

    @Test
    void rowsComeFromAListOfMaps() {
        ApplicationData data = ApplicationData.of(Map.of("team", List.of(Map.of("name", "张明")), "text", "x"));

        assertThat(data.rows("team")).containsExactly(Map.of("name", "张明"));
        assertThat(data.rows("text")).isEmpty();
    }

    @Test
    void aListHasNoText() {
        ApplicationData data = ApplicationData.of(Map.of("empty", List.of(), "many", List.of("A", "B")));

        assertThat(data.text("empty")).isEmpty();
        assertThat(data.text("many")).isEmpty();
    }

    @Test
    void evidenceIsTheSetOfCodesUnderTheEvidenceKey() {
        ApplicationData data = ApplicationData.of(Map.of(ApplicationData.EVIDENCE,
                Set.of(EvidenceCodes.BUSINESS_LICENCE)));

        assertThat(data.hasEvidence(EvidenceCodes.BUSINESS_LICENCE)).isTrue();
        assertThat(data.hasEvidence(EvidenceCodes.FLOOR_PLAN)).isFalse();
        assertThat(ApplicationData.of(Map.of()).hasEvidence(EvidenceCodes.BUSINESS_LICENCE)).isFalse();
    }

    @Test
    void evidenceMayAlsoBeGivenBesideTheValuesAsThePortalDoes() {
        ApplicationData data = ApplicationData.of(Map.of("area.usable", new BigDecimal("800")),
                List.of(EvidenceCodes.FLOOR_PLAN));

        assertThat(data.hasEvidence(EvidenceCodes.FLOOR_PLAN)).isTrue();
        assertThat(data.hasEvidence(EvidenceCodes.BUSINESS_LICENCE)).isFalse();
        assertThat(data.number("area.usable")).contains(new BigDecimal("800"));
    }

    @Test
    void theEvidenceKeyIsNoValue() {
        ApplicationData data = ApplicationData.of(Map.of(ApplicationData.EVIDENCE, List.of("A", "B")));

        assertThat(data.hasEvidence("B")).as("any collection of codes").isTrue();
        assertThat(data.choices(ApplicationData.EVIDENCE)).isEmpty();
    }

    @Test
    void thePartsOfAPersonOrUnitAreReadAsKeyDotPart() {
        ApplicationData data = ApplicationData.of(Map.of(
                "director", Map.of("name", "王研究员", "title", "FULL_SENIOR", "degree", "DOCTOR"),
                "lead", Map.of("name", "示例公司", "creditCode", "91140900MA0K123456"),
                "area.usable", new BigDecimal("800")));

        assertThat(data.text("director.name")).contains("王研究员");
        assertThat(data.text("director.title")).contains("FULL_SENIOR");
        assertThat(data.text("lead.creditCode")).contains("91140900MA0K123456");
        assertThat(data.text("director.idNumber")).as("a part not given").isEmpty();
        assertThat(data.number("area.usable")).as("a field whose key has a dot").contains(new BigDecimal("800"));
    }

    @Test
    void aPersonOrUnitHasNoTextOfItsOwnButIsFilledIn() {
        ApplicationData data = ApplicationData.of(Map.of("director", Map.of("name", "王研究员"),
                "nobody", Map.of("name", " ")));

        assertThat(data.text("director")).isEmpty();
        assertThat(data.choices("director")).isEmpty();
        assertThat(data.rows("director")).isEmpty();
        assertThat(data.has("director")).isTrue();
        assertThat(data.has("nobody")).isFalse();
        assertThat(data.has("none")).isFalse();
    }

    @Test
    void aDecimalReadsAsPlainText() {
        ApplicationData data = ApplicationData.of(Map.of("area", new BigDecimal("1E+3"), "yes", true));

        assertThat(data.text("area")).contains("1000");
        assertThat(data.text("yes")).as("oneOf(..., List.of(\"true\")) reads a flag as text").contains("true");
    }

    @Test
    void numbersThatAreNoDecimalAreAbsent() {
        ApplicationData data = ApplicationData.of(Map.of("nan", Double.NaN, "blank", " "));

        assertThat(data.number("nan")).isEmpty();
        assertThat(data.number("blank")).isEmpty();
    }

    @Test
    void attachmentsAndMultiChoicesAreListsOfTextNotRows() {
        ApplicationData data = ApplicationData.of(Map.of("files", List.of("f1", "f2"),
                "mixed", List.of("A", Map.of("name", "x"))));

        assertThat(data.rows("files")).isEmpty();
        assertThat(data.choices("files")).containsExactly("f1", "f2");
        assertThat(data.rows("mixed")).as("only a list of maps is a table").isEmpty();
        assertThat(data.choices("mixed")).as("rows are no codes").containsExactly("A");
    }

    @Test
    void aNullValueIsAbsent() {
        Map<String, Object> values = new HashMap<>();
        values.put("a", null);
        values.put("b", "x");
        ApplicationData data = ApplicationData.of(values);

        assertThat(data.text("a")).isEmpty();
        assertThat(data.has("a")).isFalse();
        assertThat(data.has("b")).isTrue();
    }

    @Test
    void aFlagOrATableIsAValueToo() {
        ApplicationData data = ApplicationData.of(Map.of("no", false, "team", List.of(Map.of("name", "张明")),
                "empty", List.of()));

        assertThat(data.has("no")).as("a no is an answer").isTrue();
        assertThat(data.has("team")).isTrue();
        assertThat(data.has("empty")).isFalse();
    }
}
