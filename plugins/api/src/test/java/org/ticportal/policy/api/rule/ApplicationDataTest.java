package org.ticportal.policy.api.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
}
