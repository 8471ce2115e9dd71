package org.ticportal.policy.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.testkit.EnglishTexts;

/** English-speaking users read every text of the Shanxi measures in English. */
class ShanxiEnglishTest {

    @Test
    void everyTextThePolicyShowsHasItsEnglishRendering() {
        assertThat(EnglishTexts.missingIn(new ShanxiPolicy())).isEmpty();
    }

    @Test
    void theWalkFindsATextWithoutEnglish() {
        ShanxiPolicy withAGap = new ShanxiPolicy() {
            @Override
            public Map<String, LocalizedText> messages() {
                return Map.of("gap", new LocalizedText("只有中文", ""));
            }
        };
        assertThat(EnglishTexts.missingIn(withAGap)).containsExactly("messages[gap]: 只有中文");
    }
}
