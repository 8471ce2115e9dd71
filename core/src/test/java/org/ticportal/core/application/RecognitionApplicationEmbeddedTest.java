package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The values embedded in an application: an ordinary application's conversion columns are all null, so Hibernate
 * loads no {@link ConversionOrigin}, which reads as not a conversion; the notice keeps its publication across a new
 * period and refuses one that ends before it starts.
 */
class RecognitionApplicationEmbeddedTest {

    @Test
    void anApplicationLoadedWithNoConversionIsNoConversion() {
        RecognitionApplication app = new RecognitionApplication();
        ReflectionTestUtils.setField(app, "conversion", null);

        assertThat(app.getConversionSource()).isNull();
        assertThat(app.getEngineeringCenterId()).isNull();

        app.convertFrom("ENGINEERING_CENTER", 42L);
        assertThat(app.getConversionSource()).isEqualTo("ENGINEERING_CENTER");
        assertThat(app.getEngineeringCenterId()).isEqualTo(42L);
    }

    @Test
    void aNoticeKeepsItsPublicationWhenItsDaysChange() {
        RecognitionApplication app = new RecognitionApplication();
        assertThat(app.getNotice()).isEqualTo(NoticeTerm.NONE);

        app.noticeRuns(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 12), true);
        app.noticePublished();
        app.noticeRuns(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 13), false);

        assertThat(app.getNotice()).isEqualTo(
                new NoticeTerm(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 13), false, true));
        app.noticeAwaitsPublication();
        assertThat(app.getNotice().published()).isFalse();
        assertThatThrownBy(() -> app.noticeRuns(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 6), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
