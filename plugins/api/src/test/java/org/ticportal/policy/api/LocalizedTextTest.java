package org.ticportal.policy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void anyEnglishLocaleGetsTheEnglishText() {
        LocalizedText t = new LocalizedText("忻州市", "Xinzhou");

        assertThat(t.get(Locale.ENGLISH)).isEqualTo("Xinzhou");
        assertThat(t.get(Locale.UK)).isEqualTo("Xinzhou");
        assertThat(t.get(Locale.US)).isEqualTo("Xinzhou");
    }

    @Test
    void chineseAndOtherLocalesGetTheChineseText() {
        LocalizedText t = new LocalizedText("忻州市", "Xinzhou");

        assertThat(t.get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("忻州市");
        assertThat(t.get(Locale.GERMAN)).isEqualTo("忻州市");
        assertThat(t.get(null)).isEqualTo("忻州市");
    }

    @Test
    void englishFallsBackToChineseWhenMissingOrBlank() {
        assertThat(new LocalizedText("忻州市", null).get(Locale.ENGLISH)).isEqualTo("忻州市");
        assertThat(new LocalizedText("忻州市", " ").get(Locale.ENGLISH)).isEqualTo("忻州市");
        assertThat(new LocalizedText("忻州市", null).en()).isEmpty();
    }

    @Test
    void theChineseTextIsRequired() {
        assertThatThrownBy(() -> new LocalizedText(" ", "Xinzhou")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalizedText(null, "Xinzhou")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofIsTheConstructor() {
        assertThat(LocalizedText.of("忻州市", "Xinzhou")).isEqualTo(new LocalizedText("忻州市", "Xinzhou"));
    }
}
