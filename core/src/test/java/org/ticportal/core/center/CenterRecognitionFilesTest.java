package org.ticportal.core.center;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The recognition documents embedded in a center: all their columns are null until they are written, Hibernate then
 * loads no {@link RecognitionFiles}, and the center reads that as none written.
 */
class CenterRecognitionFilesTest {

    @Test
    void aCenterLoadedWithNoDocumentsHasNone() {
        Center c = new Center();
        ReflectionTestUtils.setField(c, "files", null);

        assertThat(c.getFiles()).isEqualTo(RecognitionFiles.NONE);
        assertThat(c.getFiles().decisionStored()).isNull();
        assertThat(c.getFiles().certificateStored()).isNull();
    }

    @Test
    void writtenDocumentsAreKeptWithTheirDigests() {
        Center c = new Center();
        c.documents("2026/05/d.pdf", "aa", "2026/05/c.pdf", "bb");

        assertThat(c.getFiles()).isEqualTo(new RecognitionFiles("2026/05/d.pdf", "aa", "2026/05/c.pdf", "bb"));
    }
}
