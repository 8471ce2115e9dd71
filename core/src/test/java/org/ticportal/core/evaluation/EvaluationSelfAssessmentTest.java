package org.ticportal.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The self-assessment embedded in an evaluation: Hibernate loads none when all its columns are null (nothing saved
 * yet), and the evaluation reads that as an empty one it can still fill in and file.
 */
class EvaluationSelfAssessmentTest {

    private static final Instant NOW = Instant.parse("2026-05-06T08:00:00Z");

    @Test
    void anEvaluationLoadedWithNoSelfAssessmentReadsAsEmptyAndCanBeFilled() {
        Evaluation e = loadedWithAllSelfColumnsNull();

        assertThat(e.getSelfSummary()).isNull();
        assertThat(e.getSelfScoresJson()).isNull();
        assertThat(e.getSelfValues()).isNull();
        assertThat(e.getSelfFormVersionId()).isNull();
        assertThat(e.getSubmittedAt()).isNull();

        e.selfValues("{\"a\":1}", 7L, NOW);
        assertThat(e.getSelfValues()).isEqualTo("{\"a\":1}");
        assertThat(e.getSelfFormVersionId()).isEqualTo(7L);
        assertThat(e.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void filingKeepsTheFormValuesAndSendingBackReopensIt() {
        Evaluation e = loadedWithAllSelfColumnsNull();
        e.selfValues("{}", 7L, NOW);
        e.selfValues("{\"a\":2}", 8L, NOW);
        e.selfAssessment("  总结  ", "{\"x\":10}", NOW);

        assertThat(e.getSelfSummary()).isEqualTo("总结");
        assertThat(e.getSelfScoresJson()).isEqualTo("{\"x\":10}");
        assertThat(e.getSelfFormVersionId()).as("the version first filled on").isEqualTo(7L);
        assertThat(e.getSubmittedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> e.selfValues("{}", 7L, NOW)).isInstanceOf(IllegalStateException.class);

        e.selfAssessmentReturned();
        assertThat(e.getSubmittedAt()).isNull();
        assertThat(e.getSelfSummary()).isEqualTo("总结");
        assertThat(e.getSelfValues()).isEqualTo("{\"a\":2}");
    }

    @Test
    void aBlankSummaryIsRefused() {
        assertThatThrownBy(() -> SelfAssessment.NONE.filed(" ", "{}", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SelfAssessment.orNone(null)).isSameAs(SelfAssessment.NONE);
    }

    /** What Hibernate leaves after loading a row whose self-assessment columns are all null. */
    private static Evaluation loadedWithAllSelfColumnsNull() {
        Evaluation e = new Evaluation();
        ReflectionTestUtils.setField(e, "self", null);
        return e;
    }
}
